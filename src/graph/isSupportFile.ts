import { isTestFile } from './isTestFile.ts';

/**
 * Usage examples and benchmarks: folders of code that uses the code (`examples/`, `demos/`, `benchmarks/`, Cargo's
 * `benches/`, a docs site's `docs_src/`), and Sphinx's `docs/conf.py`, whose settings (`project`, `copyright`,
 * `extensions`) were the key names of Flask's root module. A Swift DocC catalog (`Sources/X/X.docc/`) is documentation:
 * TCA's 475 tutorial snapshots rebuild its example apps step by step inside the library's folder, and the library won
 * the requests about those apps.
 */
const SUPPORTING = /(^|\/)(examples?|samples?|demos?|benchmarks?|benches|docs[_-]src|doc_src|code[_-]samples|[^/]+\.docc)\/|(^|\/)docs?\/(?:source\/)?conf\.py$/u;

/**
 * A file that supports code rather than being it: a test or fixture (isTestFile.ts), or usage code in an
 * examples, samples, demos or benchmarks folder. `path` is the file's path below its module's folder, so a
 * module named `examples/…` does not make each of its own files one.
 */
export const isSupportFile = (path: string): boolean => isTestFile(path) || SUPPORTING.test(path);
