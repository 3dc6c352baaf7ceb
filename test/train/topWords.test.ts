import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultClassifierOptions, topWords, trainClassifier, type SoftmaxClassifier } from '../../src/train/SoftmaxClassifier.ts';
import type { TrainingExample } from '../../src/train/trainingExamples.ts';

const train = (examples: TrainingExample[]): SoftmaxClassifier => {
  const run = trainClassifier(examples, examples, 2, { ...defaultClassifierOptions, dims: 1 << 12, maxEpochs: 10 });
  let step = run.next();
  while (!step.done) step = run.next();
  return step.value;
};

test('topWords: the words that pushed a module up, never stopwords however much they weigh', () => {
  const ex = (text: string, target: number): TrainingExample => ({ text, targets: [target], weight: 1, source: 'history' });
  // "without" and "than" only ever appear with module 0: the model leans on them, the explanation must not
  const clf = train([ex('invoice totals without tax than before', 0), ex('invoice rounding without than', 0), ex('shipping label printer', 1), ex('shipping carrier rates', 1)]);
  const words = topWords(clf, 'invoice without tax than', 0);
  assert.ok(words.includes('invoice'), `expected invoice among ${words.join(', ')}`);
  assert.deepEqual(words.filter((w) => w === 'without' || w === 'than'), []);
  assert.deepEqual(topWords(clf, 'invoice', -1), []);
});
