// One measurement in a fresh process, so peak RSS and JIT state belong to that mode alone.
// argv: mode (read|parse-raw|parse|index|reindex) root listFile threads dbPath [modulesFile]
//   read       read + sha1 each file, one thread
//   parse-raw  tree-sitter alone: `threads` workers read, parse with the file's grammar and delete the
//              tree, skipping what the indexer skips; no facts are extracted (the baseline)
//   parse      the parse pool as the indexer runs it: read, hash, classify, parse and extract facts
//   index      indexRepository end to end; reindex: again after changing one file
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { indexRepository } from '../dist/api/indexRepository.js';
import { createParsePool, parseFileInThread } from '../dist/graph/parse/index.js';

const [mode, root, listFile, threadsArg, dbPath, modulesFile] = process.argv.slice(2) as [string, string, string, string, string, string | undefined];
const files = JSON.parse(readFileSync(listFile, 'utf8')) as string[];
const threads = Number(threadsArg);
const maxFileBytes = 1_000_000;

const drain = async (opts: Parameters<typeof indexRepository>[0]) => {
  let bytes = 0;
  for await (const e of indexRepository(opts)) if (e.kind === 'done') bytes = e.stats.bytesRead;
  return bytes;
};

const started = performance.now();
const cpuStarted = process.cpuUsage();
let bytes = 0;
if (mode === 'read') {
  for (const f of files) {
    try {
      const buf = readFileSync(join(root, f));
      if (buf.length > maxFileBytes) continue;
      createHash('sha1').update(buf).digest('hex');
      bytes += buf.length;
    } catch {
      // unreadable files are skipped by the indexer too
    }
  }
} else if (mode === 'parse-raw') {
  bytes = await parseRaw();
} else if (mode === 'parse') {
  const jobs = files.map((path) => ({ path, absPath: join(root, path), maxFileBytes }));
  if (threads <= 1) {
    for (const job of jobs) {
      const r = await parseFileInThread(job);
      if (r.status === 'parsed') bytes += r.size;
    }
  } else {
    const pool = createParsePool({ threads });
    const results = await Promise.all(jobs.map((j) => pool.run(j)));
    for (const r of results) if (r.status === 'parsed') bytes += r.size;
    await pool.close();
  }
} else if (mode === 'index') {
  bytes = await drain({ repo: root, db: dbPath, rebuild: true, threads, ...(modulesFile ? { modulesFile } : {}) });
} else if (mode === 'reindex') {
  // the parent indexed already; change one file and index again
  // (restored afterwards: the tree may be a real one, such as this project's node_modules)
  const target = join(root, files[Math.floor(files.length / 2)] as string);
  const original = readFileSync(target);
  try {
    appendFileSync(target, '\n// touched by bench\n');
    bytes = await drain({ repo: root, db: dbPath, threads, ...(modulesFile ? { modulesFile } : {}) });
  } finally {
    writeFileSync(target, original);
  }
}
const ms = performance.now() - started;
// CPU time of all threads: on a busy machine wall time is mostly other people's work.
const { user, system } = process.cpuUsage(cpuStarted);
const cpuMs = (user + system) / 1000;
process.stdout.write(JSON.stringify({ mode, ms, cpuMs, bytes, files: files.length, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');

/**
 * Workers claim files through a shared counter, like the pool's queue but with no messages per file.
 * They run plain JavaScript from dist/ (Node 20 does not apply `--import tsx` inside workers).
 */
async function parseRaw(): Promise<number> {
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const dist = new URL('../dist/', import.meta.url).href;
  const script = `
    const { workerData, parentPort } = require('node:worker_threads');
    const { readFileSync, statSync } = require('node:fs');
    const { join } = require('node:path');
    (async () => {
      const { createParser } = await import(workerData.dist + 'graph/parse/createParser.js');
      const { extractorFor } = await import(workerData.dist + 'graph/extractors/extractorRegistry.js');
      const { classifyPath, classifyText, looksBinary } = await import(workerData.dist + 'graph/parse/classifyContent.js');
      const parse = createParser();
      const decoder = new TextDecoder('utf-8', { fatal: false });
      const { root, files, counter, maxFileBytes } = workerData;
      let bytes = 0;
      for (let i = Atomics.add(counter, 0, 1); i < files.length; i = Atomics.add(counter, 0, 1)) {
        const path = files[i];
        let buf;
        try {
          if (classifyPath(path) || statSync(join(root, path)).size > maxFileBytes) continue;
          buf = readFileSync(join(root, path));
        } catch { continue; }
        if (buf.length > maxFileBytes || looksBinary(buf)) continue;
        const text = decoder.decode(buf);
        if (classifyText(path, text)) continue;
        const language = extractorFor(path, text)?.language;
        if (language) (await parse(language, text)).delete();
        bytes += buf.length;
      }
      parentPort.postMessage(bytes);
    })();`;
  const workers = Array.from({ length: Math.max(1, threads) }, () =>
    new Promise<number>((resolve, reject) => {
      const worker = new Worker(script, { eval: true, workerData: { dist, root, files, counter, maxFileBytes } });
      worker.once('message', (n: number) => {
        resolve(n);
        void worker.terminate();
      });
      worker.once('error', reject);
    }),
  );
  return (await Promise.all(workers)).reduce((a, b) => a + b, 0);
}
