import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildDataset, type BuiltDataset } from '../../src/api/buildDataset.ts';
import { openSession, type Session } from '../../src/api/openSession.ts';
import { attachCandidates } from '../../src/dataset/attachCandidates.ts';
import type { DatasetExample } from '../../src/dataset/DatasetExample.ts';
import { exporterRegistry } from '../../src/dataset/exporters/exporterRegistry.ts';
import { CANDIDATES_HEADER } from '../../src/dataset/routingChat.ts';
import { useFixture } from '../helpers/gitFixture.ts';
import { tempDir, writeTinyModel } from '../helpers/llmFixtures.ts';
import { runIndex } from '../helpers/runIndex.ts';
import { startTinyChatServer, type TinyChatServer } from '../helpers/tinyChatServer.ts';

type Message = { role: string; content: string };
const K = 3;

/** The chat export's system and user turns for one example, as a fine-tuning run reads them. */
const exportedPrompt = (built: BuiltDataset, e: DatasetExample, repoName: string): Message[] => {
  const line = exporterRegistry.chat.render([e], { repoName }).trimEnd();
  return (JSON.parse(line) as { messages: Message[] }).messages.slice(0, 2);
};

describe('the dataset export and the model backends share one prompt', () => {
  let repo: string;
  let built: BuiltDataset;
  let modelPath: string;
  let server: TinyChatServer;
  let llm: Session;
  let openai: Session;
  let repoName: string;
  before(async () => {
    repo = useFixture('ts-monorepo-history');
    await runIndex({ repo });
    repoName = repo.split('/').at(-1) as string;
    built = await buildDataset({ repo, wordnet: false, candidates: { k: K, gold: 'natural' } });
    ({ path: modelPath } = await writeTinyModel(tempDir(), 'qwen3', 3));
    server = await startTinyChatServer({ modelPath });
    llm = await openSession({ repo, backendOptions: { model: modelPath, threads: 1, gpu: false, shortlist: K } });
    openai = await openSession({ repo, backendOptions: { endpoint: server.url, model: 'tiny', shortlist: K, retries: 0 } });
  });
  after(async () => {
    await llm?.dispose();
    await openai?.dispose();
    await server?.close();
  });

  it('--candidates K fills every example with the lexical top K cards', () => {
    assert.ok(built.candidates && built.candidates.examples === built.dataset.examples.length);
    const withCards = built.dataset.examples.filter((e) => (e.candidates?.length ?? 0) > 0);
    assert.ok(built.dataset.examples.every((e) => e.candidates && e.candidates.length <= K));
    // lexical finds nothing for a few prompts: those get no cards, as the backends would show none
    assert.ok(withCards.length > 0.8 * built.dataset.examples.length, `${withCards.length} of ${built.dataset.examples.length}`);
    for (const e of built.dataset.examples) {
      const user = exportedPrompt(built, e, repoName)[1]?.content ?? '';
      assert.equal(user.includes(`\n\n${CANDIDATES_HEADER}\n- `), (e.candidates?.length ?? 0) > 0, user);
    }
  });

  it('the export\'s system and user turns are byte-identical to what llm and openai send for the same query', async () => {
    const examples = built.dataset.examples.filter((e) => e.split === 'test').slice(0, 4);
    assert.ok(examples.length > 0);
    for (const e of examples) {
      const exported = exportedPrompt(built, e, repoName);
      const local = await llm.ask(e.prompt, { backend: 'llm', top: 1 });
      assert.equal(JSON.stringify(local.modules[0]?.evidence?.prompt), JSON.stringify(exported), `llm, ${e.prompt}`);
      const before = server.requests.length;
      await openai.ask(e.prompt, { backend: 'openai', top: 1 });
      const sent = server.requests[before]?.body.messages as Message[];
      assert.equal(JSON.stringify(sent.slice(0, 2)), JSON.stringify(exported), `openai request body, ${e.prompt}`);
    }
  });

  it('ensure puts missing gold modules among the train cards only, at seeded positions', async () => {
    const base = built.dataset.examples.slice(0, 40).map((e, i) => ({ ...e, split: i % 2 ? ('test' as const) : ('train' as const) }));
    const card = (id: string) => ({ id, summary: `about ${id}` });
    const rank = async () => ['x/one', 'x/two', 'x/three'];
    const a = await attachCandidates(base, { k: K, gold: 'ensure', seed: 1 }, rank, card);
    const b = await attachCandidates(base, { k: K, gold: 'ensure', seed: 1 }, rank, card);
    assert.deepEqual(a.examples.map((e) => e.candidates), b.examples.map((e) => e.candidates));
    for (const e of a.examples) {
      const ids = (e.candidates ?? []).map((c) => c.id);
      assert.equal(ids.length, K);
      const hasGold = e.targets.every((t) => ids.includes(t));
      assert.equal(hasGold, e.split === 'train', `${e.split}: ${ids.join(', ')} for ${e.targets.join(', ')}`);
    }
    assert.equal(a.stats.goldInShortlist, 0);
    assert.equal(a.stats.goldInserted, 20);
    const positions = new Set(a.examples.filter((e) => e.split === 'train').map((e) => (e.candidates ?? []).findIndex((c) => c.id === e.targets[0])));
    assert.ok(positions.size > 1, 'the gold card is not always in the same place');
  });
});
