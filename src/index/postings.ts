/**
 * Flat storage for the lexical index. Strings are interned once into a `TermTable`; everything else
 * is rows of integers in CSR form (row r is `values[offsets[r] .. offsets[r + 1])`), built by
 * appending (row, value) pairs and one counting sort. Maps of arrays per term cost ~70 s and GBs of
 * garbage on a 2,000-module graph; this costs seconds.
 */

export interface TermTable {
  readonly terms: string[];
  /** Id of a term, or undefined. */
  id(term: string): number | undefined;
  /** Id of a term, added when new (only a table being built can add). */
  intern(term: string): number;
}

/** A table being built: a Map from term to id. */
export const createTermTable = (terms: string[] = []): TermTable => {
  // A loop, not new Map(terms.map(...)): no pair array per term.
  const idOf = new Map<string, number>();
  for (let i = 0; i < terms.length; i++) idOf.set(terms[i] as string, i);
  return {
    terms,
    id: (term) => idOf.get(term),
    intern(term) {
      let id = idOf.get(term);
      if (id === undefined) {
        id = terms.length;
        terms.push(term);
        idOf.set(term, id);
      }
      return id;
    },
  };
};

/** Term ids in the order of their terms (code-unit order): what `sortedTermTable` searches. */
export const termOrder = (terms: readonly string[]): Int32Array =>
  Int32Array.from(terms.keys()).sort((a, b) => {
    const x = terms[a] as string;
    const y = terms[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });

/**
 * A read-back table: lookups by binary search over `order` (termOrder), so answering one query never
 * builds a Map of every term of the repository (the biggest part of reading an index back). It cannot
 * grow; the first `intern` of a new term turns it into a Map-backed table.
 */
export const sortedTermTable = (terms: string[], order: Int32Array): TermTable => {
  let grown: TermTable | undefined;
  const find = (term: string): number | undefined => {
    let lo = 0;
    let hi = order.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const id = order[mid] as number;
      const t = terms[id] as string;
      if (t === term) return id;
      if (t < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  return {
    terms,
    id: (term) => (grown ? grown.id(term) : find(term)),
    intern: (term) => (grown ??= createTermTable(terms)).intern(term),
  };
};


/** Rows of integers: row r is `values[offsets[r] .. offsets[r + 1])`; rows past the end are empty. */
export interface Rows {
  offsets: Int32Array;
  values: Int32Array;
}

/** Term id → ascending module indexes (`docs`) with their term frequencies. */
export interface Postings {
  offsets: Int32Array;
  docs: Int32Array;
  /** Float32: half the bytes of the biggest array of the index (term frequencies need no more). */
  tfs: Float32Array;
}

export const rowStart = (rows: { offsets: Int32Array }, row: number): number =>
  row >= 0 && row + 1 < rows.offsets.length ? (rows.offsets[row] as number) : 0;
export const rowEnd = (rows: { offsets: Int32Array }, row: number): number =>
  row >= 0 && row + 1 < rows.offsets.length ? (rows.offsets[row + 1] as number) : 0;

/**
 * Growable typed arrays (amortized doubling), to avoid boxing millions of numbers in JS arrays. Two
 * classes, not one generic: a store site that sees both element kinds goes polymorphic and slow.
 */
class GrowableInt32 {
  length = 0;
  data = new Int32Array(1024);
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

class GrowableFloat64 {
  length = 0;
  data = new Float64Array(1024);
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** Collects (row, value[, weight]) triples in any row order; rows come out with values in append order. */
export class RowsBuilder {
  private readonly rowIds = new GrowableInt32();
  private readonly values = new GrowableInt32();
  private readonly weights: GrowableFloat64 | undefined;
  constructor(withWeights: boolean) {
    this.weights = withWeights ? new GrowableFloat64() : undefined;
  }
  add(row: number, value: number, weight = 0): void {
    this.rowIds.push(row);
    this.values.push(value);
    this.weights?.push(weight);
  }
  /** Removes the last `count` triples added. */
  drop(count: number): void {
    this.rowIds.length -= count;
    this.values.length -= count;
    if (this.weights) this.weights.length -= count;
  }
  /** Counting sort by row (stable, so values keep their append order within a row). */
  private sort(rowCount: number): { offsets: Int32Array; values: Int32Array; weights: Float64Array } {
    const n = this.values.length;
    const rows = this.rowIds.data;
    const offsets = new Int32Array(rowCount + 1);
    for (let i = 0; i < n; i++) {
      const r = (rows[i] as number) + 1;
      offsets[r] = (offsets[r] as number) + 1;
    }
    for (let r = 0; r < rowCount; r++) offsets[r + 1] = (offsets[r + 1] as number) + (offsets[r] as number);
    const cursor = offsets.slice(0, rowCount);
    const values = new Int32Array(n);
    const weights = new Float64Array(this.weights ? n : 0);
    const srcValues = this.values.data;
    const srcWeights = this.weights?.data;
    for (let i = 0; i < n; i++) {
      const row = rows[i] as number;
      const at = cursor[row] as number;
      cursor[row] = at + 1;
      values[at] = srcValues[i] as number;
      if (srcWeights) weights[at] = srcWeights[i] as number;
    }
    return { offsets, values, weights };
  }
  rows(rowCount: number): Rows {
    const { offsets, values } = this.sort(rowCount);
    return { offsets, values };
  }
  postings(rowCount: number): Postings {
    const { offsets, values, weights } = this.sort(rowCount);
    return { offsets, docs: values, tfs: Float32Array.from(weights) };
  }
}
