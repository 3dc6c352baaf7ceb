import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeConfigRepo } from '../helpers/configFixture.ts';
import { runCli } from '../helpers/runCli.ts';

describe('index points at train until a model exists', () => {
  it('says it after indexing an untrained repository, and no longer once trained', () => {
    const repo = makeConfigRepo();
    const first = runCli(['index', repo]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^Next: modroute ask "<requirement>"; modroute train learns from this repository/m);
    // the fixture has a commit or two: the hint says the model has little to learn from yet
    assert.match(first.stdout, /\(with \d+ commits? of history it has little to learn from yet\)$/m);
    assert.equal(runCli(['index', repo, '--quiet']).stdout, '');
    // Without history to learn from, train says what the hybrid then is.
    const trained = runCli(['train', '--repo', repo]);
    assert.equal(trained.code, 0, trained.stderr);
    assert.match(trained.stdout, /^ {2}note {7}with (no|too little) commit history, hybrid is lexical's candidates reordered by the shipped reranker/m);
    const again = runCli(['index', repo]);
    assert.equal(again.code, 0, again.stderr);
    assert.doesNotMatch(again.stdout, /Next:/);
  });
});
