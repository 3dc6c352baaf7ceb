import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { porterStem } from '../../src/index/porterStem.ts';

// Full-algorithm outputs of Porter (1980) for the examples of each step in the paper.
const cases: [string, string][] = [
  ['caresses', 'caress'], ['ponies', 'poni'], ['ties', 'ti'], ['caress', 'caress'], ['cats', 'cat'],
  ['feed', 'feed'], ['agreed', 'agre'], ['plastered', 'plaster'], ['bled', 'bled'], ['motoring', 'motor'],
  ['sing', 'sing'], ['conflated', 'conflat'], ['troubled', 'troubl'], ['sized', 'size'], ['hopping', 'hop'],
  ['tanned', 'tan'], ['falling', 'fall'], ['hissing', 'hiss'], ['fizzed', 'fizz'], ['failing', 'fail'],
  ['filing', 'file'], ['happy', 'happi'], ['sky', 'sky'], ['relational', 'relat'], ['conditional', 'condit'],
  ['rational', 'ration'], ['digitizer', 'digit'], ['operator', 'oper'], ['feudalism', 'feudal'],
  ['hopefulness', 'hope'], ['callousness', 'callous'], ['triplicate', 'triplic'], ['formative', 'form'],
  ['electrical', 'electr'], ['goodness', 'good'], ['allowance', 'allow'], ['inference', 'infer'],
  ['airliner', 'airlin'], ['adjustable', 'adjust'], ['defensible', 'defens'], ['replacement', 'replac'],
  ['adjustment', 'adjust'], ['dependent', 'depend'], ['adoption', 'adopt'], ['communism', 'commun'],
  ['effective', 'effect'], ['probate', 'probat'], ['rate', 'rate'], ['cease', 'ceas'], ['controlling', 'control'],
  ['roll', 'roll'], ['generalizations', 'gener'], ['oscillators', 'oscil'], ['connections', 'connect'],
];

describe('porterStem', () => {
  it('matches the reference outputs', () => {
    assert.deepEqual(cases.map(([w]) => porterStem(w)), cases.map(([, s]) => s));
  });
  it('leaves short, non-ASCII and digit-bearing words alone', () => {
    assert.deepEqual(['is', 'größe', 'vec3', 'café'].map(porterStem), ['is', 'größe', 'vec3', 'café']);
  });
});
