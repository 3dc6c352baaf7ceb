import { isSourceFile } from './discovery/isSourceFile.ts';
/**
 * Tests and fixtures by path: test directories (`test/`, `__tests__/`, `spec/`, `e2e/`, fixtures, fuzzers and their corpora,
 * `unittests/`, `integration_tests/` and `integration_test/` (ecto's, whose cases are plain `.exs` files), Meson's `test cases/` and `manual tests/`, the BSDs' and OpenSSH's `regress/`, not a
 * statistics package's `regression/`) and
 * test file names of the common ecosystems (`x.test.ts`, `x.spec.js`, tsd's type tests `x.test-d.ts` (commander's `typings/index.test-d.ts`
 * had made its declarations folder read as code), Cucumber's, behave's and Behat's `x.feature` scenarios and their
 * `features/step_definitions/`, `features/steps/` and `features/support/` code (httparty's `features/` had won a request
 * on its test server's digest authentication), `x_test.go`, `x_unittest.cc`, ninja's `x_perftest.cc`,
 * `test_x.py`, `conftest.py`, `XTest.java`, `XTests.m`, a test base class `XTestCase.php` (flysystem's adapters keep
 * `FtpAdapterTestCase.php` beside the adapter, and its test names had won a request about moving files), `x_spec.rb` and busted's `x_spec.lua`, `XTest.php`, Perl's `t/` and `x.t`,
 * Common Test's `x_SUITE.erl` and its `x_SUITE_data/` fixtures (rebar3's `systest/all_SUITE_data/` holds
 * whole projects), EUnit's `x_tests.erl` but no `x_test.erl` (rebar3's `rebar_prv_common_test.erl` is the
 * provider that runs Common Test); Swift's and Xcode's `Tests/`), and test projects named by suffix (.NET's `Foo.Tests/`,
 * `Foo.UnitTests/`, Maven's `transport-tests/`: Newtonsoft.Json's test project holds 283 helper files not
 * named as tests). Used to keep tests out of the code field and to tell test modules apart.
 */
const TEST_FILE = /(^|\/)(t|tests?|Tests?|(Unit|Integration)Tests?|[a-z][A-Za-z0-9]*Test|testFixtures|__tests__|(?:[Uu]nit|[Ii]ntegration|[Ff]unctional|[Rr]egression|[Mm]anual|[Ss]ystem|[Ee]nd[ _-]?to[ _-]?end)[ _-]?tests?|[Tt]est[ _-]?(?:cases|suites?|files|inputs|resources)|specs?|regress|testdata|testdir|test-data|fixtures?|__fixtures__|__testfixtures__|__mocks__|e2e|fuzz|fuzzing|fuzz[-_]?data|fuzzers?)\/|(^|\/)[\w.-]+(\.(Unit|Integration|Functional)?Tests?|[._-]tests)\/|\.(test|spec)\.[^/]+$|\.test-d\.[cm]?tsx?$|\.feature$|(^|\/)features\/(?:step_definitions|steps|support)\/|[_-](unit|perf)?tests?\.(?!erl$)[^/.]+$|[_-]fixtures?\.[^/.]+$|[_-]tests\.erl$|_spec\.(?:rb|lua)$|\.t$|(^|\/)(test_[^/]*|conftest)\.py$|(^|\/)(?:test[-_.]?[Ss]etup|[Ss]etup[-_.]?(?:[Tt]ests?|[Jj]est|[Vv]itest)|(?:vitest|jest)[-_.]?[Ss]etup)\.[cm]?[jt]sx?$|_SUITE\.erl$|_SUITE_data\/|[A-Za-z0-9_](?:Tests?|TestCase)\.(java|kt|swift|cs|scala|php|m|mm|cpp|cc|cxx|dart|groovy)$/u;

/** A JVM source file's path from its package root on (`…/org/openstreetmap/josm/…/Foo.java`). */
const JVM_PACKAGE = /^(.*?\/)?(?:org|com|net|io|de|fr|ch|uk|nl|edu|gov)\/.*\.(?:java|kt|scala|groovy)$/u;

/**
 * A Perl, Elixir or Ruby module's path from its `lib/` on: `Test::Mojo` is `lib/Test/Mojo.pm`, `Plug.Adapters.Test.Conn`
 * `lib/plug/adapters/test/conn.ex`, library code that tests use (plug's had no words and no edge in). Their tests live
 * outside `lib/` (`t/`, `test/*_test.exs`, `spec/`).
 */
const PERL_LIB = /^(.*?\/)?lib\/.*\.(?:pm|ex|rb)$/u;

/**
 * A JVM project keeps its tests in a source root of their own (`src/test/java/`, `test/unit/`,
 * `src/androidTest/java/`), so for a JVM file below a package root only the folders above that root say
 * "test": inside a package, `tests/` is a package like any other and `*Test.java` a class name (JOSM's
 * validator checks are `data/validation/tests/OpeningHourTest.java`, and all 41 had counted as tests).
 */
export const isTestFile = (path: string): boolean => {
  const jvm = JVM_PACKAGE.exec(path);
  // (every file of such a root, its helpers too: `src/test-jdk17/java/…/RecordHelper.java`)
  if (jvm !== null && JVM_TEST_ROOT.test(jvm[1] ?? '')) return true;
  if (!TEST_FILE.test(path)) return false;
  if (jvm !== null) return TEST_FILE.test(jvm[1] ?? '');
  const root = PERL_LIB.exec(path);
  return root === null || TEST_FILE.test(root[1] ?? '');
};

/** A JVM test source root named for what it tests on: jackson-databind's `src/test-jdk17/java/`. */
const JVM_TEST_ROOT = /(^|\/)tests?[-_][\w.-]+\//u;

/** Share of a module's files that must be tests for the module to count as made of tests. */
const TEST_SHARE = 0.8;

/**
 * Whether a module's files are mostly tests (at least TEST_SHARE of them, Python's `__init__.py` package
 * markers left out: celery's t/ is 103 test_*.py files, conftest.py and helpers beside 17 of them), counted
 * over its source files, all its files where it has none: Retrofit's android-test is five tests beside a
 * build.gradle, a manifest and a keystore, and its imports of the library it tests had drawn no edge.
 */
export const isMostlyTests = (files: Iterable<string>): boolean => {
  const all = [...files].filter((f) => f !== '__init__.py' && !f.endsWith('/__init__.py'));
  const sources = all.filter((f) => isSourceFile(f.slice(f.lastIndexOf('/') + 1)));
  const counted = sources.length > 0 ? sources : all;
  return counted.length > 0 && counted.filter(isTestFile).length / counted.length >= TEST_SHARE;
};

/** A Gradle or Maven main source set's code file (`src/main/kotlin/…/X.kt`), or a Rust crate's (`src/lib.rs`, `src/x/y.rs`). */
const MAIN_SOURCE = /(?:^|\/)src\/(?:main\/(?:java|kotlin|scala|groovy)\/.+\.(?:java|kt|scala|groovy)|(?:.+\/)?[^/]+\.rs)$/u;

/**
 * Whether a module holds a build's main sources (a JVM main source set, a crate's `src/`): then it is the product however
 * many tests sit beside it (Exposed's spring-transaction, 2 files in src/main and 14 in src/test; axum-macros, 9 files in
 * src/ and 85 UI tests, whose tests' `use axum::…` had made the macros crate depend on axum).
 */
export const holdsMainSources = (files: readonly string[]): boolean => files.some((f) => MAIN_SOURCE.test(f) && !isTestFile(f));
