import type { ModuleSymbol } from '../graph/ModuleGraph.ts';
import { isTestFile } from '../graph/isTestFile.ts';
import { MAX_MODULE_SYMBOLS } from '../graph/store/loadGraph.ts';

/**
 * A module of data shapes: most of its files declare types, fields and constants and no function or method (DTOs,
 * API models, entities, options classes, a Go `model` package of structs, TypeScript interfaces). Such a module
 * repeats the nouns of every feature whose data it carries, so it had won requests about the code that does the work:
 * Kavita's `API/DTOs` three of its finer store's eight misses ("SMTPConfigDto" for a Kindle size limit), gotify's
 * `model` two (`paging.go`, `health.go`). Ranked down like public headers, unless the request is about the data
 * itself ("the API response lacks a field") or names one of its declarations.
 */
const DATA_KINDS: ReadonlySet<string> = new Set(['class', 'struct', 'enum', 'interface', 'type', 'variable', 'constant', 'property', 'protocol', 'trait', 'namespace']);
// In JavaScript and TypeScript a variable or constant may hold a function (reducers, route tables, hooks): only types count.
const SCRIPT_DATA_KINDS: ReadonlySet<string> = new Set(['enum', 'interface', 'type', 'property']);
const SCRIPT = /\.(?:[cm]?[jt]sx?)$/u;

/** Files of declarations a module needs before it counts (a few enums are no layer of data). */
const MIN_FILES = 4;
const DATA_SHARE = 0.85;

/** A folder named for data shapes: `DTOs`, `Models`, `MediaBrowser.Model`, `entities`. */
const DATA_FOLDER = /(?:^|[./_-])(?:models?|dtos?|entit(?:y|ies))$/iu;

/**
 * A module whose symbols were cut to a sample per file (MAX_MODULE_SYMBOLS, graph/store/loadGraph.ts), where a file's
 * classes can hide its methods, is data only when its folder is named so as well (Kavita's `API/DTOs`, 184 files).
 */
export const isDataModule = (path: string, symbols: readonly ModuleSymbol[]): boolean => {
  if (symbols.length >= MAX_MODULE_SYMBOLS && !DATA_FOLDER.test(path.slice(path.lastIndexOf('/') + 1))) return false;
  const kindsByFile = new Map<string, string[]>();
  for (const s of symbols) {
    if (isTestFile(s.file)) continue;
    const kinds = kindsByFile.get(s.file);
    if (kinds === undefined) kindsByFile.set(s.file, [s.kind]);
    else kinds.push(s.kind);
  }
  if (kindsByFile.size < MIN_FILES) return false;
  let data = 0;
  for (const [file, kinds] of kindsByFile) {
    const allowed = SCRIPT.test(file) ? SCRIPT_DATA_KINDS : DATA_KINDS;
    if (kinds.every((k) => allowed.has(k))) data++;
  }
  return data >= DATA_SHARE * kindsByFile.size;
};
