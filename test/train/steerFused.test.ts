import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LexicalEvidence } from '../../src/index/explainModule.ts';
import type { Candidate } from '../../src/train/lexicalCandidates.ts';
import { steerFused } from '../../src/train/steerFused.ts';

const evidence = (extra: Partial<LexicalEvidence>): LexicalEvidence => ({ fields: {}, expansions: [], neighbours: [], ...extra }) as unknown as LexicalEvidence;
const candidate = (module: number, extra: Partial<LexicalEvidence> = {}): Candidate => ({ module, id: `m${module}`, score: 1, rank: module, reason: '', evidence: evidence(extra) }) as Candidate;

describe('steerFused', () => {
  it("applies each candidate's platform and language factors to the fused probabilities, which still sum to one", () => {
    const candidates = [candidate(0, { platform: { names: ['ios'], factor: 1 / 1.5 } }), candidate(1, { platform: { names: ['android'], factor: 1.5 } }), candidate(2)];
    const fused = [{ module: 0, prob: 0.5, candidate: 0 }, { module: 1, prob: 0.4, candidate: 1 }, { module: 2, prob: 0.1, candidate: 2 }];
    const out = steerFused(fused, candidates);
    assert.deepEqual(out.map((f) => f.module), [1, 0, 2]);
    assert.ok(Math.abs(out.reduce((a, f) => a + f.prob, 0) - 1) < 1e-9);
    const language = steerFused([{ module: 2, prob: 0.6, candidate: 0 }, { module: 3, prob: 0.4, candidate: 1 }], [candidate(2), candidate(3, { language: { names: ['cpp'], factor: 1.5 } })]);
    assert.deepEqual(language.map((f) => f.module), [3, 2]);
  });

  it('leaves the list as it is when no candidate was steered', () => {
    const fused = [{ module: 0, prob: 0.7, candidate: 0 }, { module: 1, prob: 0.3 }];
    assert.equal(steerFused(fused, [candidate(0)]), fused);
  });
});
