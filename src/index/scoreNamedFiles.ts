import type { LexicalIndex } from './LexicalIndex.ts';
import { commitScope } from '../util/stripCommitPrefix.ts';
import { isTestFile } from '../graph/isTestFile.ts';

export interface NamedFileBonus {
  /** Per module: what the repository files the request names add. */
  bonus: Float64Array;
  /** Per module: the first of its files the request names. */
  file: (string | undefined)[];
}

/**
 * A file's path or name as a request writes it: `lib/response.js`, `rules.d.ts`, a stack frame's
 * `/app/node_modules/koa/lib/response.js:75:21`, a traceback's `File "…/requests/sessions.py", line 589`,
 * `C:\src\app\Main.cs`. The extension is a letter and up to seven letters or digits (`.c`, `.d.ts`, `.json`). A match
 * starts only where no path character precedes it: tried at every character of a long run (a pasted base64 blob,
 * 100 KB of `a.1`), the pattern took seconds.
 */
const MENTION = /(?<![\w@~+.\-/\\:])(?:[A-Za-z]:)?[\w@~+.-]*(?:[/\\][\w@~+.-]+)*\.[A-Za-z][A-Za-z0-9]{0,7}(?![\w/\\])/gu;
/** A URL's scheme (`https://github.com/x/y/blob/main/lib/a.js`), read as a slash so the path after it is a mention. */
const URL_SCHEME = /(?<![\w+.-])[A-Za-z][\w+.-]*:\/\//gu;
/**
 * A manifest's, a build file's or a tool's configuration name alone is the user's own file as often as the repository's
 * ("My .mocharc.yml is ignored", "our setup.py build", "merge package.json's mocha property"): no evidence without a folder.
 */
const USERS_OWN =
  /^(?:\..*|package(?:-lock)?\.json|[tj]sconfig[\w.-]*\.json|setup\.(?:py|cfg)|pyproject\.toml|requirements[\w.-]*\.txt|Cargo\.(?:toml|lock)|go\.(?:mod|sum)|pom\.xml|(?:build|settings)\.gradle(?:\.kts)?|Gemfile(?:\.lock)?|[\w.-]+\.gemspec|composer\.json|pubspec\.yaml|Package\.swift|CMakeLists\.txt|docker-compose\.ya?ml|(?:README|CHANGELOG|LICENSE|CONTRIBUTING)\.\w+|[\w.-]+\.config\.[cm]?[jt]s)$/u;
/** Data and configuration files by extension: named where a user saw or set something (options.namedFiles.dataShare). */
const DATA_FILE = /\.(?:json|ya?ml|toml|ini|conf|cfg|xml|properties|env|csv)$/iu;

/** Mentions read per request: a pasted log can hold hundreds of frames. */
const MAX_MENTIONS = 64;
/** A bare name (`index.js`) that more files than this hold says nothing of where. */
const MAX_FILES_PER_NAME = 2;

/** File-level documents grouped by a key of their path (undefined: left out), built once per index and key. */
const groupFiles = (caches: WeakMap<LexicalIndex, Map<string, number[]>>, keyOf: (path: string) => string | undefined) => (index: LexicalIndex): Map<string, number[]> => {
  let map = caches.get(index);
  if (map === undefined) {
    const built = new Map<string, number[]>();
    (index.files?.index.ids ?? []).forEach((path, doc) => {
      const key = keyOf(path);
      if (key === undefined) return;
      const list = built.get(key);
      if (list) list.push(doc);
      else built.set(key, [doc]);
    });
    caches.set(index, built);
    map = built;
  }
  return map;
};

/** The file-level documents by base name (case as written: `Node.js` is no `node.js`). */
const byBaseName = groupFiles(new WeakMap(), (path) => path.slice(path.lastIndexOf('/') + 1));

/** The request's file mentions, normalized: forward slashes, no `./`, no trailing `:line:col`. */
export const fileMentions = (query: string): string[] => {
  const out: string[] = [];
  for (const match of query.replace(URL_SCHEME, ' /').matchAll(MENTION)) {
    const mention = match[0].replace(/\\/gu, '/').replace(/^(?:\.\/)+/u, '').replace(/^[A-Za-z]:/u, '');
    // "e.g.", "v1.2", "Node.js" are no files of this repository: they find none below, and cost nothing
    if (!/[A-Za-z]/u.test(mention.slice(0, mention.lastIndexOf('.'))) || /^(?:e\.g|i\.e|vs|etc)$/iu.test(mention)) continue;
    if (!out.includes(mention)) out.push(mention);
    if (out.length >= MAX_MENTIONS) break;
  }
  return out;
};

