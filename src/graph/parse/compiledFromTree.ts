import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const SCRIPT_OR_STYLE = /\.(?:js|mjs|cjs|css)$/iu;
// The last line a bundler or compiler writes: `//# sourceMappingURL=axios.js.map` (`/*# … */` in CSS).
const MAP_COMMENT = /[#@] sourceMappingURL=([^\s'"*]+)\s*(?:\*\/)?\s*$/u;
const MAP_HEAD_BYTES = 256 * 1024;
const SOURCES_CHECKED = 20;

/**
 * Whether a script is build output compiled from sources this tree holds: its source map (beside it, named by its
 * `sourceMappingURL`) lists sources of which at least half exist. axios commits four readable bundles of its `lib/`
 * in `dist/`, each a copy of the whole library, and the root module won 9 of 11 missed review requests with them. A
 * compiled file whose sources are absent is all the code the tree has and stays: an npm package's `lib/`, whose
 * maps point at a `src/` the tarball leaves out (pixi.js). Reads at most the map's first 256 KB.
 */
export const compiledFromTree = (absPath: string, text: string): boolean => {
  if (!SCRIPT_OR_STYLE.test(absPath)) return false;
  const url = MAP_COMMENT.exec(text.slice(-400))?.[1];
  if (url === undefined || /^[a-z][\w+.-]*:/iu.test(url)) return false; // data: and http: maps name no file here
  let mapPath: string;
  try {
    mapPath = resolve(dirname(absPath), decodeURIComponent(url));
  } catch {
    return false; // a malformed escape (`a%zz.js.map`) names no file
  }
  const head = readHead(mapPath);
  if (head === undefined) return false;
  const sources = /"sources"\s*:\s*(\[[^\]]*\])/u.exec(head)?.[1];
  const root = /"sourceRoot"\s*:\s*"([^"]*)"/u.exec(head)?.[1] ?? '';
  if (sources === undefined || /^[a-z][\w+.-]*:/iu.test(root)) return false;
  let list: unknown;
  try {
    list = JSON.parse(sources);
  } catch {
    return false;
  }
  if (!Array.isArray(list)) return false;
  // a bundler's own modules (`webpack://…`, `\0rollupPluginBabelHelpers`) and dependencies are no sources of the tree
  const local = list.filter((s): s is string => typeof s === 'string' && s !== '' && !/^[a-z][\w+.-]*:|\0|node_modules/iu.test(s)).slice(0, SOURCES_CHECKED);
  if (local.length === 0) return false;
  const found = local.filter((s) => existsSync(resolve(dirname(mapPath), root, s))).length;
  return found * 2 >= local.length;
};

const readHead = (path: string): string | undefined => {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(MAP_HEAD_BYTES);
    const read = readSync(fd, buffer, 0, MAP_HEAD_BYTES, 0);
    return buffer.subarray(0, read).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
};
