#!/usr/bin/env node
// `npm run selfcheck`: modroute indexes this repository and routes requests whose answer we know
// (scripts/selfcheck.cases.jsonl). Part of `npm run qa`; exits 1 below the floor.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../bin/modroute.js', import.meta.url));
const run = (args) => spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' }).status ?? 1;
if (run(['index', '.', '--quiet']) !== 0) process.exit(1);
process.exit(run(['eval', 'scripts/selfcheck.cases.jsonl', '--min-acc1', process.env.SELFCHECK_MIN_ACC1 ?? '0.5']));
