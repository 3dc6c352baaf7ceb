// One measurement in a fresh process, so peak RSS and JIT state belong to that mode alone.
// argv: mode (read|parse-raw|parse|index|reindex|watch) root listFile threads dbPath [modulesFile]
//   read       read + sha1 each file, one thread
//   parse-raw  tree-sitter alone: `threads` workers read, parse with the file's grammar and delete the
//              tree, skipping what the indexer skips; no facts are extracted (the baseline)
//   parse      the parse pool as the indexer runs it: read, hash, classify, parse and extract facts
//   index      indexRepository end to end; reindex: again after changing one file
//   watch      watchRepository: after its first (incremental) index, change one file and time until
//              the re-index event arrives, and the re-index itself; median of WATCH_REPS changes
// index and reindex run in a plain Node process on dist/, as the CLI does: under `--import tsx`
// every dynamic import (better-sqlite3, web-tree-sitter) goes through tsx's loader thread, which
// cost a one-file re-index about 1 s of CPU that no user pays.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createParsePool, parseFileInThread } from '../dist/graph/parse/index.js';

/**
 * index: a full index (--rebuild). reindex: the parent indexed already; change one file and index
 * again, restoring the file afterwards (the tree may be a real one, such as this project's node_modules).
 */
const WATCH_REPS = 9;
const plainIndex = `
  import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
  import { join } from 'node:path';
  const { indexRepository } = await import(${JSON.stringify(new URL('../dist/api/indexRepository.js', import.meta.url).href)});
  const [mode, root, listFile, threadsArg, dbPath, modulesFile] = process.argv.slice(2);
  const files = JSON.parse(readFileSync(listFile, 'utf8'));
  // The graph alone, as measured before the search index was built at index time (README figures).
  const opts = { repo: root, db: dbPath, threads: Number(threadsArg), rebuild: mode === 'index', warmCache: false, ...(modulesFile ? { modulesFile } : {}) };
  const target = join(root, files[Math.floor(files.length / 2)]);
  const original = mode === 'reindex' ? readFileSync(target) : undefined;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let bytes = 0;
  try {
    if (original) appendFileSync(target, '\\n// touched by bench ' + Date.now() + '\\n');
    for await (const e of indexRepository(opts)) if (e.kind === 'done') bytes = e.stats.bytesRead;
  } finally {
    if (original) writeFileSync(target, original);
  }
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpuStarted);
  process.stdout.write(JSON.stringify({ mode, ms, cpuMs: (user + system) / 1000, bytes, files: files.length, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\\n');
`;

/** watch: ms is the median time from the write to the re-index event; innerMs the median re-index as timed inside the run. */
const plainWatch = `
  import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
  import { join } from 'node:path';
  const { watchRepository } = await import(${JSON.stringify(new URL('../dist/api/watchRepository.js', import.meta.url).href)});
  const [, root, listFile, threadsArg, dbPath, modulesFile] = process.argv.slice(2);
  const files = JSON.parse(readFileSync(listFile, 'utf8'));
  const target = join(root, files[Math.floor(files.length / 2)]);
  const original = readFileSync(target);
  const controller = new AbortController();
  const events = watchRepository({ repo: root, db: dbPath, threads: Number(threadsArg), signal: controller.signal, ...(modulesFile ? { modulesFile } : {}) });
  const until = async (kind, test = () => true) => {
    for (;;) {
      const { value, done } = await events.next();
      if (done) throw new Error('the watch ended');
      if (value.kind === kind && test(value)) return value;
    }
  };
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const latencies = [], inner = [];
  let cpuMs = 0;
  try {
    await until('watching');
    for (let i = 0; i < ${WATCH_REPS}; i++) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      appendFileSync(target, '\\n// touched by bench ' + Date.now() + '\\n');
      const e = await until('reindexed', (e) => e.stats.parsed > 0);
      latencies.push(performance.now() - started);
      inner.push(e.stats.elapsedMs);
      const { user, system } = process.cpuUsage(cpu);
      cpuMs += (user + system) / 1000;
      writeFileSync(target, original);
      await until('reindexed', (e) => e.stats.parsed > 0);
    }
  } finally {
    writeFileSync(target, original);
    controller.abort();
    await events.return();
  }
  process.stdout.write(JSON.stringify({ mode: 'watch', ms: med(latencies), innerMs: med(inner), cpuMs: cpuMs / latencies.length, bytes: 0, files: files.length, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\\n');
`;

const [mode, root, listFile, threadsArg, dbPath, modulesFile] = process.argv.slice(2) as [string, string, string, string, string, string | undefined];
const files = JSON.parse(readFileSync(listFile, 'utf8')) as string[];
const threads = Number(threadsArg);
const maxFileBytes = 1_000_000;

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
} else if (mode === 'index' || mode === 'reindex' || mode === 'watch') {
  // a file, not -e: workers inherit execArgv, and --input-type would stop them
  const script = join(mkdtempSync(join(tmpdir(), 'modroute-bench-')), 'index.mjs');
  writeFileSync(script, mode === 'watch' ? plainWatch : plainIndex);
  const out = execFileSync(process.execPath, [script, ...process.argv.slice(2)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  rmSync(dirname(script), { recursive: true, force: true });
  process.stdout.write(out.trim().split('\n').pop() + '\n');
  process.exit(0);
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
