/** Base names too common to say which file a path was (`index.ts`, `mod.rs`): two segments of path are not enough. */
const GENERIC = /^(?:index|mod|lib|main|__init__|init|utils?|helpers?|types|constants|common|config|errors?|readme|changelog|package|cargo|makefile|build|setup|test|tests|spec)(?:\.[\w.]+)?$/iu;
/** Longest tail of a path compared. */
const MAX_TAIL = 4;

/** Folders too common to say where a file was: `src/parser.ts` of one package is no other package's `src/parser.ts`. */
const GENERIC_FOLDER = /^(?:src|lib|source|sources|app|pkg|internal|test|tests|spec|include|main|java|kotlin|python|js|ts)$/iu;

/**
 * Where a file that history names but the tree no longer holds went: the one file of today whose path ends the
 * same way, over its last two to four segments (three where the base name or its folder is a common one), the longest such tail
 * first. clap moved `src/builder/arg.rs` to `clap_builder/src/builder/arg.rs`, and 835 commits of its parser and
 * help were credited to the 32-file crate left in `src/`. An ambiguous tail moves nothing, nor does a file that
 * `exists` still (outside every module, or skipped by the walk).
 */
export const followMoves = (paths: readonly string[], exists: (path: string) => boolean = () => false): ((path: string) => string | undefined) => {
  // (both built on the first path asked about: most index runs link no commit)
  let present: Set<string> | undefined;
  let tails: Map<string, string | null> | undefined;
  const index = (): Map<string, string | null> => {
    const map = new Map<string, string | null>();
    for (const p of paths) {
      const segments = p.split('/');
      for (let k = 2; k <= Math.min(MAX_TAIL, segments.length); k++) {
        const tail = segments.slice(-k).join('/');
        map.set(tail, map.has(tail) ? null : p);
      }
    }
    return map;
  };
  const gone = new Map<string, boolean>();
  return (path) => {
    if ((present ??= new Set(paths)).has(path)) return undefined;
    // (a file outside every module, or one the walk skips, is still there: it moved nowhere)
    if (!(gone.get(path) ?? gone.set(path, !exists(path)).get(path))) return undefined;
    const segments = path.split('/');
    const shortest = GENERIC.test(segments.at(-1) ?? '') || GENERIC_FOLDER.test(segments.at(-2) ?? '') ? 3 : 2;
    for (let k = Math.min(MAX_TAIL, segments.length); k >= shortest; k--) {
      const found = (tails ??= index()).get(segments.slice(-k).join('/'));
      if (found === null) return undefined;
      if (found !== undefined) return found;
    }
    return undefined;
  };
};