/** Trailing path segments two paths share. */
const sharedTail = (a: readonly string[], b: readonly string[]): number => {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
};

/**
 * The repository's own files a request names (options.namedFiles): each mention is matched to the files that end
 * with it (`rules.d.ts` → `lib/types/rules.d.ts`) or that it ends with (a stack frame's absolute path), the file
 * sharing most trailing folders with it winning; a mention with folders must share one with the file
 * (`/app/node_modules/delegates/index.js` is no root `index.js`), and a bare name of more than two files names none.
 * A module gains weight × (top module score) × (its mentions / most mentions of one module).
 */
export const scoreNamedFiles = (index: LexicalIndex, query: string, top: number): NamedFileBonus | undefined => {
  const named = scoreMentions(index, query, top);
  const scoped = scoreScope(index, query, top);
  if (scoped === undefined) return named;
  if (named === undefined) return scoped;
  return { bonus: named.bonus.map((b, m) => b + (scoped.bonus[m] ?? 0)), file: named.file.map((f, m) => f ?? scoped.file[m]) };
};

/**
 * The file-level documents that are no tests by base name without its extension, lower case (`dist/utils/url.ts` →
 * `url`): a scope names the code changed, and its tests follow it (`fix(response)` is no change to test/response.js).
 */
const byStem = groupFiles(new WeakMap(), (path) => {
  if (isTestFile(path)) return undefined;
  const stem = path.toLowerCase().replace(/(?:\.d)?\.[a-z][a-z0-9]{0,7}$/u, '');
  return stem.slice(stem.lastIndexOf('/') + 1);
});

/**
 * A conventional-commit scope names where the change is (`fix(request): …`, `feat(utils/url): …`): where it is the
 * stem of at most two files that are no tests (their folders ending as the scope's do), their modules gain
 * scopeWeight × top score. On ../shared/corpus (870 of 2,728 primary cases have a scope, 424 name one or two files)
 * mean all / primary / non-leaking Acc@1: off 66.2 / 64.9 / 46.5; 0.1 66.6 / 65.4 / 46.5; 0.2 66.9 / 65.6 / 46.5; 0.3
 * the same with echarts −1.2; 0.5 66.1 / 64.5 / 46.0; 1 64.1 / 62.3 / 45.6 (a scope names the file, not always the
 * module changed). Real history (bench/realHistory.ts, hono and undici): 78.3 → 79.3; the dev bench the same. A scope
 * that is no file's stem may name a module (scopedModules): corpus → 67.4 / 66.1 / 46.3, real history → 80.4.
 */
const scoreScope = (index: LexicalIndex, query: string, top: number): NamedFileBonus | undefined => {
  const weight = index.options.namedFiles.scopeWeight;
  const level = index.files;
  const scope = weight > 0 && level !== undefined && top > 0 ? commitScope(query)?.toLowerCase() : undefined;
  if (scope === undefined || level === undefined) return undefined;
  const parts = scope.split('/').map((p) => p.trim()).filter(Boolean);
  const name = parts[parts.length - 1];
  if (name === undefined || !/^[\w.-]+$/u.test(name)) return undefined;
  const docs = (byStem(index).get(name) ?? []).filter((doc) => {
    const path = (level.index.ids[doc] ?? '').toLowerCase().split('/');
    return parts.length === 1 || sharedTail(parts.slice(0, -1), path.slice(0, -1)) === parts.length - 1;
  });
  // No file of that stem: a scope may name a module (`fix(theme): …` → `lib/theme`), once or twice.
  if (docs.length === 0) return scopedModules(index, scope, weight * top);
  if (docs.length > MAX_FILES_PER_NAME) return undefined;
  const owners = [...new Set(docs.map((doc) => level.owner[doc] ?? -1).filter((m) => m >= 0))];
  const bonus = new Float64Array(index.ids.length);
  const file: (string | undefined)[] = new Array(index.ids.length).fill(undefined);
  for (const m of owners) {
    bonus[m] = (weight * top) / owners.length;
    file[m] = level.index.ids[docs.find((doc) => level.owner[doc] === m) ?? -1];
  }
  return { bonus, file };
};

