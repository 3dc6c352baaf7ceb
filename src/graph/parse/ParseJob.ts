import type { FileFacts } from '../types.ts';

/** One file to read, hash and parse. The worker reads the file itself so the main thread stays free. */
export interface ParseJob {
  /** Repo-relative POSIX path: picks the extractor and is echoed in the result. */
  path: string;
  absPath: string;
  /** sha1 of the content indexed last time; equal content is reported 'unchanged' without parsing. */
  knownHash?: string;
  /** Larger files are skipped without being read, unless an extractor takes them (below). */
  maxFileBytes: number;
  /**
   * The limit for files an extractor takes by their path (the larger of the two applies; unset:
   * maxFileBytes). Trees with big hand-written sources set it: a backend's main file can pass 1 MB.
   */
  maxSourceFileBytes?: number;
  /**
   * Classify the file again though its content is unchanged: whether a script is compiled from the tree's sources
   * depends on its source map and those sources (compiledFromTree.ts), files of their own.
   */
  recheck?: boolean;
}

/** `compiled`: a script built from sources the tree holds (its source map says so), e.g. a committed bundle. */
export type SkipReason = 'binary' | 'too-large' | 'minified' | 'generated' | 'compiled' | 'unreadable' | 'not-file';

export type ParseResult =
  | { path: string; status: 'unchanged'; hash: string; size: number }
  | {
      path: string;
      status: 'parsed';
      hash: string;
      size: number;
      /** null: no extractor for this file (it still counts: path tokens, size). */
      language: string | null;
      /** null when there is no extractor or the extractor failed (then `detail` says why). */
      facts: FileFacts | null;
      lines: number;
      /** The file's term bag (graph/codeTermBag.ts), deflated; absent for data files and token-less text. */
      terms?: Uint8Array;
      detail?: string;
    }
  | { path: string; status: 'skipped'; reason: SkipReason; detail?: string; size?: number; hash?: string };
