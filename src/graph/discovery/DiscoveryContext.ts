import type { ModuleDef } from '../types.ts';

/** A module found by a discoverer, before ids are assigned. `path` is repo-relative POSIX, '' = root. */
export type ModuleCandidate = Omit<ModuleDef, 'id'>;

/** One directory entry, without symlinks (following them risks cycles and leaving the repository). */
export interface DirectoryEntry {
  name: string;
  kind: 'file' | 'directory';
}

/** Cached, read-only view of the repository shared by every discoverer of one run. */
export interface DiscoveryContext {
  readonly root: string;
  /** Text of a repo-relative file, or undefined when it is missing or not a file. */
  readText(path: string): Promise<string | undefined>;
  /** Entries of a repo-relative directory ([] when missing), sorted by name. */
  list(path: string): Promise<DirectoryEntry[]>;
  isDirectory(path: string): Promise<boolean>;
  isFile(path: string): Promise<boolean>;
  /**
   * Every directory of the repository, '' first, sorted, pruned by `isSkippedDirectory`.
   * Computed once per run: go.mod / pyproject.toml lookups, the root-module check and the
   * directory fallback all share it.
   */
  walk(): Promise<string[]>;
  warn(message: string): void;
}
