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

  it("names executables not installed (`public_names -`) by their own names, and folds the root's subfolders", async () => {
    const repo = tempDir();
    writeFiles(repo, {
      'dune-project': '(lang dune 3.0)\n',
      'tools/dune': '(executables (names gen check) (public_names - shop-check))',
      'tools/gen.ml': 'let () = print_endline "gen"\n',
    });
    assert.deepEqual((await discoverModules(repo)).modules.map((m) => [m.id, m.name]), [['tools', 'shop-check']]);
    const flat = tempDir();
    writeFiles(flat, {
      'dune-project': '(lang dune 3.0)\n',
      'dune': '(include_subdirs unqualified)\n(library (name shop))',
      'cart/cart.ml': 'let total = 0\n',
      'cart/dune': '(library (name inner))',
    });
    // cart/ is part of the root's library: no module of its own from its dune file (the root's one library is then
    // split by folder, as a lone manifest module is).
    const modules = (await discoverModules(flat)).modules;
    assert.ok(!modules.some((m) => m.name === 'inner'), JSON.stringify(modules));
  });
});
