import type { ModuleNode, TermBag } from '../graph/ModuleGraph.ts';
import type { TermAnalyzer } from './analyze.ts';
import { isSupportFile } from '../graph/isSupportFile.ts';
import { isBinaryAsset } from '../graph/isBinaryAsset.ts';
import { pathInModule } from '../graph/pathInModule.ts';
import { isMarkerFile } from './isMarkerFile.ts';
import { tokenizePath } from './tokenize.ts';
import { otherNumber } from './expandQuery.ts';
import { languageKeywords } from './languageKeywords.ts';
import { languageWords } from './languageWords.ts';
import type { SourceName } from './lexicalDefaults.ts';
import { isDocsPage } from '../graph/codeTermBag.ts';

export type StaticSourceName = Exclude<SourceName, 'history'>;

/** How many files of one name count in a module's path source. */
const NAME_REPEATS = 3;

/** JavaScript's and its dialects' files, whose `const` binds anything, not only a value (see the constants' docs below). */
const ECMASCRIPT = /\.(?:[cm]?[jt]sx?|svelte|vue|astro)$/u;

/**
 * Analyzed term ids of each static source of one module, and of its co-occurrence contexts. The path source holds the id, the path, the
 * directories below the module path (once each) and every file stem but binary assets': file names are the strongest
 * single signal, and repeating the module's own path once per file would drown them. The code source
 * (the files' term bags) is read only when `termBag` is given: it is most of the build's work.
 */
export const moduleSourceTerms = (
  node: ModuleNode,
  analyzer: TermAnalyzer,
  distinctFileStems = false,
  termBag?: (file: string) => TermBag,
  dampSymbols = true,
  support: ReadonlySet<string> = new Set(),
  withoutKeywords = false,
  docsModule = false,
): { sources: Record<StaticSourceName, number[]>; contexts: number[][] } => {
  const path: number[] = [];
  analyzer.path(node.id, path);
  if (node.path !== node.id) analyzer.path(node.path, path);
  singulars(node.path === '' ? node.id : node.path, analyzer, path);
  const dirs = new Set<string>();
  const stems = new Set<string>();
  const repeats = new Map<string, number>();
  for (const file of node.files) {
    if (isBinaryAsset(file) || isMarkerFile(file) || support.has(file)) continue;
    const relative = pathInModule(node.path, file);
    const slash = relative.lastIndexOf('/');
    if (slash > 0) dirs.add(relative.slice(0, slash));
    const name = relative.slice(slash + 1);
    if (distinctFileStems) {
      // Build output ships one source file as X.js, X.mjs, X.d.ts and their maps: count X once.
      const dot = name.indexOf('.');
      const stem = relative.slice(0, slash + 1) + (dot < 1 ? name : name.slice(0, dot));
      if (stems.has(stem)) continue;
      stems.add(stem);
    }
    // A name repeated in folder after folder (a translation per locale: `de.lproj/Main.strings`, `values-fr/strings.xml`)
    // says no more for each copy.
    const seen = repeats.get(name) ?? 0;
    repeats.set(name, seen + 1);
    if (seen >= NAME_REPEATS) continue;
    analyzer.path(name, path);
  }
  for (const dir of [...dirs].sort()) analyzer.path(dir, path);
  for (const dir of dirs) singulars(`${dir}/`, analyzer, path);

  // Co-occurrence contexts are the module's short passages, analyzed once with the fields: each doc
  // comment, each documented symbol's name with its doc (the identifier ↔ word link expansion looks
  // for), each README paragraph, the description.
  const contexts: number[][] = [];
  const passage = (text: string, into: number[], declared = false): number[] => {
    const start = into.length;
    if (declared) analyzer.name(text, into);
    else analyzer.text(text, into);
    return into.slice(start);
  };
  const docs: number[] = [];
  for (const comment of node.docComments) contexts.push(passage(comment, docs));
  const symbols: number[] = [];
  // A test file's declarations only where they are all the module declares.
  const ownSymbols = support.size > 0 && node.symbols.some((s) => !support.has(s.file));
  for (const symbol of node.symbols) {
    if (ownSymbols && support.has(symbol.file)) continue;
    const nameTerms = passage(symbol.name, symbols, true);
    // A constant's doc describes the behaviour that reads it, elsewhere: Guzzle's RequestOptions.php, one documented
    // constant per request option, had won six of ten requests about the handlers using them (its name still counts).
    // Not JavaScript's `const`, a binding of anything (a component, a config object): svelte's dev bench lost a case.
    if (symbol.doc !== undefined && !(symbol.kind === 'constant' && !ECMASCRIPT.test(symbol.file))) contexts.push([...nameTerms, ...passage(symbol.doc, docs)]);
  }
  const name: number[] = [];
  if (node.name !== undefined) analyzer.text(node.name, name);
  for (const word of languageWords(node.languages)) analyzer.text(word, name);
  const readme: number[] = [];
  // Tokens never span a blank line, so the paragraphs' terms concatenate to the whole README's.
  if (node.readme !== undefined) for (const paragraph of node.readme.split(/\n\s*\n/u)) contexts.push(passage(paragraph, readme));
  if (node.description !== undefined) contexts.push(passage(node.description, readme));
  const summary: number[] = [];
  analyzer.text(node.summary, summary);
  const code: number[] = [];
  // A documentation page's words are the `pages` source, and only a module of documentation has them: in a module of
  // code (a root holding `docs/`) the pages describe every other module.
  const pages: number[] = [];
  if (termBag) {
    for (const file of node.files) {
      if (!isDocsPage(file)) bagTerms(termBag(file), analyzer, code, withoutKeywords ? languageKeywords(file) : undefined);
      else if (docsModule) bagTerms(termBag(file), analyzer, pages);
    }
  }
  return { sources: { path, name, symbols: dampSymbols ? dampRepeats(symbols) : symbols, docs, readme, summary, code, pages }, contexts };
};

