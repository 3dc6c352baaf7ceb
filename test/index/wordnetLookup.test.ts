import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import WordPOS from 'wordpos';
import { lookupWordnet } from '../../src/index/wordnetLookup.ts';
import { wordnetSynonyms } from '../../src/index/wordnetSynonyms.ts';

const POS_ORDER: Record<string, number> = { n: 0, v: 1, a: 2, s: 3, r: 4 };
const byPos = (a: { pos: string }, b: { pos: string }) => (POS_ORDER[a.pos] ?? 5) - (POS_ORDER[b.pos] ?? 5);

// The first and last lemma of each file, a line longer than one read (break), adjectives with
// satellites (good), words WordNet lacks, one spelled with an apostrophe, and everyday query words.
const words = [
  "'hood", 'zyrian', "'tween", 'zoom_in', 'break', 'good', 'set', 'run', 'mark', 'erase', 'delete', 'element',
  'transition', 'add', 'remove', 'fix', 'crash', 'parser', 'render', 'texture', 'quickly', 'aardvark', 'zymurgy',
  'qqqq', 'erased', 'svelte', 'a', 'ab', 'aaa', '1000',
];

describe('WordNet lookups read from the dictionary files', () => {
  it('give wordpos\'s senses, in its order once sorted by part of speech', async () => {
    const wordpos = new WordPOS();
    for (const word of words) {
      const expected = (await wordpos.lookup(word)).sort(byPos).map((s) => ({ pos: s.pos, synonyms: s.synonyms }));
      assert.deepEqual(lookupWordnet(word).sort(byPos), expected, word);
    }
  });

  it('find multi-sense words and nothing for unknown ones', () => {
    assert.deepEqual(lookupWordnet('qqqq'), []);
    const erase = lookupWordnet('erase');
    assert.deepEqual(erase.map((s) => s.pos), ['v', 'v', 'v']);
    assert.ok(erase.some((s) => s.synonyms.includes('delete')));
  });

  it('give synonyms through simple base forms, without the word itself', async () => {
    assert.ok((await wordnetSynonyms('erased')).includes('delete'));
    assert.ok(!(await wordnetSynonyms('erase')).includes('erase'));
    assert.deepEqual(await wordnetSynonyms('qqqq'), []);
  });

  it('give none for indefinite pronouns, whose synonyms are slang or another sense', async () => {
    // WordNet has nothing → zip, zilch, cipher; nobody → nonentity; someone → mortal, soul
    for (const word of ['nothing', 'nobody', 'someone', 'everything']) assert.deepEqual(await wordnetSynonyms(word), [], word);
    assert.ok((await wordnetSynonyms('null')).length > 0);
  });
});
