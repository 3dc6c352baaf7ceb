import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openIndex } from '../../src/api/openIndex.ts';
import { runIndex } from '../helpers/runIndex.ts';
import { tempDir, useFixture } from '../helpers/gitFixture.ts';

describe('OCaml module edges', () => {
  it('follow open, qualified names and dune (libraries …) to the library folders, and leave the rest outside', async () => {
    const repo = useFixture('ocaml-dune-project');
    const db = join(tempDir(), 'index.db');
    await runIndex({ repo, db });
    const index = await openIndex({ repo, db });
    try {
      const graph = index.graph();
      // bin/main.ml names Cart and Pricing.Discount, bin/dune links shop.cart and pricing (cmdliner is no
      // file of the repository); src/cart opens Pricing, calls Tax.Vat (folded into pricing) and links
      // shop.pricing. List, String, Printf and Arg resolve to nothing. The root holds only test/ (and
      // dune-project): a module made of tests, whose imports say what it tests.
      assert.deepEqual(graph.edges.map((e) => `${e.from} -> ${e.to}`).sort(), [
        '. -> src/cart',
        'bin -> src/cart',
        'bin -> src/pricing',
        'src/cart -> src/pricing',
      ]);
      const cart = graph.modules.find((m) => m.id === 'src/cart');
      assert.ok(cart?.symbols.some((s) => s.name === 'add_sku' && s.kind === 'function'));
    } finally {
      index.close();
    }
  });
});
