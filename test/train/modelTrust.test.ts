import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fuseRankings } from '../../src/train/fuseRankings.ts';
import { countWords, FULL_TRUST_WORDS, modelTrust, NO_TRUST_WORDS, trustedFusion } from '../../src/train/modelTrust.ts';
import { featureNames } from '../../src/train/rerankFeatures.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('modelTrust', () => {
  it('counts words as a reader does, in scripts without spaces too', () => {
    assert.equal(countWords('fix: the bar is not reset'), 6);
    assert.equal(countWords('  The  progress bar, again!  '), 4);
    // 当用户在设置页面修改语言后，侧边栏的菜单没有立即刷新 (one run without spaces): many words, not one
    assert.ok(countWords('当用户在设置页面修改语言后，侧边栏的菜单没有立即刷新') >= 10);
    // counting stops at the limit: a 100 KB request is not segmented whole
    assert.equal(countWords(words(30_000), 25), 25);
    assert.equal(modelTrust(words(30_000)), 0);
  });

  it('trusts the model fully up to commit length, not at all from user-request length, linearly between', () => {
    assert.equal(modelTrust(words(FULL_TRUST_WORDS)), 1);
    assert.equal(modelTrust(words(3)), 1);
    assert.equal(modelTrust(words(NO_TRUST_WORDS)), 0);
    assert.equal(modelTrust(words(60)), 0);
    const mid = Math.round((FULL_TRUST_WORDS + NO_TRUST_WORDS) / 2);
    assert.equal(modelTrust(words(mid)), (NO_TRUST_WORDS - mid) / (NO_TRUST_WORDS - FULL_TRUST_WORDS));
  });

  it('at no trust fuses in lexical order with no classifier share, whatever the reranker and β say', () => {
    // A reranker that reverses lexical order, and a classifier sure of the last candidate.
    const reversed = { features: [...featureNames], weights: featureNames.map((f) => (f === 'lexRecipRank' ? -50 : 0)) };
    const rank = featureNames.indexOf('lexRecipRank');
    const rows = [0, 1, 2].map((r) => featureNames.map((_, k) => (k === rank ? 1 / (r + 1) : 0)));
    const candidates = [{ module: 0 }, { module: 1 }, { module: 2 }];
    const probs = new Float64Array([0, 0, 1]);
    const order = (trust: number) => {
      const f = trustedFusion(reversed, 0.5, trust);
      return fuseRankings(candidates, rows, f.reranker, probs, f.beta).map((x) => x.module);
    };
    assert.deepEqual(order(1), [2, 1, 0]);
    assert.deepEqual(order(0), [0, 1, 2]);
    assert.equal(trustedFusion(reversed, 0.5, 0).beta, 0);
    assert.equal(trustedFusion(reversed, 0.5, 0.5).beta, 0.25);
    assert.equal(trustedFusion(reversed, 0.5, 1).reranker, reversed);
  });
});
