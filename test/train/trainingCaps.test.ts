import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ModuleGraph, ModuleNode } from '../../src/graph/ModuleGraph.ts';
import { asModuleId } from '../../src/graph/types.ts';
import { classify, defaultClassifierOptions, trainClassifier } from '../../src/train/SoftmaxClassifier.ts';
import { codeExamples, moduleTexts, type TrainingExample } from '../../src/train/trainingExamples.ts';

const moduleWith = (id: string, symbols: number): ModuleNode => ({
  id: asModuleId(id), path: id, files: [`${id}/main.ts`], languages: { typescript: 1 }, bytes: 100,
  symbols: Array.from({ length: symbols }, (_, k) => ({ name: `${id.replace(/\W/g, '')}Symbol${k}`, kind: 'function' as const, file: `${id}/main.ts`, exported: true })),
  docComments: [], summary: id,
});
const graphOf = (modules: ModuleNode[]): ModuleGraph => ({ root: '/x', modules, edges: [], commits: [], fingerprint: 'fp' });

const train = (examples: TrainingExample[], modules: number, maxWeights: number) => {
  const run = trainClassifier(examples, [], modules, { ...defaultClassifierOptions, maxEpochs: 5, maxWeights });
  let step = run.next();
  while (!step.done) step = run.next();
  return step.value;
};

describe('training cost caps', () => {
  it('every stored symbol of a small index becomes a pseudo-query', () => {
    const g = graphOf([moduleWith('a', 300), moduleWith('b', 3)]);
    const a = codeExamples(g).filter((e) => e.targets[0] === 0);
    assert.equal(a.length, moduleTexts(g.modules[0] as ModuleNode).length);
    assert.ok(a.length > 300);
    // the total weight per module stays capped, so the big module does not win the prior
    const weightOf = (i: number) => codeExamples(g).filter((e) => e.targets[0] === i).reduce((s, e) => s + e.weight, 0);
    assert.ok(weightOf(0) <= 0.3 * 48 + 1e-9, String(weightOf(0)));
  });

  it('many modules keep fewer pseudo-queries each, always the path text first', () => {
    const modules = Array.from({ length: 600 }, (_, k) => moduleWith(`m${k}`, 100));
    const examples = codeExamples(graphOf(modules));
    const first = examples.filter((e) => e.targets[0] === 0);
    assert.equal(first.length, 32);
    assert.equal(first[0]?.text, moduleTexts(modules[0] as ModuleNode)[0]);
    assert.ok(moduleTexts(modules[0] as ModuleNode).length > 100);
  });

  it('past the weight budget only the most frequent feature buckets get a row, and it still classifies', () => {
    const examples: TrainingExample[] = [];
    for (let k = 0; k < 40; k++) {
      examples.push({ text: `parser grammar rare${k}x`, targets: [0], weight: 1, source: 'code' });
      examples.push({ text: `socket network unusual${k}y`, targets: [1], weight: 1, source: 'code' });
    }
    const full = train(examples, 2, 1_000_000);
    const capped = train(examples, 2, 20);
    assert.ok(full.rowOf.size > 100);
    assert.equal(capped.rowOf.size, 10);
    assert.equal(capped.weights.length, 20);
    const p = classify(capped, 'the parser grammar');
    assert.ok((p[0] ?? 0) > (p[1] ?? 0));
    const q = classify(capped, 'a network socket');
    assert.ok((q[1] ?? 0) > (q[0] ?? 0));
  });

  it('each file with a term bag adds one pseudo-query of its most telling words, capped like the rest', () => {
    const a = { ...moduleWith('a', 2), files: ['a/main.ts', 'a/retry.ts'] };
    const b = moduleWith('b', 2);
    const bags: Record<string, [string, number][]> = {
      'a/main.ts': [['function', 9], ['zeppelinMooring', 3], ['hangar', 1], ['x', 40], ['return', 7]],
      'a/retry.ts': [['function', 2], ['backoffJitter', 2]],
      'b/main.ts': [['function', 4], ['return', 2], ['socket', 5]],
    };
    const g: ModuleGraph = { ...graphOf([a, b]), termBag: (file) => bags[file] ?? [] };
    const texts = (i: number) => codeExamples(g).filter((e) => e.targets[0] === i).map((e) => e.text);
    // Words every module uses (function, return) say nothing; one-letter words and stopwords are skipped;
    // a file with a single telling word gives no text.
    assert.ok(texts(0).includes('zeppelinMooring hangar'), texts(0).join(' | '));
    assert.equal(texts(0).some((t) => /backoffJitter/.test(t)), false);
    assert.equal(texts(1).some((t) => /socket/.test(t)), false, 'b/main.ts has one telling word');
    assert.deepEqual(codeExamples(graphOf([a, b])).map((e) => e.text), [...moduleTexts(a), ...moduleTexts(b)]);
    // Capped like the names: many files do not outweigh the module's other pseudo-queries.
    const big = { ...moduleWith('big', 1), files: Array.from({ length: 300 }, (_, k) => `big/f${k}.ts`) };
    const many: ModuleGraph = { ...graphOf([big, b]), termBag: (file) => (file.startsWith('big/') ? [['alpha', 2], ['beta', 1]] : bags[file] ?? []) };
    const bagWeight = codeExamples(many).filter((e) => e.targets[0] === 0 && e.text === 'alpha beta').reduce((s, e) => s + e.weight, 0);
    assert.ok(bagWeight <= 0.3 * 48 + 1e-9, String(bagWeight));
  });
});
