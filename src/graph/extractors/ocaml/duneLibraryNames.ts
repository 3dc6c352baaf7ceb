/**
 * A dune file's library names travel to the resolver as its `packageName` (the one per-file fact that
 * reaches it; Elixir's declared modules do the same): `dune:stdune dune-private-libs.stdune`. The prefix
 * keeps them apart from any other extension-less file's package.
 */
const PREFIX = 'dune:';

export const joinDuneLibraryNames = (names: readonly string[]): string | undefined =>
  names.length === 0 ? undefined : `${PREFIX}${[...new Set(names)].join(' ')}`;

/** The names of a `packageName` made by joinDuneLibraryNames; [] for any other. */
export const splitDuneLibraryNames = (packageName: string): string[] =>
  packageName.startsWith(PREFIX) ? packageName.slice(PREFIX.length).split(' ').filter((n) => n !== '') : [];

/** A `dune` build file (not `dune-project`, not `dune.inc`). */
export const isDuneFile = (path: string): boolean => path === 'dune' || path.endsWith('/dune');
