// `npm run bench -- <name> [args]`: speed benchmarks, each printing figures next to a same-run baseline.
const benches: Record<string, string> = {
  index: './index.ts',
  ask: './ask.ts',
  dataset: './dataset.ts',
  llm: './llm.ts',
  train: './trainDev.ts',
};
const [name, ...rest] = process.argv.slice(2);
const names = name ? [name] : Object.keys(benches);
for (const n of names) {
  const file = benches[n];
  if (!file) {
    process.stderr.write(`unknown benchmark ${n}; known: ${Object.keys(benches).join(', ')}\n`);
    process.exit(2);
  }
  process.argv = [process.argv[0] as string, file, ...rest];
  await import(file);
}
