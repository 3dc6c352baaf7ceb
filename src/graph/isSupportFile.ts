import { isTestFile } from './isTestFile.ts';

/**
 * Usage examples and benchmarks: folders of code that uses the code (`examples/`, `demos/`, `benchmarks/`, Cargo's
 * `benches/`, a docs site's `docs_src/`), and Sphinx's `docs/conf.py`, whose settings (`project`, `copyright`,
 * `extensions`) were the key names of Flask's root module.
 */
const SUPPORTING = /(^|\/)(examples?|samples?|demos?|benchmarks?|benches|docs[_-]src|doc_src|code[_-]samples)\/|(^|\/)docs?\/(?:source\/)?conf\.py$/u;

/**
 * A file that supports code rather than being it: a test or fixture (isTestFile.ts), or usage code in an
 * examples, samples, demos or benchmarks folder. `path` is the file's path below its module's folder, so a
 * module named `examples/…` does not make each of its own files one.
 */
export const isSupportFile = (path: string): boolean => isTestFile(path) || SUPPORTING.test(path);
