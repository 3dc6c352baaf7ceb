import type { ModuleGraph } from '../graph/ModuleGraph.ts';
import { isMostlyTests } from '../graph/isTestFile.ts';
import { parsedFileCount } from './languageWords.ts';

/** What a supporting module is: 0 code, 1 tests, 2 examples (demos, samples, benchmarks), 3 public headers. */
export const SUPPORT_KIND = { code: 0, tests: 1, examples: 2, headers: 3 } as const;

/** Folder names of usage code: examples, demos, samples, benchmarks, playgrounds (`_examples` too, as Go spells it). */
const EXAMPLE_DIRS = new Set(['example', 'examples', 'sample', 'samples', 'demo', 'demos', 'bench', 'benches', 'benchmark', 'benchmarks', 'playground', 'playgrounds', 'tutorial', 'tutorials']);

/** Folder names of test support shipped inside a library (`sqlalchemy/testing`, `internal/testutil`): helpers, not tests by file name. */
const TEST_SUPPORT_DIRS = new Set(['testing', 'testutil', 'testutils', 'test_utils', 'testlib', 'test_support', 'testsupport', 'test_helpers', 'testhelpers']);

const hasSegmentIn = (path: string, names: ReadonlySet<string>): boolean => path.split('/').some((seg) => names.has(seg.toLowerCase().replace(/^[_.]+/u, '')));

/** Words of a folder name that make a build module a test suite or a benchmark (netty's `testsuite-http2`, `microbench`, `transport-blockhound-tests`). */
const TEST_WORDS = new Set(['test', 'tests', 'testsuite', 'testsuites']);
const EXAMPLE_WORDS = new Set([...EXAMPLE_DIRS, 'microbench', 'microbenchmark', 'microbenchmarks', 'jmh']);
const hasWordIn = (path: string, words: ReadonlySet<string>): boolean =>
  path.split('/').some((seg) => seg.toLowerCase().split(/[-_.]+/u).some((w) => words.has(w)));

/**
 * Per module, its SUPPORT_KIND. Tests: at least 80% of its files are tests or fixtures
 * (graph/isTestFile.ts), such as a top-level `test/` or `tests/` module, or a folder on its path is
 * named like test support (`sqlalchemy/testing`, whose docstrings describe every backend). Examples: a folder on its path
 * is named like examples, demos, samples or benchmarks. Both mirror the names of the code they use and
 * so match nearly any request about that code, yet a request concerns the code itself.
 */
export const findTestModules = (graph: ModuleGraph): Uint8Array => {
  const cFamily = graph.modules.map((m) => cFamilyFiles(m.files));
  const implementations = cFamily.some((c) => c.implementations > 0 && c.implementations >= c.headers);
  return Uint8Array.from(graph.modules, (m, i) => {
    if (m.files.length === 0) return SUPPORT_KIND.code;
    if (isMostlyTests(m.files) || hasSegmentIn(m.path, TEST_SUPPORT_DIRS) || hasWordIn(m.path, TEST_WORDS)) return SUPPORT_KIND.tests;
    if (hasWordIn(m.path, EXAMPLE_WORDS)) return SUPPORT_KIND.examples;
    return implementations && isPublicHeaders(cFamily[i] as CFamilyFiles) && !mostlyCpp(m.languages) ? SUPPORT_KIND.headers : SUPPORT_KIND.code;
  });
};

const HEADER = /\.(?:h|hh|hpp|hxx|h\+\+|inl|ipp)$/iu;
const IMPLEMENTATION = /\.(?:c|cc|cpp|cxx|c\+\+|m|mm)$/iu;

/** A module's C-family files: headers and implementations. */
interface CFamilyFiles {
  headers: number;
  implementations: number;
}

const cFamilyFiles = (files: readonly string[]): CFamilyFiles => {
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
const isPublicHeaders = ({ headers, implementations }: CFamilyFiles): boolean => headers > 0 && headers >= 0.9 * (headers + implementations);

const mostlyCpp = (languages: Record<string, number>): boolean => {
  const total = parsedFileCount(languages);
  return total > 0 && (languages.cpp ?? 0) >= 0.5 * total;
};

const ABOUT_TESTS = /\b(tests?|testing|tested|unit ?tests?|specs?|e2e|fixtures?|flaky|coverage|mocks?|mocking|snapshots?|assertions?|test ?cases?|test ?suites?)\b/iu;
const ABOUT_EXAMPLES = /\b(examples?|demos?|samples?|bench(es|marks?)?|playgrounds?|tutorials?)\b/iu;

/** Whether a request is about tests themselves ("fix the flaky e2e test", "test: cover…"). */
export const mentionsTests = (query: string): boolean => ABOUT_TESTS.test(query);

const ABOUT_HEADERS = /\b(headers?|include files?|public api|declarations?|declared|prototypes?|macros?)\b/iu;

/** Which supporting kinds a request is about, so those modules keep their full score. */
export const supportKindsMentioned = (query: string): Set<number> => {
  const kinds = new Set<number>();
  if (mentionsTests(query)) kinds.add(SUPPORT_KIND.tests);
  if (ABOUT_EXAMPLES.test(query)) kinds.add(SUPPORT_KIND.examples);
  if (ABOUT_HEADERS.test(query)) kinds.add(SUPPORT_KIND.headers);
  return kinds;
};
