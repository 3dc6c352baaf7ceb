import type { ModuleSymbol } from '../ModuleGraph.ts';
import { mainFilesFirst } from '../mainFilesFirst.ts';
import { isTestFile } from '../isTestFile.ts';
import { firstSentence, summarizeModule } from '../summarizeModule.ts';
import type { ModuleDef, SymbolKind } from '../types.ts';
import { memberCounts } from './memberCounts.ts';
import type { Db } from './openStore.ts';

const MAX_SYMBOLS = 400;
const MAX_DOCS = 60;
const OPENER_KINDS: ReadonlySet<SymbolKind> = new Set(['class', 'interface', 'struct', 'enum', 'trait', 'protocol', 'type', 'module', 'namespace', 'function']);

/** Up to this many source files, any file's doc may speak for the module: one of them is a fair part of it. */
const FEW_FILES = 3;
/** …and they are at least one in this many of its files (tests left out), where it holds more than FEW_OTHERS. */
const FEW_SHARE = 4;
const FEW_OTHERS = 10;
/** …and an entry file among them speaks up to this many. */
const MAIN_OTHERS = 40;

/** Go's package comment, in whichever file: "Package fzf implements fzf, …" in fzf's `src/core.go` (a package named unlike its folder). */
const GO_PACKAGE_DOC = /^Package [\p{L}_][\p{L}\p{N}_]* \p{L}/u;
const squash = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** A file's name without its extension, a declaration file's two (`Foo.d.ts` → Foo). */
const fileStem = (path: string): string => (path.split('/').pop() ?? '').replace(/(?:\.d)?\.[^.]+$/u, '');

/**
 * Whether a doc from this file (of this declaration) may open the module's summary: a file doc of one of a few
 * source files or of a main file (named like the module, its entry file); one whose subject is the module ("Package
 * config loads …", "… the discovery component"); a declaration's named like it (a `class Router` in `router/`). Else the card opened
 * with whatever file sorted first: redis's `src` "function_lua.c unit provides the Lua engine functionality",
 * rubocop's `cop/mixin` "TEAM: backend_infra WATCHERS: maxh.", alacritty's `renderer` "Lines for underline and
 * strikeout" (six reviews).
 */

/** Parsed files of a module, and those of them that are no tests. */
const codeCounts = (files: readonly { path: string; language: string | null }[]): { parsed: number; code: number } => {
  const parsed = files.filter((f) => f.language !== null);
  return { parsed: parsed.length, code: parsed.filter((f) => !isTestFile(f.path)).length };
};

