/** Base names too common to say which file a path was (`index.ts`, `mod.rs`): two segments of path are not enough. */
const GENERIC = /^(?:index|mod|lib|main|__init__|init|utils?|helpers?|types|constants|common|config|errors?|readme|changelog|package|cargo|makefile|build|setup|test|tests|spec)(?:\.[\w.]+)?$/iu;
/**
 * Names every folder may have its own of (a build file, a manifest, a page): a deleted `src/CMakeLists.txt` did not
 * move to `src/app/CMakeLists.txt`, nor `docs/api.md` to `docs/v2/api.md`.
 */
const PER_FOLDER = /^(?:CMakeLists\.txt|pom\.xml|build\.gradle(?:\.kts)?|Dockerfile|go\.(?:mod|sum)|tsconfig[\w.-]*\.json|\.\w+ignore|meson\.build|BUILD(?:\.bazel)?|Makefile(?:\.\w+)?|LICEN[CS]E[\w.-]*|COPYING[\w.-]*|[^/]+\.(?:md|rst|txt|adoc|json|ya?ml|toml|xml|ini|cfg|lock))$/iu;

/** Longest tail of a path compared. */
const MAX_TAIL = 4;

/** Folders too common to say where a file was: `src/parser.ts` of one package is no other package's `src/parser.ts`. */
const GENERIC_FOLDER = /^(?:src|lib|source|sources|app|pkg|internal|test|tests|spec|include|main|java|kotlin|python|js|ts)$/iu;

/** Files of history that must have moved one way before the rest of their folder is taken to have moved so. */
const MIN_FOLDER_MOVE_FILES = 3;

/** Candidates kept for a tail several files of today end with (more say nothing a commit could settle). */
const MAX_CANDIDATES = 8;

/** A path and where it went, less the segments they end with alike: `src/a/b.rs` → `axum/src/a/b.rs` is '' → 'axum/'. */
const shiftOf = (from: string, to: string): string => {
  const a = from.split('/');
  const b = to.split('/');
  while (a.length > 0 && b.length > 0 && a.at(-1) === b.at(-1)) {
    a.pop();
    b.pop();
  }
  return `${a.join('/')}\0${b.join('/')}`;
};

/**
 * Where a file that history names but the tree no longer holds went: the one file of today whose path ends the
 * same way, over its last two to four segments (three where the base name or its folder is a common one), the longest such tail
 * first. clap moved `src/builder/arg.rs` to `clap_builder/src/builder/arg.rs`, and 835 commits of its parser and
 * help were credited to the 32-file crate left in `src/`. A tail several files end with is settled by the other
 * files of the same commit: the candidate that moved the way most of them moved, unambiguously (axum moved its crate
 * from `src/` to `axum/src/`, where `src/routing/mod.rs` is also `axum-extra/src/routing/mod.rs`: 263 of 268 such
 * commits had stayed with the root). A tail still ambiguous moves nothing, nor does a file that `exists` still
 * (outside every module, or skipped by the walk).
 */