/** The one or two modules whose id is the scope or ends with it (`utils/url` → `dist/utils/url`), each lifted by `bonus` shared. */
const scopedModules = (index: LexicalIndex, scope: string, bonus: number): NamedFileBonus | undefined => {
  const modules: number[] = [];
  index.ids.forEach((id, m) => {
    const lower = id.toLowerCase();
    if (lower === scope || lower.endsWith(`/${scope}`)) modules.push(m);
  });
  if (modules.length === 0 || modules.length > MAX_FILES_PER_NAME) return undefined;
  const out = new Float64Array(index.ids.length);
  const named: (string | undefined)[] = new Array<string | undefined>(index.ids.length).fill(undefined);
  for (const m of modules) {
    out[m] = bonus / modules.length;
    named[m] = index.ids[m]; // the reason reads `named +0.84 lib/theme`
  }
  return { bonus: out, file: named };
};

const scoreMentions = (index: LexicalIndex, query: string, top: number): NamedFileBonus | undefined => {
  const weight = index.options.namedFiles.weight;
  const level = index.files;
  if (weight <= 0 || level === undefined || top <= 0 || !/[.:#]/u.test(query)) return undefined;
  const mentions = fileMentions(query);
  const names = byBaseName(index);
  const counts = new Float64Array(index.ids.length);
  const mentioned = new Float64Array(index.ids.length);
  const file: (string | undefined)[] = new Array(index.ids.length).fill(undefined);
  let most = 0;
  // One mention's files: their modules share one count, each noting its first such file; `share` weighs the bonus, not
  // the count the bonuses are scaled by (a request naming one data file still gives it its share of the full bonus).
  const credit = (docs: readonly number[], share = 1): void => {
    const owners = new Set(docs.map((doc) => level.owner[doc] ?? -1).filter((m) => m >= 0));
    for (const m of owners) {
      counts[m] = (counts[m] ?? 0) + share / owners.size;
      mentioned[m] = (mentioned[m] ?? 0) + 1 / owners.size;
      file[m] ??= level.index.ids[docs.find((doc) => level.owner[doc] === m) ?? -1];
      if ((mentioned[m] ?? 0) > most) most = mentioned[m] ?? 0;
    }
  };
  for (const mention of mentions) {
    const parts = mention.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.length === 1 && USERS_OWN.test(parts[0] ?? '')) continue;
    // A bare name is a test's file only when the request says so: "my app.rb" is the user's own, not sinatra's
    // test/integration/app.rb (which had lifted the root holding the tests over the command-line code).
    const all = names.get(parts[parts.length - 1] ?? '') ?? [];
    const docs = parts.length === 1 ? all.filter((doc) => !isTestFile(level.index.ids[doc] ?? '')) : all;
    if (docs.length === 0) continue;
    let best = 0;
    let chosen: number[] = [];
    for (const doc of docs) {
      const path = level.index.ids[doc] ?? '';
      const shared = sharedTail(parts, path.split('/'));
      if (shared > best) [best, chosen] = [shared, [doc]];
      else if (shared === best) chosen.push(doc);
    }
    if (parts.length > 1 && best < 2) continue;
    if (chosen.length > MAX_FILES_PER_NAME) continue;
    credit(chosen, DATA_FILE.test(parts[parts.length - 1] ?? '') ? index.options.namedFiles.dataShare : 1);
  }
  for (const name of qualifiedNames(query)) {
    // (only where the name is no file's: `rules.d.ts` was read above)
    if ((names.get(name.join('.')) ?? []).length > 0) continue;
    const docs = filesEndingWith(index, name.map(normalizeSegment));
    if (docs.length === 0 || docs.length > MAX_FILES_PER_NAME) continue;
    credit(docs);
  }
  for (const name of scopedNames(query)) {
    // the longest of its candidates that names one or two files; one that names more ends the search
    for (const key of name) {
      const docs = codeFilesEndingWith(index, key);
      if (docs.length > MAX_FILES_PER_NAME) break;
      if (docs.length === 0) continue;
      credit(docs);
      break;
    }
  }
  if (most === 0) return undefined;
  return { bonus: counts.map((c) => (weight * top * c) / most), file };
};

/** The files whose folders and stem end with a key's parts (normalized). */
const filesEndingWith = (index: LexicalIndex, key: readonly string[]): number[] =>
  (byNormalizedStem(index).get(key[key.length - 1] ?? '') ?? []).filter((doc) => sharedPathTail(index, key, doc) === key.length);

/** The files that are no tests whose folders and stem end with a key's parts (normalized). */
const codeFilesEndingWith = (index: LexicalIndex, key: readonly string[]): number[] =>
  filesEndingWith(index, key).filter((doc) => !isTestFile(index.files?.index.ids[doc] ?? ''));

const sharedPathTail = (index: LexicalIndex, key: readonly string[], doc: number): number => {
  const path = (index.files?.index.ids[doc] ?? '').split('/');
  return sharedTail(key, path.map((segment, i) => normalizeSegment(i === path.length - 1 ? stemOf(segment) : segment)));
};

/**
 * A name qualified by `::` (Rust's `de::Deserializer`, C++'s `detail::hash`, PHP's `Message::toString`, Ruby's
 * `Response::Headers#==`) or a Ruby instance method's `Options#merge!`: its candidate paths, longest first (the last
 * part may be a method or a constant, so each shorter prefix is tried too), each naming the files whose folders and
 * stem end with its parts. A first part alone names a file only when it is a type's (`Message`, `Token`): a lone
 * lower-case one is a namespace (`std`, `fmt`, `io`) as often as a file. A crate's name before a path (`serde_json::de`)
 * is no folder and stops the match: matching fewer trailing parts named the wrong files (tracing's `http::Request` a
 * `request.rs`).
 */
const SCOPED = /(?<![\w:#])[A-Za-z_][A-Za-z0-9_]*(?:(?:::[A-Za-z_][A-Za-z0-9_]*)+(?:#\S+)?|#[a-z_][\w]*[!?=]?)/gu;
const scopedNames = (query: string): string[][][] => {
  const out: string[][][] = [];
  for (const match of query.matchAll(SCOPED)) {
    if (out.length >= MAX_MENTIONS) break;
    const parts = (match[0].split('#')[0] ?? '').split('::');
    const keys: string[][] = [];
    for (let n = parts.length; n >= 1; n--) {
      const prefix = parts.slice(0, n);
      if (n === 1 && !/^[A-Z]/u.test(prefix[0] ?? '')) continue;
      if (prefix.some((p) => p.length < 2)) continue;
      keys.push(prefix.map(normalizeSegment));
    }
    if (keys.length > 0) out.push(keys);
  }
  return out;
};

/**
 * A qualified name as code writes it, its parts joined by dots: Elixir's `Absinthe.Phase.Document.Result`, Java's
 * `org.jsoup.helper.HttpConnection`, C#'s `Serilog.Core.Logger`, Python's `aiohttp.web_log`. Languages that name a
 * module after its file's path make it a path: the file whose folders and stem end with its parts (case, `_` and `-`
 * aside) is named, as a file mention is. Two parts at least; a call's `.method(` ends none.
 */
const QUALIFIED = /(?<![\w.@/\\-])[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+(?![\w.(/\\-])/gu;
const qualifiedNames = (query: string): string[][] => {
  const out: string[][] = [];
  for (const match of query.matchAll(QUALIFIED)) {
    const parts = match[0].split('.');
    // (an initialism's dots and a version are none: "e.g.", "i.e.", "v1.2")
    if (parts.length < 2 || parts.some((p) => p.length < 2) || out.length >= MAX_MENTIONS) continue;
    out.push(parts);
  }
  return out;
};
const normalizeSegment = (segment: string): string => segment.toLowerCase().replace(/[-_]/gu, '');
const stemOf = (name: string): string => {
  const dot = name.indexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
};
/** The file-level documents by their stem, normalized (`web_log.py` → `weblog`, `HttpConnection.java` → `httpconnection`). */
const byNormalizedStem = groupFiles(new WeakMap(), (path) => normalizeSegment(stemOf(path.slice(path.lastIndexOf('/') + 1))));
