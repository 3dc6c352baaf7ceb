#!/usr/bin/env node
// Layering and hygiene rules from STYLE.md, checked without extra dependencies:
// imports point cli/server -> api -> domain -> util; only cli/ and server/ print or exit;
// heavy dependencies are imported lazily (await import()).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'src');
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.ts')) files.push(p);
  }
};
walk(src);

const layer = (rel) => rel.split('/')[0];
const DOMAIN = new Set(['graph', 'index', 'backends', 'dataset', 'train', 'eval', 'upgrade']);
const HEAVY = ['node-llama-cpp', 'web-tree-sitter', 'wordpos'];
const problems = [];
for (const file of files) {
  const rel = relative(src, file);
  const text = readFileSync(file, 'utf8');
  const from = layer(rel);
  const printer = from === 'cli' || from === 'server';
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const where = `src/${rel}:${i + 1}`;
    if (/^\s*\/\//.test(line)) return;
    if (!printer && /\bconsole\.(log|error|warn|info|debug)\(/.test(line)) problems.push(`${where}: console.* outside cli/ and server/`);
    if (!printer && /\bprocess\.(exit|stdout|stderr|exitCode)\b/.test(line)) problems.push(`${where}: process output/exit outside cli/ and server/`);
    const m = /^\s*(?:import|export)\s[^'"]*from\s+['"]([^'"]+)['"]/.exec(line) ?? /^\s*import\s+['"]([^'"]+)['"]/.exec(line);
    if (!m) return;
    const spec = m[1];
    if (!/^import\s+type\b/.test(line.trim()) && HEAVY.includes(spec)) problems.push(`${where}: import ${spec} lazily with await import()`);
    if (!spec.startsWith('.')) return;
    const target = relative(src, join(file, '..', spec));
    if (target.startsWith('..')) return;
    const to = layer(target);
    if ((to === 'cli' || to === 'server') && from !== to) problems.push(`${where}: nothing imports ${to}/`);
    if (DOMAIN.has(from) && (to === 'api' || to === 'config')) problems.push(`${where}: domain code must not import ${to}/`);
    if (from === 'util' && to !== 'util' && !target.startsWith('errors')) problems.push(`${where}: util/ must stay domain-free`);
    if (from === 'graph' && (to === 'index' || to === 'backends')) problems.push(`${where}: graph/ must not import ${to}/`);
    if (from === 'eval' && to === 'backends' && !/^\s*import\s+type\b/.test(line)) problems.push(`${where}: eval/ never runs a backend`);
  });
}
if (problems.length) {
  process.stderr.write(`${problems.join('\n')}\n${problems.length} lint problem(s)\n`);
  process.exit(1);
}
process.stdout.write(`lint: ${files.length} files ok\n`);
