import { runBundle } from './runBundle.ts';

// bin/modroute.js starts here. The bundle is built by scripts/bundle.mjs after tsc.
if (!runBundle(process.argv.slice(2), new URL('../cli.bundle.cjs', import.meta.url), new URL('./main.js', import.meta.url))) {
  await import('./main.ts');
}