/**
 * The tests, fixtures, examples and benchmarks (isSupportFile.ts) of a code module that also holds code of its
 * own: their names and declarations are left out of its path and symbols, as their term bags already are. A
 * catch-all root holding a project's example gallery or end-to-end suite (scikit-learn's `examples/`, 300 of
 * its 358 files; Jest's `e2e/`) had led reviews' requests on example and test file names (`plot_roc.py`,
 * `shard.test.ts`), and test helpers' names (`floyd_warshall_slow`) drew requests to `utils`. Empty when
 * every file is one: then they are all the module has.
 */
const DECLARATION_FILE = /\.d\.[cm]?ts$/u;

export const supportFilesOf = (node: { path: string; files: readonly string[] }): Set<string> => {
  const out = new Set<string>();
  for (const file of node.files) if (isSupportFile(pathInModule(node.path, file))) out.add(file);
  // TypeScript declarations beside a JavaScript module's code mirror its whole API, names and docs (moment's root
  // `moment.d.ts` had won requests about the code in `src/lib`): support too, as a module of them alone is (testModules.ts).
  if (node.files.some((f) => /\.[cm]?js$/u.test(f) && !out.has(f))) {
    for (const file of node.files) if (DECLARATION_FILE.test(file)) out.add(file);
  }
  return out.size < node.files.length ? out : new Set();
};

/**
 * The singulars of a folder path's plural words, as path terms: a folder is named in the plural and asked for in the
 * singular ("the codemod crashes" and redux-toolkit's `packages/rtk-codemods`, "a block" and `blocks/`), where the
 * query's own inflection weighs 0.2 beside a word the index has. Not the other way (a request's plural of a singular
 * folder: 67 review stores 82.1 → 81.3 at rank 1), nor file names (81.9).
 */
const singulars = (folders: string, analyzer: TermAnalyzer, into: number[]): void => {
  for (const word of new Set(tokenizePath(folders))) for (const form of otherNumber(word)) if (form.length < word.length) analyzer.path(form, into);
};


/** The one damping rule of the symbols and code sources: n occurrences count 1 + ⌊log2 n⌋. */
const dampedCount = (n: number): number => 1 + Math.floor(Math.log2(n));

/**
 * Each distinct term once per power of two it occurs (1 + ⌊log2 count⌋), first-seen order. A module of
 * generated code declares hundreds of names that share a word (`ssr_context_…`, `invalid_…`) and
 * won every query holding that word on raw counts. ../shared/corpus, mean primary non-leaking /
 * primary Acc@1 with the symbols field damped: raw counts 43.6 / 61.3; damped 44.1 / 61.6, and at
 * weight 2 instead of 3 44.5 / 62.2 (1.5: 44.3 / 62.4, 2.5: 44.2 / 61.9); presence only 43.8 / 61.8.
 */
export const dampRepeats = (terms: number[]): number[] => {
  const counts = new Map<number, number>();
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  const out: number[] = [];
  for (const [t, count] of counts) for (let k = dampedCount(count); k > 0; k--) out.push(t);
  return out;
};

/**
 * The terms of a file's bag, each repeated 1 + ⌊log2 count⌋ times: a word a file uses once counts,
 * one it uses 1,000 times counts 10 (on ../shared/corpus, damping per file beat raw counts and
 * presence alike: mean primary Acc@1 57.6 raw, 57.2 presence, 58.1 damped).
 */
const bagTerms = (bag: TermBag, analyzer: TermAnalyzer, into: number[], keywords?: ReadonlySet<string>): void => {
  for (const [token, count] of bag) {
    if (keywords?.has(token)) continue;
    const start = into.length;
    analyzer.text(token, into);
    const end = into.length;
    for (let k = dampedCount(count) - 1; k > 0; k--) for (let i = start; i < end; i++) into.push(into[i] as number);
  }
};
