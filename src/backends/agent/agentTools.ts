import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModuleGraph } from '../../graph/ModuleGraph.ts';
import type { Backend } from '../Backend.ts';
import { createIdMatcher } from '../llm/matchModuleId.ts';

export const toolNames = ['search', 'open', 'neighbours', 'grep'] as const;
export type ToolName = (typeof toolNames)[number];

/** What the model may write after `ACTION: `; a grammar for drivers that can constrain (llm). */
export const actionGrammar = (allowAnswer: boolean): string =>
  `root ::= ("search" | "open" | "neighbours" | "grep") " " [a-zA-Z0-9_./ -]{1,48}${allowAnswer ? ' | "answer"' : ''}`;

export const TOOL_HELP = [
  'search <words>: the top modules for these words (lexical search)',
  'open <module id>: a module card (summary, key symbols, files, dependencies)',
  'neighbours <module id>: modules it depends on and that depend on it',
  'grep <text>: source lines containing the text, with their module',
  'answer: stop and give the final answer',
].join('\n');

const OBSERVATION_CHARS = 600;
const GREP_MAX_BYTES = 4_000_000;
const cap = (s: string) => (s.length > OBSERVATION_CHARS ? `${s.slice(0, OBSERVATION_CHARS - 1)}…` : s);

/** The agent's tools over the graph and the source tree; every result is short plain text. */
export function createAgentTools(graph: ModuleGraph, lexical: () => Promise<Backend>) {
  const nodes = new Map(graph.modules.map((m) => [m.id as string, m]));
  const matcher = createIdMatcher([...nodes.keys()]);
  const resolve = (arg: string) => matcher.match(arg).id;
  const tools: Record<ToolName, (arg: string) => Promise<{ text: string; modules: string[] }>> = {
    async search(arg) {
      if (!arg.trim()) return { text: 'search needs words', modules: [] };
      const r = await (await lexical()).ask(arg, { top: 5 });
      return { text: r.modules.length ? r.modules.map((m) => `${m.id}: ${nodes.get(m.id)?.summary.split('\n')[0] ?? ''}`).join('\n') : 'no module matches', modules: r.modules.map((m) => m.id) };
    },
    async open(arg) {
      const id = resolve(arg);
      const n = id ? nodes.get(id) : undefined;
      if (!id || !n) return { text: `no module "${arg}"`, modules: [] };
      const deps = graph.edges.filter((e) => e.from === id).map((e) => e.to);
      return {
        text: `${id}: ${n.summary}\nsymbols: ${n.symbols.slice(0, 8).map((s) => s.name).join(', ')}\nfiles: ${n.files.length} (${n.files.slice(0, 4).join(', ')})\ndepends on: ${deps.slice(0, 6).join(', ') || 'none'}`,
        modules: [id],
      };
    },
    async neighbours(arg) {
      const id = resolve(arg);
      if (!id) return { text: `no module "${arg}"`, modules: [] };
      const out = graph.edges.filter((e) => e.from === id).map((e) => e.to as string);
      const inn = graph.edges.filter((e) => e.to === id).map((e) => e.from as string);
      return { text: `${id} depends on: ${out.join(', ') || 'none'}\nused by: ${inn.join(', ') || 'none'}`, modules: [...out, ...inn] };
    },
    async grep(arg) {
      const needle = arg.trim().toLowerCase();
      if (needle.length < 2) return { text: 'grep needs at least 2 characters', modules: [] };
      const hits: string[] = [];
      const modules = new Set<string>();
      let bytes = 0;
      outer: for (const n of graph.modules) {
        for (const file of n.files) {
          let text: string;
          try {
            text = readFileSync(join(graph.root, file), 'utf8');
          } catch {
            continue;
          }
          bytes += text.length;
          const lines = text.split('\n');
          for (const [i, line] of lines.entries()) {
            if (!line.toLowerCase().includes(needle)) continue;
            hits.push(`${n.id}: ${file}:${i + 1}: ${line.trim().slice(0, 80)}`);
            modules.add(n.id);
            if (hits.length >= 6) break outer;
          }
          if (bytes > GREP_MAX_BYTES) break outer;
        }
      }
      return { text: hits.join('\n') || `no line contains "${arg.trim()}"`, modules: [...modules] };
    },
  };
  return {
    async run(action: string): Promise<{ tool: ToolName | 'answer' | 'invalid'; arg: string; text: string; modules: string[] }> {
      const m = /^\s*(search|open|neighbours|grep|answer)\b\s*(.*)$/i.exec(action.split('\n')[0] ?? '');
      if (!m) return { tool: 'invalid', arg: action.slice(0, 60), text: `unknown action; use one of: ${[...toolNames, 'answer'].join(', ')}`, modules: [] };
      const tool = (m[1] as string).toLowerCase() as ToolName | 'answer';
      const arg = (m[2] ?? '').trim();
      if (tool === 'answer') return { tool, arg, text: '', modules: [] };
      const r = await tools[tool](arg);
      return { tool, arg, text: cap(r.text), modules: r.modules };
    },
  };
}
