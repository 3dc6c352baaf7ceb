import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readCases } from '../../src/eval/readCases.ts';

describe('readCases', () => {
  it('returns the good cases and reports each bad line with its number and reason', () => {
    const text = [
      '{"id":"ok1","set":"primary","query":"fix: a","modules":["src/a"],"leaks":false,"date":"2024-01-02T00:00:00Z","filesNewSinceV":0}',
      '',
      '{"query": "broken',
      '{"modules":["src/a"]}',
      '{"query":"x","modules":[]}',
      '{"query":"x","modules":["src/a"],"set":"tertiary"}',
      '{"id":"ok1","query":"again","modules":["src/b"]}',
      '[1,2]',
      '{"query":"second good","modules":["src/b","src/b","src/c"],"date":"not a date"}',
      '{"query":"third good","modules":["src/b","src/b","src/c"]}',
    ].join('\n');
    const { cases, errors } = readCases(text, 'cases.jsonl');
    assert.deepEqual(cases, [
      { id: 'ok1', query: 'fix: a', modules: ['src/a'], set: 'primary', leaks: false, date: '2024-01-02T00:00:00Z', filesNewSinceV: 0, line: 1 },
      { id: 'cases.jsonl:10', query: 'third good', modules: ['src/b', 'src/c'], line: 10 },
    ]);
    assert.deepEqual(errors.map((e) => e.line), [3, 4, 5, 6, 7, 8, 9]);
    assert.match(errors[0]?.reason ?? '', /^invalid JSON \(/);
    assert.deepEqual(errors.slice(1).map((e) => e.reason), [
      '"query" must be a non-empty string',
      '"modules" is empty: a case needs at least one gold module id (an answer outside every module cannot be scored)',
      '"set" must be "primary" or "secondary"',
      'duplicate id "ok1" (first on line 1)',
      'expected a JSON object',
      '"date" must be an ISO date',
    ]);
  });

  it('handles CRLF and an empty file', () => {
    assert.equal(readCases('{"query":"a","modules":["m"]}\r\n{"query":"b","modules":["m"]}\r\n', 'f').cases.length, 2);
    assert.deepEqual(readCases('', 'f'), { cases: [], errors: [] });
  });
});
