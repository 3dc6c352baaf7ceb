import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { commandNames } from './commandNames.ts';

/**
 * What the bundle gets instead of `import.meta` and `import()`, which a script compiled by
 * vm.Script does not have (scripts/bundle.mjs rewrites both to these).
 */
export interface BundleHost {
  /** The bundle's URL: each bundled file's import.meta.url is its dist/ location resolved against it. */
  url: string;
  resolve(specifier: string): string;
  import(specifier: string): Promise<unknown>;
}

const MAGIC = 0x4d524343; // 'MRCC'

/**
 * Runs dist/cli.bundle.cjs (scripts/bundle.mjs: dist/cli/main.js and what it imports, as one script)
 * through a V8 code cache, so that a one-shot command neither parses the ~0.5 MB bundle nor compiles
 * again the functions the same command compiled last time. Returns false, having run nothing, when
 * there is no bundle or it is older than dist/cli/main.js (a later `tsc` ran without the bundle step):
 * then the caller imports dist/cli/main.js.
 *
 * The cache is one file per command beside the bundle, written once at exit by the first run of that
 * command after a build. It is keyed by the bundle's build hash, size and mtime and the Node version,
 * and checksummed: V8 checks its own version and flags but not the bytes, and it would run stale
 * bytecode for an edited bundle of the same length. Any cache problem (unwritable folder, a torn or
 * foreign file) costs only speed, never an error.
 */
export function runBundle(argv: string[], bundleUrl: URL, mainUrl: URL): boolean {
  const bundlePath = fileURLToPath(bundleUrl);
  const bundle = statSync(bundlePath, { throwIfNoEntry: false });
  const main = statSync(fileURLToPath(mainUrl), { throwIfNoEntry: false });
  if (!bundle || (main && main.mtimeMs > bundle.mtimeMs)) return false;
  const source = readFileSync(bundlePath, 'latin1');
  const buildHash = /^\/\/ modroute bundle (\w+)/.exec(source)?.[1] ?? '';
  const first = argv.find((a) => !a.startsWith('-')) ?? '';
  const command = (commandNames as readonly string[]).includes(first) ? first : 'main';
  const cachePath = `${bundlePath.replace(/\.cjs$/, '')}.${command}.cache`;
  const key = `${process.version} ${process.arch} ${buildHash} ${bundle.size} ${bundle.mtimeMs}`;
  const cachedData = readCache(cachePath, key);
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __modroute) {${source}\n})`, {
    filename: bundlePath,
    ...(cachedData ? { cachedData } : {}),
  });
  if (!cachedData || script.cachedDataRejected) {
    // At exit the cache also holds every function this command compiled, not only the top level.
    process.once('exit', () => writeCache(cachePath, key, () => script.createCachedData()));
  }
  const host: BundleHost = { url: bundleUrl.href, resolve: (s) => import.meta.resolve(s), import: (s) => import(s) };
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundleUrl), module, bundlePath, fileURLToPath(new URL('.', bundleUrl)), host);
  return true;
}

/** FNV-1a over 32-bit words: enough to tell a torn or overwritten cache from the one written. */
const checksum = (bytes: Uint8Array): number => {
  let h = 0x811c9dc5;
  const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ (words[i] as number), 16777619);
  for (let i = words.length << 2; i < bytes.byteLength; i++) h = Math.imul(h ^ (bytes[i] as number), 16777619);
  return h >>> 0;
};

// Layout: 'MRCC' · key length u32 · payload length u32 · checksum u32 (LE) · key (utf8) · payload.
function readCache(path: string, key: string): Buffer | undefined {
  try {
    const file = readFileSync(path);
    if (file.byteLength < 16 || file.readUInt32BE(0) !== MAGIC) return undefined;
    const keyLength = file.readUInt32LE(4);
    const payloadLength = file.readUInt32LE(8);
    if (16 + keyLength + payloadLength !== file.byteLength) return undefined;
    if (file.toString('utf8', 16, 16 + keyLength) !== key) return undefined;
    // Aligned copy: the checksum reads 32-bit words.
    const payload = Buffer.from(file.subarray(16 + keyLength));
    return checksum(payload) === file.readUInt32LE(12) ? payload : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(path: string, key: string, produce: () => Buffer): void {
  const tmp = `${path}.${process.pid}.tmp`;
  let fd: number;
  try {
    // Opened before producing: in a read-only install every run would otherwise serialize for nothing.
    fd = openSync(tmp, 'wx');
  } catch {
    return;
  }
  try {
    const payload = produce();
    const keyBytes = Buffer.from(key, 'utf8');
    const head = Buffer.alloc(16);
    head.writeUInt32BE(MAGIC, 0);
    head.writeUInt32LE(keyBytes.byteLength, 4);
    head.writeUInt32LE(payload.byteLength, 8);
    head.writeUInt32LE(checksum(new Uint8Array(payload)), 12);
    writeFileSync(fd, Buffer.concat([head, keyBytes, payload]));
    closeSync(fd);
    renameSync(tmp, path); // atomic: a concurrent run reads the old file or the new one, never half
  } catch {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(tmp, { force: true });
  }
}