export const followMoves = (
  paths: readonly string[],
  exists: (path: string) => boolean = () => false,
  historyPaths: () => Iterable<string> = () => [],
): ((path: string, commitPaths?: readonly string[]) => string | undefined) => {
  // (both built on the first path asked about: most index runs link no commit)
  let present: Set<string> | undefined;
  let tails: Map<string, string | string[]> | undefined;
  let names: Map<string, string[]> | undefined;
  const byName = (): Map<string, string[]> => {
    const map = new Map<string, string[]>();
    for (const p of paths) {
      const name = p.slice(p.lastIndexOf('/') + 1);
      const list = map.get(name);
      if (list === undefined) map.set(name, [p]);
      else list.push(p);
    }
    return map;
  };
  const index = (): Map<string, string | string[]> => {
    const map = new Map<string, string | string[]>();
    for (const p of paths) {
      const segments = p.split('/');
      for (let k = 2; k <= Math.min(MAX_TAIL, segments.length); k++) {
        const tail = segments.slice(-k).join('/');
        const seen = map.get(tail);
        if (seen === undefined) map.set(tail, p);
        else if (typeof seen === 'string') map.set(tail, [seen, p]);
        else if (seen.length < MAX_CANDIDATES + 1) seen.push(p);
      }
    }
    return map;
  };
  const gone = new Map<string, boolean>();
  /** Where the path went when one file of today says so; its candidates when several do. */
  const resolve = (path: string): string | string[] | undefined => {
    if ((present ??= new Set(paths)).has(path)) return undefined;
    // (a file outside every module, or one the walk skips, is still there: it moved nowhere)
    if (!(gone.get(path) ?? gone.set(path, !exists(path)).get(path))) return undefined;
    const segments = path.split('/');
    // The top's own source folder (`src/gitignore.rs`) is where a crate split into a workspace came from (ripgrep's
    // crates/ignore/src/gitignore.rs: 1,728 of its 2,194 commits had stayed with the root): one file of today ending
    // so is where it went. Deeper (`foo/src/parser.ts`), another package's file of that name is no move.
    const topSource = segments.length === 2 && /^(?:src|lib|source|sources)$/iu.test(segments[0] ?? '') && !GENERIC.test(segments[1] ?? '');
    const shortest = GENERIC.test(segments.at(-1) ?? '') || (GENERIC_FOLDER.test(segments.at(-2) ?? '') && !topSource) ? 3 : 2;
    for (let k = Math.min(MAX_TAIL, segments.length); k >= shortest; k--) {
      const found = (tails ??= index()).get(segments.slice(-k).join('/'));
      if (found !== undefined) return topSource && typeof found !== 'string' ? undefined : found;
    }
    // Moved down within its folder: libgit2 moved `src/repository.c` to `src/libgit2/repository.c` in 2021, and 6,591
    // commits had stayed with a `src` module of two build files. A file of that name one or two folders below where it
    // was (unless its name is a common one, `mod.rs`, `index.ts`).
    const name = segments.at(-1) ?? '';
    if (segments.length < 2 || GENERIC.test(name) || PER_FOLDER.test(name)) return undefined;
    const folder = `${segments.slice(0, -1).join('/')}/`;
    const below = ((names ??= byName()).get(name) ?? []).filter((p) => p.startsWith(folder) && p.split('/').length - segments.length <= 2);
    return below.length === 0 ? undefined : below.length === 1 ? below[0] : below.length <= MAX_CANDIDATES ? below : undefined;
  };
  /**
   * Folders that moved, from where to where (`lib/Doctrine/ORM` → `src`), each with how many files of history its
   * tails settle: a file of history that `resolve` places in one file of today with that shift. Needs no commit.
   */
  let folderMoves: { from: string; to: string; files: number }[] | undefined;
  const learnFolderMoves = (): { from: string; to: string; files: number }[] => {
    const counts = new Map<string, number>();
    const seen = new Set<string>();
    for (const old of historyPaths()) {
      if (seen.has(old)) continue;
      seen.add(old);
      const went = resolveOnce(old);
      if (typeof went !== 'string') continue;
      const shift = shiftOf(old, went);
      // (a move to a deeper folder of the same place, or from the top, says nothing of the folder's other files)
      if (shift.startsWith('\0')) continue;
      counts.set(shift, (counts.get(shift) ?? 0) + 1);
    }
    const moves: { from: string; to: string; files: number }[] = [];
    for (const [shift, files] of counts) {
      const [from = '', to = ''] = shift.split('\0');
      if (files >= MIN_FOLDER_MOVE_FILES) moves.push({ from, to, files });
    }
    // the deepest folder first, then the one more files say moved so
    return moves.sort((a, b) => b.from.length - a.from.length || b.files - a.files || (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  };
  /**
   * A file whose own tail settles nothing (`lib/Doctrine/ORM/UnitOfWork.php`: `ORM/UnitOfWork.php` is nowhere) went
   * where its folder went, when the file is there (`src/UnitOfWork.php`).
   */
  const viaFolderMove = (path: string): string | undefined => {
    for (const { from, to } of (folderMoves ??= learnFolderMoves())) {
      if (!path.startsWith(`${from}/`)) continue;
      const there = `${to === '' ? '' : `${to}/`}${path.slice(from.length + 1)}`;
      if ((present ??= new Set(paths)).has(there)) return there;
    }
    return undefined;
  };
  const resolved = new Map<string, string | string[] | undefined>();
  const resolveOnce = (path: string): string | string[] | undefined => {
    if (!resolved.has(path)) resolved.set(path, resolve(path));
    return resolved.get(path);
  };
  return (path, commitPaths) => {
    const found = resolveOnce(path);
    if (found === undefined) return (present ??= new Set(paths)).has(path) || !(gone.get(path) ?? true) ? undefined : viaFolderMove(path);
    if (typeof found === 'string') return found;
    if (commitPaths === undefined || found.length > MAX_CANDIDATES) return undefined;
    const votes = new Map<string, number>();
    for (const other of commitPaths) {
      if (other === path) continue;
      const went = resolveOnce(other);
      if (typeof went !== 'string') continue;
      const shift = shiftOf(other, went);
      votes.set(shift, (votes.get(shift) ?? 0) + 1);
    }
    let best: string | undefined;
    let most = 0;
    let tie = false;
    for (const candidate of found) {
      const n = votes.get(shiftOf(path, candidate)) ?? 0;
      if (n > most) [best, most, tie] = [candidate, n, false];
      else if (n === most && n > 0) tie = true;
    }
    return tie ? undefined : best;
  };
};
