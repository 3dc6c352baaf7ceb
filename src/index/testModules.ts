import type { ModuleGraph } from '../graph/ModuleGraph.ts';
import { isSourceFile } from '../graph/discovery/isSourceFile.ts';
import { holdsMainSources, isMostlyTests, isTestFile } from '../graph/isTestFile.ts';
import { DOCS_FOLDERS, isProseFile } from '../graph/codeTermBag.ts';
import { isBinaryAsset } from '../graph/isBinaryAsset.ts';
import { isDataModule } from './isDataModule.ts';
import { parsedFileCount } from './languageWords.ts';

/**
 * What a supporting module is: 0 code, 1 tests, 2 examples (demos, samples, benchmarks), 3 public headers, 4 TypeScript
 * declarations of JavaScript code, 5 documentation, 6 a legacy copy of other code, 7 screens (isScreens), 8 data shapes
 * (isDataModule).
 */
export const SUPPORT_KIND = { code: 0, tests: 1, examples: 2, headers: 3, declarations: 4, docs: 5, legacy: 6, screens: 7, data: 8 } as const;

/** Code, screens or data shapes: what the product is made of (its tests, examples and docs are about it). */
export const isCodeKind = (kind: number): boolean => kind === SUPPORT_KIND.code || kind === SUPPORT_KIND.screens || kind === SUPPORT_KIND.data;

/** Files of what a user sees: single-file components, markup and templates, style sheets. */
const SCREEN_FILE = /\.(?:vue|svelte|html?|haml|erb|slim|hbs|handlebars|mustache|twig|jinja2?|j2|liquid|njk|ejs|pug|jade|css|scss|sass|less|styl)$|\.blade\.php$/u;
/**
 * React components where an app keeps its screens (`components/`, `pages/`, `views/`, `screens/`, `containers/`,
 * `layouts/`): a `.tsx` anywhere else may be a library's code. Overseerr's and linkwarden's Next.js front ends had led
 * their servers' requests (522 review stores 80.13 → 80.31 at rank 1, +28 −9; `.tsx` counted everywhere lost as many as
 * it won). Flutter's Dart pages likewise, and its `widgets/` (in Flutter every piece of a screen is a widget): RustDesk's
 * `flutter/` front end had led requests its Rust code answers (539 review stores +4 −2 at rank 1, ranks of the gold module
 * up in 12 requests of three Flutter apps, down in 2).
 */
const COMPONENT_FILE = /(?:^|\/)(?:components|pages|views|screens|containers|layouts)\/(?:[^/]+\/)*[^/]+\.(?:[jt]sx|dart)$|(?:^|\/)widgets\/(?:[^/]+\/)*[^/]+\.dart$/u;
/** Share of a module's files (binary assets aside) from which it is screens. */
const SCREEN_SHARE = 0.3;

/**
 * A module of screens: at least SCREEN_SHARE of its files (images and fonts aside) are Vue or Svelte components,
 * templates (HTML, HAML, ERB, Blade, Twig, Jinja …) or style sheets: a web app's front end beside its server
 * (uptime-kuma's `src/`, postal's `app/views`, Monica's `resources/`). Its pages name every feature the product shows,
 * so a request in a user's words meets them first, while the change it asks for lands most often in the logic behind
 * them. React's `.tsx` and `.jsx` and Flutter's `.dart` count in the folders an app keeps its screens in (COMPONENT_FILE) only.
 */
export const isScreens = (files: readonly string[]): boolean => {
  let all = 0;
  let screens = 0;
  for (const file of files) {
    if (isBinaryAsset(file)) continue;
    all++;
    if (SCREEN_FILE.test(file) || COMPONENT_FILE.test(file)) screens++;
  }
  return all > 0 && screens >= SCREEN_SHARE * all;
};

/** Folder names of usage code: examples, demos, samples, benchmarks, playgrounds (`_examples` too, as Go spells it). */
const EXAMPLE_DIRS = new Set(['example', 'examples', 'sample', 'samples', 'demo', 'demos', 'bench', 'benches', 'benchmark', 'benchmarks', 'playground', 'playgrounds', 'tutorial', 'tutorials']);

/** Folder names of test support shipped inside a library (`sqlalchemy/testing`, `internal/testutil`): helpers, not tests by file name. */
const TEST_SUPPORT_DIRS = new Set(['testing', 'testutil', 'testutils', 'test_utils', 'testlib', 'test_support', 'testsupport', 'test_helpers', 'testhelpers']);

