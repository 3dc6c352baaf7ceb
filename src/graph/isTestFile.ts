/**
 * Tests and fixtures by path: test directories (`test/`, `__tests__/`, `spec/`, `e2e/`, fixtures) and
 * test file names of the common ecosystems (`x.test.ts`, `x.spec.js`, `x_test.go`, `x_unittest.cc`,
 * `test_x.py`, `conftest.py`, `XTest.java`, `XTests.m`, `x_spec.rb`, `XTest.php`; Swift's and Xcode's
 * `Tests/`), and test projects named by suffix (.NET's `Foo.Tests/`,
 * `Foo.UnitTests/`, Maven's `transport-tests/`: Newtonsoft.Json's test project holds 283 helper files not
 * named as tests). Used to keep tests out of the code field and to tell test modules apart.
 */
const TEST_FILE = /(^|\/)(tests?|Tests?|(Unit|Integration)Tests?|__tests__|specs?|testdata|testdir|test-data|fixtures?|__fixtures__|__mocks__|e2e)\/|(^|\/)[\w.-]+(\.(Unit|Integration|Functional)?Tests?|[._-]tests)\/|\.(test|spec)\.[^/]+$|[_-](unit)?tests?\.[^/.]+$|_spec\.rb$|(^|\/)(test_[^/]*|conftest)\.py$|Tests?\.(java|kt|swift|cs|scala|php|m|mm|cpp|cc|cxx|dart|groovy)$/u;

export const isTestFile = (path: string): boolean => TEST_FILE.test(path);
