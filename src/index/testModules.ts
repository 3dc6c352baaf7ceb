import type { ModuleGraph } from '../graph/ModuleGraph.ts';
import { isTestFile } from '../graph/isTestFile.ts';

/** Share of a module's files that must be tests for the module to count as a test module. */
const TEST_SHARE = 0.8;

/**
 * 1 per module made of tests (at least 80% of its files are tests or fixtures, graph/isTestFile.ts),
 * such as a top-level `test/` or `tests/` module. Tests mirror the names of the code they exercise and
 * most commits touch them, so such a module matches nearly any request about that code.
 */
export const findTestModules = (graph: ModuleGraph): Uint8Array =>
  Uint8Array.from(graph.modules, (m) => {
    if (m.files.length === 0) return 0;
    let tests = 0;
    for (const f of m.files) if (isTestFile(f)) tests++;
    return tests / m.files.length >= TEST_SHARE ? 1 : 0;
  });

const ABOUT_TESTS = /\b(tests?|testing|tested|unit ?tests?|specs?|e2e|fixtures?|flaky|coverage|mocks?|mocking|snapshots?|assertions?|test ?cases?|test ?suites?)\b/iu;

/** Whether a request is about tests themselves ("fix the flaky e2e test", "test: cover…"). */
export const mentionsTests = (query: string): boolean => ABOUT_TESTS.test(query);