const speaksFor = (m: ModuleDef, files: readonly { path: string; language: string | null }[], main: ReadonlySet<string>) => {
  // (counted over the code beside the tests, or over the tests in a module of tests: reqwest's `tests` card had read
  // a helper's "This tower layer injects an arbitrary delay …", every file of a test module speaking for it)
  const { parsed, code } = codeCounts(files);
  // (few among what the module holds, too, and so for its main file: pandoc's data/, 241 templates, reference documents
  // and translations beside two Lua scripts, had read init.lua's "This Lua script is run every time the Lua interpreter is started …")
  const others = files.filter((f) => !isTestFile(f.path)).length;
  const counted = code > 0 ? code : parsed;
  // (a module of a few scripts among much else is data; one of more code holds its resources and assets; an entry file
  // is silenced only beside far more: a small package's __init__.py beside its README, licence and CI files speaks)
  const fewBeside = (limit: number): boolean => counted > FEW_FILES || others <= Math.max(limit, counted * FEW_SHARE);
  const few = counted <= FEW_FILES && fewBeside(FEW_OTHERS);
  const mainSpeaks = fewBeside(MAIN_OTHERS);
  // (a module of one file is named by its stem: httr2's `R/req-retries.R` is `req-retries`, not `… R`)
  const last = m.path.split('/').pop() ?? '';
  const own = (files.some((f) => f.path === m.path) ? fileStem(last) : last).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const word = own.join('[-_. ]?');
  // The doc's subject is the module ("Package config loads …", "The router matches …"), or it names it as a whole
  // ("… of the discovery component"); a word in passing ("… potential security issues" in `cop/security`) is not,
  // nor a name qualified by it ("Devise::Test::IntegrationHelpers is a helper module …" opened devise's card).
  // A name of two letters (Go's `fs`, `ui`, `db`) only as "Package fs …": alone it is too often another word.
  const length = own.join('').length;
  const namesIt =
    length >= 3
      ? new RegExp(`^(?:the\\s+)?(?:(?:package|module|crate|library|namespace)\\s+)?${word}(?:$|(?![.:]\\S)[^\\p{L}\\p{N}])|(?:^|[^\\p{L}\\p{N}])${word}\\s+(?:package|module|crate|library|component|subsystem|namespace)\\b`, 'iu')
      : length === 2
        ? new RegExp(`^(?:package|module|crate|library|namespace)\\s+${word}(?:$|[^\\p{L}\\p{N}])`, 'iu')
        : undefined;
  const isIt = own.join('').length >= 3 ? new RegExp(`^${word}$`, 'iu') : undefined;
  // "Tests the Composer\Autoload\ClassLoader class." names one test's subject, not the module `tests` (Composer's
  // card of 656 test files had read it), nor does "Tests to cover bulk create …" (Django REST framework's, of 81): a
  // doc that opens with the test word is one test's; "The tests package …", "Package tests …" still name the module.
  const testOpener = TEST_WORD.test(own.join('')) ? new RegExp(`^${word}(?![\\p{L}\\p{N}])(?!\\s+(?:package|module|crate|library|component|subsystem|namespace)\\b)`, 'iu') : undefined;
  // A declaration's doc describes that declaration ("A 'struct update_refs_record' represents …" for git's
  // sequencer.c, "Return fixturemarker or None …" for pytest's fixtures.py): it speaks when the declaration is
  // named like the module, or like its file (Java's `HTMLLayout` in HTMLLayout.java) where the file's doc would.
  // Go's "Package x …" in any file of the module's own package, not of a package below it (gh's `pkg/cmd`, a folder
  // of 100 command packages, had read "Package lock locks and unlocks conversations" from `pkg/cmd/issue/lock`).
  const ownPackage = (file: string): boolean => file.endsWith('.go') && file.slice(0, file.lastIndexOf('/') + 1) === (m.path === '' ? '' : `${m.path}/`);
  // (an entry file too: pandoc's data/init.lua is no entry of its templates)
  const fileSpeaks = (file: string, doc: string): boolean => few || (main.has(file) && mainSpeaks) || (ownPackage(file) && GO_PACKAGE_DOC.test(doc));
  // A namespace reopened in every file (Ruby's `module Jekyll`, C#'s `namespace`) speaks for the module from its main
  // file only: elsewhere the doc above it is its file's class's (jekyll's card had read convertible.rb's "Convertible
  // provides methods for converting a pagelike item …").
  // A test's doc speaks for its test, not for the code beside it (moshi's codegen card had read "For
  // JsonClassCodegenProcessorTest#extendJavaType.", a test fixture's Javadoc); a module of tests only is its tests.
  const hasCode = files.some((f) => f.language !== null && !isTestFile(f.path));
  return (file: string, doc: string, name?: string, kind?: SymbolKind): boolean =>
    !(hasCode && isTestFile(file)) &&
    ((namesIt?.test(firstSentence(doc)) === true && testOpener?.test(firstSentence(doc)) !== true) ||
    (name === undefined
      ? fileSpeaks(file, doc)
      : (isIt?.test(name) === true && (!REOPENED_KINDS.has(kind ?? 'class') || main.has(file) || few)) || (fileSpeaks(file, '') && sameName(name, fileStem(file)))));
};

/**
 * A declaration named like its file, in the singular or the plural: `req_retry` in httr2's `req-retries.R`, `Router` in
 * `routers.py`, as well as Java's `HTMLLayout` in HTMLLayout.java.
 */