const hasSegmentIn = (path: string, names: ReadonlySet<string>): boolean => path.split('/').some((seg) => names.has(seg.toLowerCase().replace(/^[_.]+/u, '')));

/** Words of a folder name that make a build module a test suite or a benchmark (netty's `testsuite-http2`, `microbench`, `transport-blockhound-tests`). */
const TEST_WORDS = new Set(['test', 'tests', 'testsuite', 'testsuites']);
/** A folder named for benchmarks: a benchmark word (`MediatR.Benchmarks`, `microbench`), or performance tests (`perf-testing`). */
const BENCHMARK_WORDS = new Set(['bench', 'benches', 'benchmark', 'benchmarks', 'microbench', 'microbenchmark', 'microbenchmarks', 'jmh']);
const EXAMPLE_WORDS = new Set([...EXAMPLE_DIRS, ...BENCHMARK_WORDS]);
/** Folders of the code samples a documentation site shows (FastAPI's `docs_src/`: 408 tutorial apps in a user's words). */
const EXAMPLE_SEGMENTS = new Set(['docs_src', 'docs-src', 'doc_src', 'code_samples', 'code-samples']);
/** A folder of snippets is examples unless it is the code of a snippets feature (VS Code's `contrib/snippets`). */
const SNIPPET_SEGMENTS = new Set(['snippets']);
const namesBenchmarks = (segment: string): boolean => {
  const words = segment.toLowerCase().split(/[-_.\s]+/u).filter((w) => w !== '');
  return words.some((w) => BENCHMARK_WORDS.has(w)) || (words.some((w) => w === 'perf' || w === 'performance') && words.some((w) => /^test(?:s|ing)?$/u.test(w)));
};
/** (a folder name's words are split at spaces too: Alamofire's `watchOS Example` app had counted as code) */
const hasWordIn = (path: string, words: ReadonlySet<string>): boolean =>
  path.split('/').some((seg) => seg.toLowerCase().split(/[-_.\s]+/u).some((w) => words.has(w)));
/**
 * Like hasWordIn, but the singular `test` only as a folder name's first or last word (`test-utils`,
 * `integration-test`): inside a name it qualifies the head word, and a test runner's code is named so (Jest's
 * `jest-test-sequencer` and `jest-test-result` had been taken for test suites and ranked down).
 */
const namesTests = (path: string): boolean =>
  path.split('/').some((seg) => {
    const words = seg.toLowerCase().split(/[-_.\s]+/u).filter((w) => w !== '');
    return words.some((w, i) => TEST_WORDS.has(w) && (w !== 'test' || i === 0 || i === words.length - 1));
  });

/**
 * Exported declarations outside test files from which a module counts as code however many test files and
 * fixtures it holds: Jest's `jest-runtime` is 2 source files beside 92 fixtures, Hugo's `media` and
 * kotlinx-coroutines' core hold more test data than code, and each was ranked down as a test suite. A test
 * folder's helpers rarely export this many.
 */
const CODE_SYMBOLS = 20;

const exportedCodeSymbols = (symbols: readonly { exported: boolean; file: string }[]): number => {
  let n = 0;
  for (const s of symbols) if (s.exported && !isTestFile(s.file)) n++;
  return n;
};

/**
 * Per module, its SUPPORT_KIND. Tests: at least 80% of its files are tests or fixtures
 * (graph/isTestFile.ts), such as a top-level `test/` or `tests/` module, unless its other files export
 * CODE_SYMBOLS names; or a folder on its path is named like test support (`sqlalchemy/testing`, whose
 * docstrings describe every backend) or a test suite (namesTests). Examples: a folder on its path is named like
 * examples, demos, samples or benchmarks. Both mirror the names of the code they use and so match nearly any
 * request about that code, yet a request concerns the code itself; so do a docs site's code samples
 * (EXAMPLE_SEGMENTS: `docs_src/`; `snippets/` unless it exports CODE_SYMBOLS names). Headers: C-family public headers (isPublicHeaders); declarations:
 * TypeScript declarations of JavaScript code (scriptFiles); docs: a documentation folder (DOCS_FOLDERS) that is
 * not mostly source files and exports fewer than CODE_SYMBOLS names.
 */
