const FIXTURE_DIRECTORIES: ReadonlySet<string> = new Set(['testdata', 'fixtures', '__fixtures__', 'test-fixtures']);

/**
 * True when a repo-relative directory lies inside test data. Nested go.mod / pyproject.toml files there
 * describe sample repositories for tests, not modules: without this, a tool whose tests carry fixture
 * repos (modroute itself) would be discovered as those fixtures.
 */
export const isFixturePath = (dir: string): boolean => dir.split('/').some((segment) => FIXTURE_DIRECTORIES.has(segment));
