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
    assert.equal(runCli(['index', repo, '--quiet']).stdout, '');
    assert.equal(runCli(['train', '--repo', repo, '--quiet']).code, 0);
    const again = runCli(['index', repo]);
    assert.equal(again.code, 0, again.stderr);
    assert.doesNotMatch(again.stdout, /Next:/);
  });
});
