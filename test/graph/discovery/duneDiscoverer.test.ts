import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { discoverModules } from '../../../src/graph/discovery/discoverModules.ts';
import { tempDir, writeFiles } from '../../helpers/gitFixture.ts';

const fixture = fileURLToPath(new URL('../../fixtures/ocaml-dune-project', import.meta.url));

describe('dune discovery', () => {
  it('makes a module of each library and executable folder, named and described by its stanza', async () => {
    const result = await discoverModules(fixture);
    assert.equal(result.source, 'dune');
    assert.deepEqual(result.warnings, []);
    // src/pricing/tax is folded into pricing by (include_subdirs unqualified); test/ stays with the root.
    assert.deepEqual(result.modules.map((m) => [m.id, m.name, m.description, m.manifest]), [
      ['.', undefined, undefined, undefined],
      ['bin', 'shop', undefined, 'bin/dune'],
      ['src/cart', 'cart', 'Shopping cart: line items, quantities and totals', 'src/cart/dune'],
      ['src/pricing', 'pricing', 'Prices, discount codes and taxes', 'src/pricing/dune'],
    ]);
  });

  it('needs a dune-project at the root, and drops a synopsis that only says "internal"', async () => {
    const repo = tempDir();
    writeFiles(repo, {
      'lib/a/dune': '(library (name a) (synopsis "Internal Dune library, do not use!"))',
      'lib/a/a.ml': 'let x = 1\n',
      'lib/b/dune': '(library (name b))',
      'lib/b/b.ml': 'let y = A.x\n',
    });
    assert.notEqual((await discoverModules(repo)).source, 'dune');
    writeFiles(repo, { 'dune-project': '(lang dune 3.0)\n' });
    const result = await discoverModules(repo);
    assert.equal(result.source, 'dune');
    assert.deepEqual(result.modules.map((m) => [m.id, m.name, m.description]), [
      ['lib/a', 'a', undefined],
      ['lib/b', 'b', undefined],
    ]);
  });
});
