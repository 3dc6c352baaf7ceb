/**
 * Tests and fixtures by path: test directories (`test/`, `__tests__/`, `spec/`, `e2e/`, fixtures) and
 * test file names of the common ecosystems (`x.test.ts`, `x.spec.js`, `x_test.go`, `test_x.py`,
 * `XTest.java`, `x_spec.rb`, `XTest.php`), and test projects named by suffix (.NET's `Foo.Tests/`,
 * `Foo.UnitTests/`, Maven's `transport-tests/`: Newtonsoft.Json's test project holds 283 helper files not
 * named as tests). Used to keep tests out of the code field and to tell test modules apart.
 */
const TEST_FILE = /(^|\/)(tests?|__tests__|specs?|testdata|test-data|fixtures?|__fixtures__|__mocks__|e2e)\/|(^|\/)[\w.-]+(\.(Unit|Integration|Functional)?Tests?|[._-]tests)\/|\.(test|spec)\.[^/]+$|_test\.[^/.]+$|_spec\.rb$|(^|\/)test_[^/]*\.py$|Tests?\.(java|kt|swift|cs|scala|php)$/u;

export const isTestFile = (path: string): boolean => TEST_FILE.test(path);
