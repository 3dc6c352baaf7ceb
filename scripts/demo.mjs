#!/usr/bin/env node
// `npm run demo`: index this very repository with the embedded defaults (SQLite, no model download)
// and answer three example requirements. Runs the real CLI, exactly as a user would.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../bin/modroute.js', import.meta.url));
const run = (args) => {
  process.stdout.write(`\n$ modroute ${args.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run(['index', '.']);
run(['modules']);
const hasAsk = spawnSync(process.execPath, [cli, 'ask', '--help'], { cwd: root }).status === 0;
if (hasAsk) {
  run(['ask', 'add a Kotlin extractor that finds data classes', '--top', '3']);
  run(['ask', 'the progress bar should show an ETA while indexing', '--top', '3']);
  // A user story: its framing ("As a maintainer, I want to be able to") is not searched.
  run(['ask', 'As a maintainer, I want to be able to export the module graph as a Mermaid diagram', '--top', '3']);
} else {
  run(['show', 'src/graph']);
}
