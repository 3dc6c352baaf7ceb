import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { environmentError } from '../../src/cli/environmentError.ts';
import { tempDir } from '../helpers/gitFixture.ts';

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return error;
  }
  assert.fail('expected an error');
};

describe('environmentError', () => {
  it('names the path and the cause of a full disk, and leaves other errors to be reported as bugs', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', path: '/data/.modroute/index.db' });
    assert.deepEqual(environmentError(full)?.message, 'no space left on the device: /data/.modroute/index.db [ENOSPC]');
    assert.match(environmentError(full)?.hint ?? '', /Free some space/);
    const sqlite = Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY_DBMOVED' });
    assert.equal(environmentError(sqlite)?.message, 'the database is read-only [SQLITE_READONLY_DBMOVED]');
    // A real missing-file error is no environment problem: a bug elsewhere must still show its stack.
    const dir = tempDir();
    assert.equal(environmentError(thrown(() => mkdirSync(join(dir, 'a', 'b')))), undefined);
    writeFileSync(join(dir, 'f'), 'x');
    assert.equal(environmentError(thrown(() => mkdirSync(join(dir, 'f', 'g')))), undefined);
    assert.equal(environmentError('EACCES'), undefined);
  });
});
