import type { ModuleGraph } from '../ModuleGraph.ts';

export type GraphExporter = (graph: ModuleGraph) => string;

const escape = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
const quote = (s: string) => `"${escape(s)}"`;
const mermaidId = (s: string, i: number) => `m${i}_${s.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 40)}`;

/** Every graph format `modroute graph --format` knows; CLI help reads the names from here. */
export const graphExporters = {
  json: (g) =>
    JSON.stringify(
      {
        nodes: g.modules.map((m) => ({ id: m.id, name: m.name ?? null, path: m.path, files: m.files.length, languages: m.languages, summary: m.summary })),
        edges: g.edges,
      },
      null,
      2,
    ),
  dot: (g) =>
    [
      'digraph modules {',
      '  rankdir=LR;',
      '  node [shape=box, fontname="Helvetica"];',
      ...g.modules.map((m) => `  ${quote(m.id)} [label="${escape(m.id)}\\n${m.files.length} ${m.files.length === 1 ? 'file' : 'files'}"];`),
      ...g.edges.map((e) => `  ${quote(e.from)} -> ${quote(e.to)} [label=${quote(String(e.weight))}, penwidth=${Math.min(1 + Math.log2(e.weight), 6).toFixed(1)}];`),
      '}',
    ].join('\n'),
  mermaid: (g) => {
    const ids = new Map(g.modules.map((m, i) => [m.id as string, mermaidId(m.id, i)]));
    return [
      'graph LR',
      ...g.modules.map((m) => `  ${ids.get(m.id)}["${m.id.replace(/"/g, '#quot;')}"]`),
      ...g.edges.filter((e) => ids.has(e.from) && ids.has(e.to)).map((e) => `  ${ids.get(e.from)} -->|${e.weight}| ${ids.get(e.to)}`),
    ].join('\n');
  },
} as const satisfies Record<string, GraphExporter>;

export type GraphFormat = keyof typeof graphExporters;
export const graphFormats = Object.keys(graphExporters) as [GraphFormat, ...GraphFormat[]];
