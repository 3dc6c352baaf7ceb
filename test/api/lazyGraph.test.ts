import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openIndex } from '../../src/api/openIndex.ts';
import { detachGraph } from '../../src/graph/detachGraph.ts';
import { committedFixture } from '../helpers/committedFixture.ts';
import { tempDir } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';

describe('the loaded graph reads symbols and term bags on first access', () => {
  it('reads them from the open store, refuses clearly once it is closed, and detachGraph keeps them', async () => {
    const repo = committedFixture('code-body-terms');
    const db = join(tempDir(), 'index.db');
    await runIndex({ repo, db });

    const index = await openIndex({ repo, db });
    const graph = index.graph();
    const detached = detachGraph(index.graph());
    const billing = graph.modules.find((m) => m.id === 'src/billing');
    assert.ok(billing);
    const names = billing.symbols.map((s) => s.name).sort();
    assert.deepEqual(names, ['createInvoice', 'sleepWithJitter']);
    assert.deepEqual(billing.docComments, ['Creates invoices for orders.']);
    const bag = graph.termBag?.('src/billing/invoice.ts') ?? [];
    assert.ok(bag.some(([t]) => t === 'gateway'));
    index.close();

    // A second graph of a closed index: its symbols were never read, so they can't be now.
    const late = await openIndex({ repo, db });
    const unread = late.graph();
    late.close();
    const shipping = unread.modules.find((m) => m.id === 'src/shipping');
    assert.throws(() => shipping?.symbols, /symbols were read after its index was closed.*detachGraph/);
    assert.throws(() => unread.termBag?.('src/shipping/label.ts'), /term bags were read after its index was closed/);
    // What was in memory already stays readable: names, files, doc comments.
    assert.deepEqual(shipping?.docComments, ['Prints the shipping label of an order.']);

    // The detached copy needs no store at all.
    const d = detached.modules.find((m) => m.id === 'src/billing');
    assert.deepEqual(d?.symbols.map((s) => s.name).sort(), names);
    assert.deepEqual(detached.termBag?.('src/billing/invoice.ts'), bag);
    assert.deepEqual(detached.termBag?.('no/such/file.ts'), []);
  });
});