export const findTestModules = (graph: ModuleGraph): Uint8Array => {
  const cFamily = graph.modules.map((m) => cFamilyFiles(m.files));
  // C++ headers whose implementations another module holds, stem by stem (newsboat's `include/history.h` beside
  // `src/history.cpp`), declare what is built there; those without (mapnik's templates) are code themselves. A test's
  // file of the same stem implements nothing (pybind11's `tests/test_cmake_build/embed.cpp` beside `embed.h`).
  // An implementation file declaring a tenth of its header's names or less implements little of it: fmt's src/format.cc
  // (1 name, explicit instantiations) beside include/fmt/format.h (153), whose templates are the code.
  const implementedIn = new Map<string, { id: string; file: string }[]>();
  const declared = new Map<string, number>();
  graph.modules.forEach((m) => {
    for (const s of m.symbols) declared.set(s.file, (declared.get(s.file) ?? 0) + 1);
    for (const f of m.files) if (IMPLEMENTATION.test(f) && !isTestFile(f)) (implementedIn.get(fileStemOf(f)) ?? implementedIn.set(fileStemOf(f), []).get(fileStemOf(f))!).push({ id: m.id, file: f });
  });
  const declaresElsewhere = (files: readonly string[], id: string): boolean => {
    let headers = 0;
    let paired = 0;
    for (const f of files) {
      if (!HEADER.test(f)) continue;
      headers++;
      const elsewhere = (implementedIn.get(fileStemOf(f)) ?? []).filter((o) => o.id !== id);
      const names = elsewhere.reduce((n, o) => n + (declared.get(o.file) ?? 0), 0);
      if (elsewhere.length > 0 && names >= IMPLEMENTED_SHARE * (declared.get(f) ?? 0)) paired++;
    }
    return headers > 0 && paired >= PAIRED_SHARE * headers;
  };
  const implementations = cFamily.some((c) => c.implementations > 0 && c.implementations >= c.headers);
  // A header of C++ code that holds only preprocessor lines (spdlog's `fmt/chrono.h`: `#include "bundled/chrono.h"`)
  // reads as C: in a repository with no C source file at all, a module with C++ files is C++. (Where C sources
  // are, a C library's headers beside a few C++ ones stay C headers.)
  const cSources = graph.modules.some((m) => m.files.some((f) => C_SOURCE.test(f)));
  const cppModule = (m: ModuleGraph['modules'][number]): boolean => mostlyCpp(m.languages) || (!cSources && (m.languages.cpp ?? 0) > 0);
  const typed = graph.modules.map((m) => scriptFiles(m.files, typeOnlyFiles(m.symbols)));
  const scripts = typed.some((s) => s.implementations > 0 && s.implementations >= s.headers);
  // A snippets folder no other module uses is a docs site's code samples, however many names it declares (Polly's
  // src/Snippets, in the top 3 for 18 of 20 review requests); a snippets feature of the code is used by it.
  const used = new Set(graph.edges.filter((e) => e.from !== e.to).map((e) => e.to));
  const copies = legacyCopies(graph);
  const mostly = new Map(graph.modules.map((m) => [m.id, isMostlyTests(m.files) && (namesTests(m.path) || !holdsMainSources(m.files))]));
  // The modules that code imports (a code module's edges leave out its test files' imports: store/updateEdges.ts). A
  // folder of mostly tests that code imports ships code: gorm's `utils` (utils.go beside three tests and the
  // `utils/tests` fixtures) is imported by eight packages, and it had been ranked down as a test suite.
  const usedByCode = new Set(graph.edges.filter((e) => e.from !== e.to && mostly.get(e.from) === false && !namesTests(e.from)).map((e) => e.to));
  return Uint8Array.from(graph.modules, (m, i) => {
    if (m.files.length === 0) return SUPPORT_KIND.code;
    const sources = sourceFiles(m.files);
    // The share of tests is counted over the source files, all files where there are none (isMostlyTests).
    // A library named for testing that holds code, not tests, is code its users call (koin's `koin-test`: checkModules,
    // declareMock; Spring's `spring-test`), however its folder reads.
    // A build's main source set is the product however many tests sit beside it: Exposed's spring-transaction holds two
    // files in src/main and fourteen in src/test, and its SpringTransactionManager ranked 6th for its own name.
    const mostlyTests = mostly.get(m.id) === true && !(usedByCode.has(m.id) && !namesTests(m.path) && exportedCodeSymbols(m.symbols) > 0);
    const library = !mostlyTests && exportedCodeSymbols(m.symbols) >= CODE_SYMBOLS;
    // A benchmark suite is named so by its own folder, inside a test folder or not (MediatR's `test/MediatR.Benchmarks`,
    // immer's `perf-testing`): examples, lifted by a request about benchmarks, not tests.
    const own = m.path.slice(m.path.lastIndexOf('/') + 1);
    // A top-level `performance/` or `perf/` folder that no module imports measures the code (marshmallow's
    // `performance/benchmark.py`), lifted by a request about benchmarks like any benchmark suite.
    if (namesBenchmarks(own) || (/^perf(?:ormance)?$/iu.test(m.path) && !used.has(m.id))) return SUPPORT_KIND.examples;
    // Go marks its tests by file name alone: a package in a folder named `test` whose files are no `_test.go` is a library
    // for tests, which users import (logrus's `hooks/test`: NewNullLogger, NewGlobal), as the standard `httptest` is.
    // (a package below another, named so itself: not a top-level `test/` tree, nor `test/e2e/framework`)
    const goPackage = m.path.includes('/') && namesTests(own) && sources.length > 0 && sources.every((f) => f.endsWith('.go')) &&
      m.symbols.some((s) => s.exported && !s.file.endsWith('_test.go'));
    // A test-support folder that is a build's main source set is a published testing library (circe's
    // `modules/testing/shared/src/main/scala`: CodecLaws, ArbitraryInstances), not a library's internal helpers.
    const supportFolder = hasSegmentIn(m.path, TEST_SUPPORT_DIRS) && !holdsMainSources(m.files);
    if (!goPackage && ((mostlyTests && exportedCodeSymbols(m.symbols) < CODE_SYMBOLS) || supportFolder || (namesTests(m.path) && !library))) return SUPPORT_KIND.tests;
    if (hasWordIn(m.path, EXAMPLE_WORDS) || hasSegmentIn(m.path, EXAMPLE_SEGMENTS) || (hasSegmentIn(m.path, SNIPPET_SEGMENTS) && (exportedCodeSymbols(m.symbols) < CODE_SYMBOLS || !used.has(m.id)))) return SUPPORT_KIND.examples;
    // A folder named like docs that is mostly source files is a program (Go's `cmd/doc`), not documentation.
    // One of prose with a few components (tRPC's www: 244 pages beside 50 source files exporting 47 names) is docs still.
    // A folder of prose alone, whatever its name, is read, not run: serilog's `results/` (30 benchmark reports) had
    // filled top-10 lists with an empty card.
    if (sources.length === 0 && m.files.some(isProseFile) && m.files.every((f) => isProseFile(f) || isBinaryAsset(f))) return SUPPORT_KIND.docs;
    if (hasSegmentIn(m.path, DOCS_FOLDERS) && (exportedCodeSymbols(m.symbols) < CODE_SYMBOLS ? sources.length * 2 < m.files.length : sources.length * 4 < m.files.length)) return SUPPORT_KIND.docs;
    // Headers are counted against the module's source files less its tests.
    let code = 0;
    for (const f of sources) if (!isTestFile(f)) code++;
    if (implementations && isPublicHeaders(cFamily[i] as HeaderCounts, code) && (!cppModule(m) || declaresElsewhere(m.files, m.id))) return SUPPORT_KIND.headers;
    if (scripts && isPublicHeaders(typed[i] as HeaderCounts, code)) return SUPPORT_KIND.declarations;
    if (copies.has(m.id)) return SUPPORT_KIND.legacy;
    if (isScreens(m.files)) return SUPPORT_KIND.screens;
    return isDataModule(m.path, m.symbols) ? SUPPORT_KIND.data : SUPPORT_KIND.code;
  });
};