const sameName = (name: string, stem: string): boolean => {
  const [a, b] = [squash(name), squash(stem)];
  const singular = (w: string): string => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  return a === b || (a.length >= 3 && singular(a) === singular(b));
};

const REOPENED_KINDS: ReadonlySet<SymbolKind> = new Set(['module', 'namespace']);
const TEST_WORD = /^(?:tests?|specs?|checks?)$/iu;
const TYPE_KINDS: ReadonlySet<SymbolKind> = new Set(['class', 'interface', 'struct', 'trait', 'protocol']);

/**
 * Writes the `modules` row of each given module from its files, symbols, README and edges: file
 * counts by language, bytes, docs and the deterministic summary. A row that exists is updated in
 * place, so its rowid (the key of its full-text row) stays. The edges must be current.
 */
export function writeModuleRows(db: Db, modules: Iterable<ModuleDef>, readmeOf: (m: ModuleDef) => string | undefined): void {
  const upsert = db.prepare(`INSERT INTO modules (id, path, name, description, manifest, readme, summary, file_count, bytes, languages, docs)
    VALUES (@id, @path, @name, @description, @manifest, @readme, @summary, @fileCount, @bytes, @languages, @docs)
    ON CONFLICT(id) DO UPDATE SET path = excluded.path, name = excluded.name, description = excluded.description,
      manifest = excluded.manifest, readme = excluded.readme, summary = excluded.summary, file_count = excluded.file_count,
      bytes = excluded.bytes, languages = excluded.languages, docs = excluded.docs`);
  const filesOf = db.prepare('SELECT path, language, size, docs FROM files WHERE module_id = ? ORDER BY path');
  const symbolsOf = db.prepare(`SELECT s.name, s.kind, s.file, s.exported, s.doc FROM symbols s JOIN files f ON f.path = s.file
    WHERE f.module_id = ? ORDER BY s.exported DESC, s.file, s.line LIMIT ${MAX_SYMBOLS}`);
  // Heaviest first, ties by id: the summary names the first few.
  const dependsOn = db.prepare('SELECT dst FROM edges WHERE src = ? ORDER BY weight DESC, dst').pluck();
  const usedBy = db.prepare('SELECT src FROM edges WHERE dst = ? ORDER BY weight DESC, src').pluck();
  const membersOf = memberCounts(db);
  const banners = bannerDocs(db);
  for (const m of modules) {
    const files = filesOf.all(m.id) as { path: string; language: string | null; size: number; docs: string }[];
    const languages: Record<string, number> = {};
    let bytes = 0;
    const docs: string[] = [];
    for (const f of files) {
      const lang = f.language ?? 'other';
      languages[lang] = (languages[lang] ?? 0) + 1;
      bytes += f.size;
    }
    const main = new Set<string>();
    const mainFirst = mainFilesFirst(files, m.path, (f) => main.add(f.path));
    const speaks = speaksFor(m, files, main);
    const fileOpeners: string[] = [];
    const exceptionOpeners: string[] = [];
    for (const f of mainFirst) {
      // (a file named as an exception type, `ToolsException.php`, describes an error: see `declared` below)
      const stem = f.path.slice(f.path.lastIndexOf('/') + 1).replace(/\..*$/u, '');
      for (const d of JSON.parse(f.docs) as string[]) {
        if (docs.length >= MAX_DOCS) break;
        docs.push(d);
        if (speaks(f.path, d) && !banners.has(d)) (EXCEPTION_TYPE.test(stem) ? exceptionOpeners : fileOpeners).push(d);
      }
    }
    const symbols = (symbolsOf.all(m.id) as { name: string; kind: SymbolKind; file: string; exported: number; doc: string | null }[]).map(
      (s): ModuleSymbol => ({ name: s.name, kind: s.kind, file: s.file, exported: s.exported === 1, ...(s.doc ? { doc: s.doc } : {}) }),
    );
    for (const s of symbols) if (s.doc && docs.length < MAX_DOCS) docs.push(s.doc);
    // What may open the summary: file docs, then exported types' and functions' docs, main files first
    // (a method's or constant's doc describes that member, not the module).
    const order = new Map(mainFirst.map((f, i) => [f.path, i]));
    const byMainFile = [...symbols].sort((a, b) => (order.get(a.file) ?? Infinity) - (order.get(b.file) ?? Infinity));
    // An exception type's doc says what went wrong, not what the module does: it speaks for a module of exceptions only
    // (doctrine's src/Tools, 43 files, read "Tools related Exceptions." from ToolsException, named like the module).
    const ofExceptions = byMainFile.some(isExceptionType) && byMainFile.every((s) => !TYPE_KINDS.has(s.kind) || !s.exported || isExceptionType(s));
    const declared = byMainFile.filter(
      (s) => s.doc !== undefined && s.exported && OPENER_KINDS.has(s.kind) && (ofExceptions || !isExceptionType(s)) && speaks(s.file, s.doc, s.name, s.kind),
    );
    // A module of three code files or fewer whose docs name neither it nor its file (jinja's nativetypes.py: no module docstring,
    // `NativeEnvironment`'s "An environment that renders templates to native Python types.") is described, after all
    // of those, by its biggest documented type: a class says what a file is for where a function's doc ("Return …")
    // says what one call does.
    const members = membersOf(m.id);
    const codeFiles = codeCounts(files).code;
    const typeDocs =
      codeFiles > 0 && codeFiles <= FEW_FILES
        ? byMainFile
            .filter((s) => s.doc !== undefined && s.exported && TYPE_KINDS.has(s.kind) && !isTestFile(s.file))
            .sort((a, b) => Number(isExceptionType(a)) - Number(isExceptionType(b)) || (members.get(b.name) ?? 0) - (members.get(a.name) ?? 0))
            .map((s) => s.doc as string)
        : [];
    const openers = [...fileOpeners, ...declared.map((s) => s.doc as string), ...(ofExceptions ? exceptionOpeners : []), ...typeDocs];
    const readme = readmeOf(m);
    const summary = summarizeModule({
      id: m.id, path: m.path, name: m.name, description: m.description, readme, fileCount: files.length, languages,
      symbols: byMainFile,
      docComments: docs, openers, dependsOn: dependsOn.all(m.id) as string[], usedBy: usedBy.all(m.id) as string[],
      members,
    });
    upsert.run({
      id: m.id, path: m.path, name: m.name ?? null, description: m.description ?? null, manifest: m.manifest ?? null,
      readme: readme ?? null, summary, fileCount: files.length, bytes, languages: JSON.stringify(languages), docs: JSON.stringify(docs),
    });
  }
}

