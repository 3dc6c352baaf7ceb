import type { DatasetExample } from './DatasetExample.ts';

/** One example as a reader should see it (markdown): provenance line, prompt, reasoning, answer. */
export function formatExample(e: DatasetExample, n?: number): string {
  const where = [e.split, e.source, e.template, e.commit?.slice(0, 10)].filter(Boolean).join(' · ');
  return [
    `### ${n !== undefined ? `${n}. ` : ''}${e.targets.join(', ')}`,
    '',
    `*${where}* — operators: ${e.operators.length ? e.operators.map((o) => `\`${o}\``).join(', ') : 'none'}${e.nearMiss ? ` — hard (near miss: ${e.nearMiss})` : ''}`,
    '',
    `> ${e.prompt.replace(/\n/g, '\n> ')}`,
    '',
    `<think>${e.reasoning}</think>`,
    '',
    `\`${e.answer}\``,
    '',
  ].join('\n');
}