/**
 * A folder of an older version kept beside the live code: `v1`, `legacy`, `old`, `compat`. (Not `v2` and on: Go keeps a
 * module's new major version in `v2/`, and an API's versions, `api/v1` beside `api/v2`, are all live.)
 */
const LEGACY_FOLDER = /^(?:v[01]|legacy|old|compat)$/iu;
const VERSION_FOLDER = /^v\d+(?:(?:alpha|beta|rc)\d*)?$/iu;
/** File stems that every package has (`__init__.py`, `index.ts`, `mod.rs`): they say nothing of a copy. */
const COMMON_STEMS = new Set(['__init__', 'index', 'mod', 'lib', 'main', 'init', 'utils', 'util', 'types', 'errors', 'version', '_version', 'py', 'conftest']);

/**
 * Modules that are a legacy copy of code the repository keeps live elsewhere: a folder named like an older
 * version (LEGACY_FOLDER) at least half of whose source files (3 or more) have a namesake in one other module, its
 * parent's or a sibling's, that is not itself a version's folder.
 * pydantic's `pydantic/v1` (the whole 1.x library, beside its 2.x `pydantic/`) was the first answer to 6 of its
 * review's 8 lexical misses: a request is about the code as it is, unless it names the old version.
 */
const legacyCopies = (graph: ModuleGraph): Set<string> => {
  const out = new Set<string>();
  const folder = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
  const candidates = graph.modules.filter((m) => LEGACY_FOLDER.test(folder(m.path)));
  if (candidates.length === 0) return out;
  const stem = (f: string): string => f.slice(f.lastIndexOf('/') + 1).replace(/\..*$/u, '').toLowerCase();
  const stemsOf = (m: ModuleGraph['modules'][number]): Set<string> => new Set(sourceFiles(m.files).filter((f) => !isTestFile(f)).map(stem));
  const parentOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
  for (const m of candidates) {
    const stems = [...stemsOf(m)].filter((s) => !COMMON_STEMS.has(s));
    // The code it copies is its parent's or a sibling's (`internal/handler/v1` named like `internal/service` is a layer,
    // no copy), and no other version's folder (`api/v1` beside `api/v1beta1`: one of several live versions).
    const parent = parentOf(m.path);
    let best = 0;
    for (const o of graph.modules) {
      if (o === m || (o.path !== parent && parentOf(o.path) !== parent) || LEGACY_FOLDER.test(folder(o.path)) || VERSION_FOLDER.test(folder(o.path))) continue;
      const theirs = stemsOf(o);
      best = Math.max(best, stems.filter((s) => theirs.has(s)).length);
    }
    if (best >= 3 && best * 2 >= stems.length) out.add(m.id);
  }
  return out;
};

