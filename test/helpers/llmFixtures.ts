import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ModuleGraph, ModuleNode } from '../../src/graph/ModuleGraph.ts';
import { asModuleId } from '../../src/graph/types.ts';
import { loraToGguf } from '../../src/llm/loraGguf.ts';
import { makeRandomLora } from '../../src/llm/makeRandomLora.ts';
import { makeTinyModel } from '../../src/llm/makeTinyModel.ts';
import { modelToGguf } from '../../src/llm/modelToGguf.ts';
import type { Model, TinyArchitecture } from '../../src/llm/TinyModel.ts';
import { writeGguf } from '../../src/llm/writeGguf.ts';

export const tempDir = (prefix = 'modroute-llmb-'): string => mkdtempSync(join(tmpdir(), prefix));

let counter = 0;

/** Writes a tiny random-weight model; every call gets a new file name (node-llama-cpp caches by path). */
export async function writeTinyModel(dir: string, arch: TinyArchitecture = 'qwen3', seed = 3, config?: Parameters<typeof makeTinyModel>[0]['config']): Promise<{ model: Model; path: string }> {
  const model = makeTinyModel({ arch, seed, ...(config ? { config } : {}) });
  const path = join(dir, `tiny-${arch}-${seed}-${counter++}.gguf`);
  await writeGguf(path, modelToGguf(model));
  return { model, path };
}

/** A random LoRA adapter for `model`, strong enough to move its answers. */
export async function writeTinyAdapter(dir: string, model: Model, seed = 11, scale = 4): Promise<string> {
  const path = join(dir, `lora-${seed}-${counter++}.gguf`);
  const adapter = makeRandomLora(model, { seed, rank: 4, alpha: 4 * scale });
  await writeGguf(path, loraToGguf(adapter));
  return path;
}

const node = (id: string, summary: string): ModuleNode => ({
  id: asModuleId(id), path: id, files: [`${id}/index.ts`], languages: { typescript: 1 }, bytes: 100,
  symbols: [{ name: id.split('/').at(-1) ?? id, kind: 'function', file: `${id}/index.ts`, exported: true }],
  docComments: [summary], summary,
});

/** A small module graph with known ids (no repository behind it: enough for model backends). */
export function sampleGraph(extra = 0): ModuleGraph {
  const base: [string, string][] = [
    ['src/graph', 'Module discovery and the module graph.'],
    ['src/graph/extractors', 'Tree-sitter extractors, one per language.'],
    ['src/index', 'BM25F retrieval over module fields.'],
    ['src/server/http', 'HTTP server routes and validation.'],
    ['src/cli', 'Command line parsing and rendering.'],
    ['packages/api-client', 'HTTP client with retry and timeouts.'],
    ['packages/ui-kit', 'Buttons, date picker and other widgets.'],
    ['docs', 'Documentation site.'],
  ];
  for (let i = 0; i < extra; i++) base.push([`packages/generated-${i}`, `Generated package number ${i}.`]);
  const modules = base.map(([id, s]) => node(id, s));
  return { root: '/tmp/sample-repo', modules, edges: [{ from: asModuleId('src/cli'), to: asModuleId('src/index'), weight: 3 }], commits: [], fingerprint: 'sample' };
}
