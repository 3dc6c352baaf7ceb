import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { encodeTermBag, isDocsPage, wantsTermBag } from '../codeTermBag.ts';
import { STYLESHEET, stylesheetWords } from '../stylesheetWords.ts';
import type { ParseFn } from '../extractors/Extractor.ts';
import { extractorFor } from '../extractors/extractorRegistry.ts';
import { javadocPackageHtml } from '../extractors/shared/javadocPackageHtml.ts';
import { classifyPath, classifyText, countLines, looksBinary } from './classifyContent.ts';
import { compiledFromTree } from './compiledFromTree.ts';
import { createParser, type WarmParseFn } from './createParser.ts';
import { blankInlineTests } from './inlineTestRegions.ts';
import { readIncludedDocs } from './readIncludedDocs.ts';
import type { ParseJob, ParseResult } from './ParseJob.ts';

let defaultParse: WarmParseFn | undefined;
// Invalid UTF-8 becomes U+FFFD: a stray Latin-1 byte must not cost the file its facts.
const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * Starts loading, on this thread, the tree-sitter runtime and the grammars of these files (by path),
 * so that parseFileInThread finds them ready: compiling them runs on V8's background threads while
 * the caller stats and reads.
 */
export const warmParserInThread = (paths: Iterable<string> = []): void => {
  const parse = (defaultParse ??= createParser());
  parse.warm();
  for (const path of paths) {
    const extractor = extractorFor(path);
    if (extractor) parse.warm(extractor.grammar ?? extractor.language);
  }
};

/**
 * Reads, hashes, classifies and parses one file on the calling thread. Never throws for a file's
 * content or a read error: every outcome is a ParseResult. The worker pool runs exactly this.
 */
export const parseFileInThread = async (job: ParseJob, parse?: ParseFn): Promise<ParseResult> => {
  const { path } = job;
  // by path only: a shebang script without an extension keeps the general limit, as it is not read yet
  const maxBytes = extractorFor(path) ? Math.max(job.maxFileBytes, job.maxSourceFileBytes ?? 0) : job.maxFileBytes;
  let bytes: Buffer;
  try {
    // Synchronous on purpose: fs/promises spent about 1 ms of CPU per file (a thread-pool round
    // trip for each of stat, open, fstat, read and close), more than parsing a small file takes.
    // A pool worker blocks only itself; stat comes first so a FIFO is never opened.
    const info = statSync(job.absPath);
    if (!info.isFile()) return { path, status: 'skipped', reason: 'not-file', detail: fileKind(info) };
    if (info.size > maxBytes) return { path, status: 'skipped', reason: 'too-large', size: info.size };
    const byName = classifyPath(path);
    if (byName) return { path, status: 'skipped', reason: byName, size: info.size };
    bytes = readFileSync(job.absPath);
  } catch (error) {
    return { path, status: 'skipped', reason: 'unreadable', detail: errorCode(error) };
  }
  const size = bytes.length;
  // The file may have grown between stat and read.
  if (size > maxBytes) return { path, status: 'skipped', reason: 'too-large', size };
  const hash = createHash('sha1').update(bytes).digest('hex');
  if (hash === job.knownHash) {
    // Content unchanged: the same outcome, unless a recheck finds it now compiled from the tree (its map or the tree
    // moved). Either way nothing is parsed.
    if (job.recheck !== true || !compiledFromTree(job.absPath, decoder.decode(bytes))) return { path, status: 'unchanged', hash, size };
    return { path, status: 'skipped', reason: 'compiled', size, hash };
  }
  if (looksBinary(bytes)) return { path, status: 'skipped', reason: 'binary', size, hash };

  const text = decoder.decode(bytes);
  const lines = countLines(text);
  const byContent = classifyText(path, text, lines) ?? (compiledFromTree(job.absPath, text) ? 'compiled' : undefined);
  if (byContent) return { path, status: 'skipped', reason: byContent, size, hash };
  const extractor = extractorFor(path, text);
  // Unit tests inside the file (EUnit's -ifdef(TEST), Rust's #[cfg(test)] mod) are no code of its module.
  const bag = wantsTermBag(path, extractor !== undefined, text) || isDocsPage(path) ? encodeTermBag(STYLESHEET.test(path) ? stylesheetWords(text) : blankInlineTests(path, text)) : undefined;
  const terms = bag ? { terms: bag } : {};
  if (!extractor) {
    // A Java package's `package.html` is no code but its package's doc.
    const doc = javadocPackageHtml(path, text);
    const facts = doc === undefined ? null : { language: 'html', symbols: [], imports: [], docComments: [doc] };
    return { path, status: 'parsed', hash, size, language: null, facts, lines, ...terms };
  }
  try {
    const facts = await extractor.extract({ path, text }, parse ?? (defaultParse ??= createParser()));
    // (the repository's root: as many folders above the file as its path has)
    if (facts.symbols.some((s) => s.docFile !== undefined)) readIncludedDocs(facts, job.absPath, resolve(dirname(job.absPath), ...path.split('/').slice(1).map(() => '..')));
    return { path, status: 'parsed', hash, size, language: extractor.language, facts, lines, ...terms };
  } catch (error) {
    // A grammar that threw may have left its wasm state inconsistent: start over with fresh parsers.
    if (!parse) defaultParse = undefined;
    const detail = `extractor failed: ${error instanceof Error ? error.message : String(error)}`;
    return { path, status: 'parsed', hash, size, language: extractor.language, facts: null, lines, ...terms, detail };
  }
};

const errorCode = (error: unknown): string =>
  (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));

const fileKind = (info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean }): string =>
  info.isDirectory() ? 'directory' : info.isFIFO() ? 'fifo' : info.isSocket() ? 'socket' : 'device';