/**
 * A module's source files (by extension): what its share of tests, its documentation and its headers are
 * counted over. A Go package keeps its test data beside its code (Prometheus' `discovery/file`: file.go,
 * file_test.go and 6 fixtures; `cmd/prometheus`, a main package that exports nothing), and the fixtures had made
 * it a test module.
 */
const sourceFiles = (files: readonly string[]): string[] => files.filter((f) => isSourceFile(f.slice(f.lastIndexOf('/') + 1)));

const DECLARATION = /\.d\.[mc]?ts$/iu;
const SCRIPT = /\.(?:[mc]?[jt]s|[jt]sx)$/iu;

/**
 * A module's TypeScript declarations (`.d.ts`) as headers and its JavaScript and TypeScript code as
 * implementations: a folder of declarations beside a JavaScript library (Chart.js's `types/`, whose option docs
 * describe every feature in prose and declare each helper again) is its public headers, and led 9 of the 13
 * misses of that review's finer store. Its type tests (`types/tests/*.ts`) are no implementation.
 */
const scriptFiles = (files: readonly string[], typeOnly: ReadonlySet<string> = new Set()): HeaderCounts => {
  let headers = 0;
  let implementations = 0;
  for (const f of files) {
    if (DECLARATION.test(f) || typeOnly.has(f)) headers++;
    else if (SCRIPT.test(f) && !isTestFile(f)) implementations++;
  }
  return { headers, implementations };
};

const TYPE_ONLY_KINDS: ReadonlySet<string> = new Set(['type', 'interface']);

/**
 * TypeScript files that declare types and interfaces and nothing else: declarations as much as a `.d.ts` (ky's
 * `source/types/options.ts` documents every option in the words requests use, while `core/Ky.ts` acts on them).
 */
const typeOnlyFiles = (symbols: readonly { file: string; kind: string }[]): Set<string> => {
  const kinds = new Map<string, boolean>();
  for (const s of symbols) {
    if (!/\.[mc]?tsx?$/u.test(s.file) || DECLARATION.test(s.file)) continue;
    kinds.set(s.file, (kinds.get(s.file) ?? true) && TYPE_ONLY_KINDS.has(s.kind));
  }
  return new Set([...kinds].filter(([, only]) => only).map(([file]) => file));
};

