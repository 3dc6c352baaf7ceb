/**
 * Flat storage for the lexical index. Strings are interned once into a `TermTable`; everything else
 * is rows of integers in CSR form (row r is `values[offsets[r] .. offsets[r + 1])`), built by
 * appending (row, value) pairs and one counting sort. Maps of arrays per term cost ~70 s and GBs of
 * garbage on a 2,000-module graph; this costs seconds.
 */

export interface TermTable {
  /** Every term by id. A table read back from a cache decodes them all on first use: prefer `size` and `id`. */
  readonly terms: string[];
  /** Number of terms. */
  readonly size: number;
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
    get size() {
      return terms.length;
    },
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

/** Term ids in the order of their terms (code-unit order): what `packedTermTable` searches. */
export const termOrder = (terms: readonly string[]): Int32Array =>
  Int32Array.from(terms.keys()).sort((a, b) => {
    const x = terms[a] as string;
    const y = terms[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });

/**
 * A read-back table over the terms as one newline-joined UTF-8 buffer: lookups by binary search over
 * `order` (termOrder), decoding only the terms compared, so answering one query never builds a string
 * or a Map entry per term of the repository (400,000 of them in a 14,000-file tree: most of the time
 * reading an index back took). It cannot grow; the first `intern` of a new term turns it into a
 * Map-backed table. Undefined when the buffer does not hold `order.length` terms.
 */
export const packedTermTable = (bytes: Buffer, order: Int32Array): TermTable | undefined => {
  const count = order.length;
  if (count === 0 && bytes.length > 0) return undefined;
  const starts = new Int32Array(count + 1);
  let at = 0;
  for (let i = 0; i < count; i++) {
    starts[i] = at;
    const end = bytes.indexOf(10, at);
    const stop = end < 0 ? bytes.length : end;
    if ((end < 0) !== (i === count - 1)) return undefined;
    at = stop + 1;
  }
  starts[count] = at;
  if (count > 0 && at !== bytes.length + 1) return undefined;
  // Each term decoded once, on first compare: the top levels of every binary search are the same few
  // terms, and a query's explanations look its terms up again for every module.
  const seen: (string | undefined)[] = new Array<string | undefined>(count);
  const termAt = (id: number): string => (seen[id] ??= bytes.toString('utf8', starts[id] as number, (starts[id + 1] as number) - 1));
  let complete = false;
  const all = (): string[] => {
    if (!complete) for (let i = 0; i < count; i++) termAt(i);
    complete = true;
    return seen as string[];
  };
  let grown: TermTable | undefined;
  const find = (term: string): number | undefined => {
    let lo = 0;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const id = order[mid] as number;
      const t = termAt(id);
      if (t === term) return id;
      if (t < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  return {
    get terms() {
      return grown ? grown.terms : all();
    },
    get size() {
      return grown ? grown.size : count;
    },
    id: (term) => (grown ? grown.id(term) : find(term)),
    intern: (term) => (grown ??= createTermTable(all())).intern(term),
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

/** The documents holding a term in any of these fields' static postings. */
export const docsWithTerm = (fields: readonly { postings: Postings }[], id: number): Set<number> => {
  const docs = new Set<number>();
  for (const { postings } of fields) for (let i = rowStart(postings, id), end = rowEnd(postings, id); i < end; i++) docs.add(postings.docs[i] as number);
  return docs;
};

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