/** A type named as an error or exception (`ToolsException`, `ParseError`, `ValidationErrors`). */
const EXCEPTION_TYPE = /(?:Exception|Error|Exceptions|Errors)$/u;
const isExceptionType = (s: ModuleSymbol): boolean => TYPE_KINDS.has(s.kind) && EXCEPTION_TYPE.test(s.name);

/**
 * The file docs that open files of two modules or more, BANNER_FILES files in all: the first line of a licence header
 * naming the project ("Bittorrent Client using Qt and libtorrent.", above the GPL in 527 of qBittorrent's files) says
 * nothing of any one module, and had been the description of its `webui` and `gui/powermanagement` cards. (A package doc
 * repeated in a few files of one package still describes it.)
 */
const BANNER_FILES = 3;
const bannerDocs = (db: Db): Set<string> => {
  const seen = new Map<string, { files: number; module: string; shared: boolean }>();
  for (const row of db.prepare("SELECT module_id AS module, docs FROM files WHERE docs <> '[]'").iterate() as Iterable<{ module: string; docs: string }>) {
    for (const d of new Set(JSON.parse(row.docs) as string[])) {
      const s = seen.get(d);
      if (s === undefined) seen.set(d, { files: 1, module: row.module, shared: false });
      else {
        s.files++;
        s.shared ||= s.module !== row.module;
      }
    }
  }
  return new Set([...seen].filter(([, s]) => s.files >= BANNER_FILES && s.shared).map(([d]) => d));
};