const HEADER = /\.(?:h|hh|hpp|hxx|h\+\+|inl|ipp)$/iu;
/** Share of a C++ header folder's headers with a same-stem implementation in another module for it to count as declarations. */
const PAIRED_SHARE = 0.5;
/** Share of a header's declared names its same-stem implementations must declare for it to count as implemented there. */
const IMPLEMENTED_SHARE = 0.1;
const fileStemOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]*$/u, '').toLowerCase();
const IMPLEMENTATION = /\.(?:c|cc|cpp|cxx|c\+\+|m|mm)$/iu;

/** A module's headers and the implementations they declare (C-family files, or TypeScript declarations and scripts). */
interface HeaderCounts {
  headers: number;
  implementations: number;
}

const cFamilyFiles = (files: readonly string[]): HeaderCounts => {
  let headers = 0;
  let implementations = 0;
  for (const f of files) {
    if (HEADER.test(f)) headers++;
    else if (IMPLEMENTATION.test(f)) implementations++;
  }
  return { headers, implementations };
};

/**
 * A folder of public headers (`include/`, GNUstep's `Headers/`): its doc comments describe the whole API in
 * the words every request uses, while the change is in the implementation (SDL2's `include` led 5 of its 40
 * review requests, GNUstep's `Headers` 7 of 20). Only where some module holds the implementations, and not
 * C++'s: its headers hold code (templates, inline members; mapnik's `include/mapnik` is half its library).
 */
const isPublicHeaders = ({ headers, implementations }: HeaderCounts, codeFiles: number): boolean =>
  // Against all its code too: scikit-learn's `linear_model` (Python, Cython and one helper header) was ranked as headers.
  headers > 0 && headers >= 0.9 * Math.max(headers + implementations, codeFiles);

const C_SOURCE = /\.c$/u;

const mostlyCpp = (languages: Record<string, number>): boolean => {
  const total = parsedFileCount(languages);
  return total > 0 && (languages.cpp ?? 0) >= 0.5 * total;
};

