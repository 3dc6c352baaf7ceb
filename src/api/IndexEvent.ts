export type IndexPhase = 'discover' | 'walk' | 'parse' | 'graph' | 'history' | 'commit' | 'cache';

export interface IndexStats {
  root: string;
  dbPath: string;
  modules: number;
  discovery: string;
  files: number;
  parsed: number;
  unchanged: number;
  removed: number;
  /** Files whose stored row changed without a parse (newly skipped: binary, too large, unreadable …). */
  rewritten: number;
  skipped: Record<string, number>;
  /** Up to three of the files skipped when read, per reason of `skipped` (the largest first): what the summary names. */
  skippedFiles?: Record<string, string[]>;
  bytesRead: number;
  symbols: number;
  edges: number;
  commits: number;
  history: string;
  /** Set when git had more commits than `history.maxCommits`: only that many, the newest, were read. */
  historyCapped?: number;
  elapsedMs: number;
  threads: number;
  /**
   * The module holding the most code files (those that get a term bag: code, tests aside), `of` all code files, and the
   * folder where its files branch; `flatExtension`, when most of them lie directly in that folder, their usual extension.
   */
  largestModule?: { id: string; files: number; of: number; branchesAt: string; flatExtension?: string };
  /**
   * Source files (tests aside) that no extractor reads, by extension, most first: indexed by their path and
   * words only, without symbols, docs or imports (Julia, Zig, Nim …). Absent when every source file has one.
   */
  withoutExtractor?: { files: number; of: number; byExtension: [string, number][] };
  /**
   * Files whose parser met syntax it could not read (preprocessor branches, a newer language version): their
   * symbols, docs and imports are read where the tree allows, the rest is lost. `examples`: a few, in path order.
   * Absent when there are none.
   */
  parseErrors?: { files: number; of: number; examples: string[] };
  /**
   * Files in folders that no module holds (not indexed at all), by top-level folder, most first: what discovery
   * left out because it holds no code (a folder of a few files where no root module is; with one, folders a module list
   * left out), and `rootFiles` directly at the root
   * (a README, build files) where no root module holds them. Together the `outside-modules` count of `skipped`.
   * Absent when there are none.
   */
  outsideModules?: { files: number; byFolder: [string, number][]; rootFiles: number };
  /**
   * True when a module list (`--modules`) named the modules: only their folders were read, so files elsewhere are
   * neither indexed nor counted (`outside-modules` is then 0 however many there are).
   */
  listedFoldersOnly?: true;
}

/** The one stream that feeds the CLI progress bar, JSON output and tests. Core code never prints. */
export type IndexEvent =
  | { kind: 'phase'; phase: IndexPhase; message: string }
  | { kind: 'progress'; phase: 'parse'; done: number; total: number; bytes: number }
  | { kind: 'warning'; message: string; file?: string }
  | { kind: 'done'; stats: IndexStats };
