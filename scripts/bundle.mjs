#!/usr/bin/env node
// `npm run build` step two: dist/cli/main.js and everything it imports from dist/, bundled into one
// script, dist/cli.bundle.cjs, which bin/modroute.js runs through a V8 code cache (src/cli/runBundle.ts).
// A one-shot `modroute ask` spent a third of its own CPU loading ~50 files of dist/ and parsing them.
// It bundles what tsc emitted, not src/, so the bundle can only differ from dist/ by being stale, and
// runBundle refuses a bundle older than dist/cli/main.js.
//
// Not an ES module: Node 20 takes a code cache only for a vm.Script. So what a script lacks comes from
// runBundle as `__modroute` (BundleHost): import.meta.url, import.meta.resolve and import() of packages.
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;
const outfile = `${dist}cli.bundle.cjs`;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

// Native or heavy packages, and the ones `ask` never touches (zod, cli-progress), stay outside and load
// from node_modules when first used, as in dist/. commander is small, pure JS and on every path: inlined.
const inlined = new Set(['commander']);
const external = Object.keys(pkg.dependencies).filter((name) => !inlined.has(name));
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const packageName = new RegExp(`^(node:)?(${[...external, ...builtinModules].map(escape).join('|')})(/[^'"]*)?$`);

const hostRewrites = {
  name: 'bundle-host',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      if (args.path.startsWith(dist)) {
        // Each bundled file keeps its own dist/ location, so paths beside it (the parse worker,
        // models/, package.json) still resolve.
        const here = `./${relative(dist, args.path)}`;
        text = text
          .replaceAll('import.meta.url', `new URL(${JSON.stringify(here)}, __modroute.url).href`)
          .replaceAll('import.meta.resolve(', '__modroute.resolve(')
          .replace(/\bimport\((['"])([^'"]+)\1\)/g, (call, _q, spec) => (packageName.test(spec) ? `__modroute.import(${JSON.stringify(spec)})` : call));
      }
      return { contents: text, loader: 'js' };
    });
  },
};

const result = await build({
  entryPoints: [`${dist}cli/main.js`],
  outfile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external,
  plugins: [hostRewrites],
  legalComments: 'none',
  logLevel: 'warning',
  write: false,
});

// runBundle reads the file as latin1, a one-byte string that V8 scans faster than UTF-16; esbuild
// already escapes strings, so what is left sits in comments and regular expressions, where a \u
// escape (a surrogate pair outside the BMP) means the same in either regex mode.
let code = result.outputFiles[0].text.replace(/[^\x00-\x7f]/gu, (ch) =>
  [...ch].flatMap((c) => (c.length === 2 ? [c.charCodeAt(0), c.charCodeAt(1)] : [c.charCodeAt(0)])).map((u) => `\\u${u.toString(16).padStart(4, '0')}`).join(''));
const leftover = [
  [/(?<![.\w$])import\.meta\b|\bimport_meta\b/, 'import.meta'],
  [/(?<![.\w$])import\(\s*["'`](?![./])/, 'import() of a package'],
].filter(([re]) => re.test(code));
if (leftover.length > 0) throw new Error(`bundle: ${leftover.map(([, what]) => what).join(', ')} left in ${outfile}; route it through __modroute`);
const hash = createHash('sha256').update(code).digest('hex').slice(0, 32);
code = `// modroute bundle ${hash}\n${code}`;
// Renamed into place: a CLI run during a rebuild (tests, another shell) never reads half a bundle.
await writeFile(`${outfile}.${process.pid}.tmp`, code);
await rename(`${outfile}.${process.pid}.tmp`, outfile);
