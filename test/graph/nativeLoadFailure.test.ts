import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isNativeLoadFailure } from '../../src/graph/store/openStore.ts';
import { IndexCorruptError, SqliteUnavailableError } from '../../src/errors.ts';

describe('a native module that fails to load is no corrupt index', () => {
  it("tells better-sqlite3's load failures from SQLite refusing a file", () => {
    const missing = new Error('Could not locate the bindings file. Tried:\n → /x/node_modules/better-sqlite3/build/better_sqlite3.node');
    const abi = Object.assign(new Error('The module was compiled against a different Node.js version using NODE_MODULE_VERSION 127.'), { code: 'ERR_DLOPEN_FAILED' });
    for (const e of [missing, abi]) assert.equal(isNativeLoadFailure(e), true, e.message);
    for (const e of [new Error('file is not a database'), Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' }), 'text']) {
      assert.equal(isNativeLoadFailure(e), false, String(e));
    }
  });

  it('says to reinstall the module, and never to rebuild the index', () => {
    const e = new SqliteUnavailableError('Could not locate the bindings file.');
    assert.match(e.message, /^SQLite could not be loaded/);
    assert.match(e.hint ?? '', /npm rebuild better-sqlite3/);
    assert.doesNotMatch(e.hint ?? '', /--rebuild/);
    assert.match(new IndexCorruptError('/x.db', 'bad').hint ?? '', /--rebuild/);
  });
});
