// One measurement in a fresh process, so peak RSS and JIT state belong to that mode alone.
// argv: mode (read|parse|index|reindex) root listFile threads dbPath [modulesFile]
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  const target = join(root, files[Math.floor(files.length / 2)] as string);
  appendFileSync(target, '\n// touched by bench\n');
  bytes = await drain({ repo: root, db: dbPath, threads, ...(modulesFile ? { modulesFile } : {}) });
}
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ mode, ms, bytes, files: files.length, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
