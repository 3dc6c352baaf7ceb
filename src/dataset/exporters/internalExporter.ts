import type { Exporter } from './Exporter.ts';

/** The project's own JSONL: every field of DatasetExample (provenance, operators, split) per line. */
export const internalExporter: Exporter = {
  summary: 'modroute JSONL: the full example record (prompt, reasoning, answer, targets, source, operators, split, …)',
  fileName: (split) => `${split}.jsonl`,
  render: (examples) => examples.map((e) => JSON.stringify(e)).join('\n') + (examples.length ? '\n' : ''),
};
