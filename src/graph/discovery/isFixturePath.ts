const FIXTURE_DIRECTORIES: ReadonlySet<string> = new Set(['testdata', 'fixtures', '__fixtures__', 'test-fixtures']);

/**
 * True when a repo-relative directory lies inside test data (`Fixtures/` too). Nested go.mod / pyproject.toml files there
 * describe sample repositories for tests, not modules: without this, a tool whose tests carry fixture
 * repos (modroute itself) would be discovered as those fixtures.
 */
export const isFixturePath = (dir: string): boolean => dir.split('/').some((segment) => FIXTURE_DIRECTORIES.has(segment.toLowerCase()));

const TEST_DIRECTORIES: ReadonlySet<string> = new Set(['test', 'tests']);

/**
 * True inside a test tree or test data: a package manifest there describes a sample project for a test (Composer's
 * `tests/Composer/Test/Autoload/MinimumVersionSupport/composer.json`, and its 32 `Fixtures/` projects before test
 * data was matched in any case, had each become a module and kept its `src/` from being split).
 */
export const isTestOrFixturePath = (dir: string): boolean =>
  // Below a test folder, not the package's own (dart-lang/test's `pkgs/test/` is the package itself).
  isFixturePath(dir) || dir.split('/').slice(0, -1).some((segment) => TEST_DIRECTORIES.has(segment.toLowerCase()));
