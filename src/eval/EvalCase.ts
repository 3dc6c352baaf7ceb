/** One evaluation case: a query and its gold module ids (the shared/bench JSONL format). */
export interface EvalCase {
  /** `id` from the file, or `<file>:<line>`. */
  id: string;
  query: string;
  /** Gold module ids, duplicates removed, in file order. */
  modules: string[];
  set?: 'primary' | 'secondary';
  leaks?: boolean;
  /** ISO date of the change: backends must only use history before it. */
  date?: string;
  commit?: string;
  filesNewSinceV?: number;
  /** Every other string, number or boolean field of the line, as text (`"style": "user"`): what `eval --by` groups by. */
  fields?: Record<string, string>;
  /** 1-based line in the cases file. */
  line: number;
}

export interface CaseError {
  line: number;
  reason: string;
}

/** What a backend answered for one case. */
export interface Prediction {
  /** Ranked module ids (or paths, mapped to modules by longest prefix). */
  ranked: string[];
  latencyMs: number;
  /** Reason string per predicted id, for the report's worst misses. */
  reasons?: Record<string, string>;
}
