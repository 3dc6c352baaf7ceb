import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTermAnalyzer } from '../../src/index/analyze.ts';
import { createTermTable, rowEnd, rowStart, RowsBuilder, packedTermTable, termOrder } from '../../src/index/postings.ts';

const row = (rows: { offsets: Int32Array; values?: Int32Array; docs?: Int32Array }, r: number) =>
  Array.from((rows.values ?? rows.docs ?? new Int32Array()).subarray(rowStart(rows, r), rowEnd(rows, r)));

describe('postings', () => {
  it('groups triples by row, keeping append order inside a row, with their weights', () => {
    const b = new RowsBuilder(true);
    b.add(2, 0, 1.5);
    b.add(0, 1, 2);
    b.add(2, 3, 0.5);
    b.add(0, 4, 1);
    const p = b.postings(4);
    assert.deepEqual(Array.from(p.offsets), [0, 2, 2, 4, 4]);
    assert.deepEqual(row(p, 0), [1, 4]);
    assert.deepEqual(row(p, 2), [0, 3]);
    assert.deepEqual(Array.from(p.tfs), [2, 1, 1.5, 0.5]);
    assert.deepEqual(row(p, 1), []);
    // Rows past the end and negative rows (unknown terms) are empty, not an error.
    assert.deepEqual([rowStart(p, 9), rowEnd(p, 9), rowStart(p, -1), rowEnd(p, -1)], [0, 0, 0, 0]);
  });

  it('drops the last triples and grows past its initial capacity', () => {
    const b = new RowsBuilder(false);
    for (let i = 0; i < 5000; i++) b.add(i % 3, i);
    b.drop(2); // removes 4999 (row 1) and 4998 (row 0)
    const rows = b.rows(3);
    assert.deepEqual([row(rows, 0).length, row(rows, 1).length, row(rows, 2).length], [1666, 1666, 1666]);
    assert.equal(row(rows, 0).at(-1), 4995);
    assert.equal(row(rows, 1).at(-1), 4996);
  });

  it('interns each term once and the term analyzer emits the same terms as ids', () => {
    const table = createTermTable();
    assert.equal(table.intern('router'), 0);
    assert.equal(table.intern('http'), 1);
    assert.equal(table.intern('router'), 0);
    const analyzer = createTermAnalyzer({ stem: false }, table);
    const out: number[] = [];
    analyzer.text('the XMLHttpRequest router, café-Bar', out);
    assert.deepEqual(out.map((id) => table.terms[id]), ['xmlhttprequest', 'xml', 'http', 'request', 'router', 'cafébar', 'café', 'bar']);
    const path: number[] = [];
    analyzer.path('src/sprite-tiling/TilingSprite.d.ts', path);
    assert.deepEqual(path.map((id) => table.terms[id]), ['spritetiling', 'sprite', 'tiling', 'tilingsprite', 'tiling', 'sprite']);
  });
});

describe('term tables', () => {
  it('a read-back table finds every term by binary search, misses the rest, and can still grow', () => {
    const terms = ['zeta', 'alpha', 'Épée', 'épée', 'alpha2', '修复', 'a', 'b-c', ''];
    const built = createTermTable([...terms]);
    const read = packedTermTable(Buffer.from(terms.join('\n')), termOrder(terms));
    assert.ok(read !== undefined);
    for (const t of [...terms, 'missing', 'alph', 'zz', '修']) assert.equal(read.id(t), built.id(t), t);
    assert.equal(read.size, terms.length);
    assert.deepEqual(read.terms, terms);
    assert.equal(read.intern('new'), terms.length);
    assert.equal(read.size, terms.length + 1);
    assert.equal(read.id('new'), terms.length);
    assert.equal(read.id('zeta'), 0);
  });

  it('a packed table that does not hold as many terms as its order is refused, not misread', () => {
    const terms = ['b', 'a'];
    assert.equal(packedTermTable(Buffer.from('b\na\nc'), termOrder(terms)), undefined, 'one term too many');
    assert.equal(packedTermTable(Buffer.from('b'), termOrder(terms)), undefined, 'one term too few');
    assert.equal(packedTermTable(Buffer.from('x'), new Int32Array(0)), undefined, 'bytes without terms');
    assert.equal(packedTermTable(Buffer.from(''), new Int32Array(0))?.size, 0);
  });
});