// (the singular "spec" is a specification, "the GraphQL spec", "follows the spec", unless it is a spec file or suite:
// absinthe's test suite had kept its full score on two requests that cited the spec, and led both)
const ABOUT_TESTS = /\b(tests?|testing|tested|unit ?tests?|specs|spec (?:files?|suites?|helpers?)|e2e|fixtures?|flaky|coverage|mocks?|mocking|snapshots?|assertions?|test ?cases?|test ?suites?|fuzz(?:ing|ers?)?|fuzzed)\b/iu;
const ABOUT_EXAMPLES = /\b(examples?|demos?|samples?|snippets?|bench(es|marks?)?|playgrounds?|tutorials?)\b/iu;
/** Words of a request about the documentation itself. */
// (a request that opens "Document …" asks for docs, as one about "the guide" does: cowboy's "Document Sec-WebSocket-Protocol in the guide")
// (not the noun or a class: "Document outline is empty", "Document.select() returns …", "Snapping to guides")
const ABOUT_DOCS = /\b(docs?|documentation|documented|tutorials?|(?:user|developer|migration|upgrade|style|contributing|getting[- ]started|the|our) guides?|readme|man ?pages?|manual|handbook|faq|website|typos?|translations?|translated)\b/iu;
/** "Document …" as a verb: before an article or a name (cased as written). */
const DOCUMENT_VERB = /^\s*[Dd]ocument\s+(?:the|how|what|when|why|that|which|a|an|our|its|[A-Z`'"])/u;

const ABOUT_TESTS_ALL = new RegExp(ABOUT_TESTS.source, 'giu');

/**
 * Tests a user writes of their own code, with the library's testing support: "in my unit tests", "write unit tests
 * that return canned responses", "testing a FastAPI app in-process", "chaos testing". They ask about that support
 * (click's `testing.py`, httpx's mock transport, Polly's chaos strategies), not the repository's test suite.
 */
const USERS_OWN_TESTS =
  /\b(?:(?:my|your|their)\s+(?:own\s+)?(?:(?:unit|integration|e2e|end-to-end)\s+)?(?:tests?|test suites?|specs?)|in\s+(?:(?:unit|integration)\s+)?tests\s+(?:I|we)|write\s+(?:(?:unit|integration)\s+)?tests|testing\s+(?:a|an|my|our|the)\s+(?:[\w-]+\s+){0,2}(?:app|application|service|api|server|client|code|project)|chaos\s+testing)\b/giu;

/**
 * Docs a user writes or a tool makes of their own project, and a command written as code: "the table of contents of my
 * documentation", "our docs site", a command line written as code (`` `typer my_app utils docs` ``; not a path, `docs/api.md`).
 * They ask about the code that makes them (typer's docs command), not the repository's docs. Nor do docs a message links
 * to, or a docs preview a bot posts (sqlmodel: "the deprecation warning should link to the documentation page").
 */
const USERS_OWN_DOCS = /\b(?:my|our|your|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:docs?|documentation|readme|manual)\b|`[^`\n]*\s[^`\n]*`|\b(?:links?|linking|linked|points?|pointing|refers?|referring)\s+(?:to|into)\s+(?:the\s+)?(?:docs?|documentation)\b|\bdocs?\s+previews?\b/giu;

/** A test word's key: `tests`, `testing`, `unit tests` → test; `mocking` → mock; `snapshots` → snapshot. */
const testWordKey = (match: string): string => {
  const words = match.toLowerCase().split(/\s+/u);
  const word = words.length > 1 && words[0] === 'unit' ? (words[1] ?? '') : (words[0] ?? '');
  if (/^test/u.test(word)) return 'test';
  if (/^mock/u.test(word)) return 'mock';
  return word.replace(/s$/u, '');
};

/**
 * Whether a request is about tests themselves ("fix the flaky e2e test", "test: cover…"). A test word that
 * names code of the repository (`codeWords`, from codeModuleWords) does not count: in a test runner every
 * request says "test" (Jest's `jest-test-sequencer`), "mock" or "snapshot", and its e2e suite, kept at full
 * score, had led 5 of 20 review requests about the runner's own behaviour.
 */
export const mentionsTests = (raw: string, codeWords?: ReadonlySet<string>): boolean => {
  const query = raw.replace(USERS_OWN_TESTS, ' ');
  if (codeWords === undefined || codeWords.size === 0) return ABOUT_TESTS.test(query);
  for (const m of query.matchAll(ABOUT_TESTS_ALL)) if (!codeWords.has(testWordKey(m[0]))) return true;
  return false;
};

/** A whole word that is a test word (`testutil` and `mockserver` are not: one such package must not turn every request's "tests" into code). */
const TEST_WORD = new RegExp(`^(?:${ABOUT_TESTS.source.replace(/^\\b\(|\)\\b$/gu, '')})$`, 'iu');

/**
 * The test words (testWordKey keys) that are whole words of the ids of the modules that are code (kind 0):
 * there they name part of the code.
 */
export const codeModuleWords = (ids: readonly string[], kinds: Uint8Array): Set<string> => {
  const out = new Set<string>();
  ids.forEach((id, i) => {
    if (!isCodeKind(kinds[i] ?? 0)) return;
    for (const w of id.replace(/([a-z])([A-Z])/gu, '$1 $2').toLowerCase().split(/[^a-z0-9]+/u)) if (TEST_WORD.test(w)) out.add(testWordKey(w));
  });
  return out;
};

/**
 * The test words the product itself is named or described by: a testing tool's (vitest's "Next generation testing
 * framework", Mockito's "mocking framework for unit tests") requests say "test", "mock" and "coverage" of its own
 * code, and its 22 test suites kept at full score had filled the top 10 of 15 of vitest's 20 review requests.
 * The product is the largest code module and the root module, by their manifests' names and descriptions.
 */
export const productTestWords = (modules: readonly { path: string; files: readonly string[]; name?: string; description?: string }[], kinds: Uint8Array): Set<string> => {
  const out = new Set<string>();
  let largest: (typeof modules)[number] | undefined;
  modules.forEach((m, i) => {
    if (!isCodeKind(kinds[i] ?? 0)) return;
    if (largest === undefined || m.files.length > largest.files.length) largest = m;
  });
  const product = [largest, modules.find((m, i) => m.path === '' && isCodeKind(kinds[i] ?? 0))];
  for (const m of product) {
    if (m === undefined) continue;
    const text = `${m.name ?? ''} ${m.description ?? ''}`;
    for (const match of text.matchAll(ABOUT_TESTS_ALL)) {
      // what the product is, not how well it is made: "fully tested", "battle-tested", "spec-compliant"
      const end = match.index + match[0].length;
      if (/^tested$/iu.test(match[0]) || text[match.index - 1] === '-' || text[end] === '-') continue;
      out.add(testWordKey(match[0]));
    }
  }
  return out;
};

/** Header words besides "header" itself. */
const HEADER_WORDS = /\b(include files?|public api|declarations?|declared|prototypes?|macros?)\b/iu;
const ABOUT_DECLARATIONS = /\b(declarations?|declared)\b/iu;
/**
 * "Header" in the HTTP sense (a request or response header, `Retry-After`, `Content-Type`): Fastify's
 * review lost three requests to its `types/` folder kept at full score by it. Only the header word is
 * discounted; "header file", `.h`, "include", "prototype" still speak of headers.
 */
const HTTP_HEADER = /\b(?:https?|requests?|responses?|repl(?:y|ies)|cookies?|cors|proxy|status code|[A-Z][a-z]+(?:-[A-Z][a-z]+)+)\b/u;
const aboutHeaders = (query: string): boolean =>
  HEADER_WORDS.test(query) || (/\bheaders?\b/iu.test(query) && (!HTTP_HEADER.test(query) || /\bheader files?\b|\.h\b/iu.test(query)));
/** Words of a request about TypeScript declarations (only those: "more numeric types" in C says nothing of headers). */
/** A request about an older version: "pydantic.v1", "the legacy API", "V1 models", "backwards compatibility". */
const ABOUT_LEGACY = /\b(?:v\d+|legacy|old(?:er)? (?:api|version|versions|release|releases)|compat|compatibility|backport(?:ed|s)?)\b/iu;
const ABOUT_TYPES = /\b(types?|typed|typings?|type definitions?|typescript|d\.ts)\b/iu;

/**
 * Words of a request about what a page looks like or how it is used ("the side menu stays open", "keyboard shortcuts
 * don't work", "strings in the views are not translated"): screens keep their score.
 */
const ABOUT_SCREENS = /\b(?:pop-?ups?|menus?|sidebar|buttons?|dialogs?|modals?|tooltips?|icons?|layout|css|styles?|styling|themes?|dark mode|light mode|colou?rs?|fonts?|scroll(?:s|ing|bar)?|keyboard shortcuts?|shortcuts?|hotkeys?|drag(?:s|ging|ged)?|click(?:s|ing|ed)?|columns?|html|templates?|translations?|translated|i18n|responsive|animations?|checkbox(?:es)?|dropdowns?|placeholder|rendered|renders?)\b/iu;

/** Words of a request about the shape of data: "the API response lacks a field", "a DTO", "the model's properties". */
const ABOUT_DATA = /\b(?:models?|dtos?|entit(?:y|ies)|schemas?|fields?|propert(?:y|ies)|attributes?|payloads?|serializ\w*|deserializ\w*|json|structs?|enums?)\b/iu;

/** Which supporting kinds a request is about, so those modules keep their full score. */
export const supportKindsMentioned = (query: string, codeWords?: ReadonlySet<string>): Set<number> => {
  const kinds = new Set<number>();
  if (mentionsTests(query, codeWords)) kinds.add(SUPPORT_KIND.tests);
  if (ABOUT_EXAMPLES.test(query)) kinds.add(SUPPORT_KIND.examples);
  if (ABOUT_DOCS.test(query.replace(USERS_OWN_DOCS, ' ')) || DOCUMENT_VERB.test(query)) kinds.add(SUPPORT_KIND.docs);
  if (aboutHeaders(query)) kinds.add(SUPPORT_KIND.headers);
  // TypeScript declarations by their own words: a JavaScript library's "headers" are HTTP's.
  if (ABOUT_TYPES.test(query) || ABOUT_DECLARATIONS.test(query)) kinds.add(SUPPORT_KIND.declarations);
  if (ABOUT_LEGACY.test(query)) kinds.add(SUPPORT_KIND.legacy);
  if (ABOUT_SCREENS.test(query)) kinds.add(SUPPORT_KIND.screens);
  if (ABOUT_DATA.test(query)) kinds.add(SUPPORT_KIND.data);
  return kinds;
};
