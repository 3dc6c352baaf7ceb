import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ModuleGraph, ModuleNode } from '../../src/graph/ModuleGraph.ts';
import { graphExporters } from '../../src/graph/exporters/graphExporters.ts';
import { asModuleId } from '../../src/graph/types.ts';

const node = (id: string, files: string[]): ModuleNode => ({ id: asModuleId(id), path: id, files, languages: {}, bytes: 0, symbols: [], docComments: [], summary: `${id}.` });
const graph: ModuleGraph = {
  root: '/repo',
  modules: [node('web', ['web/a.ts', 'web/b.ts']), node('services/"auth"', ['services/auth/x.go'])],
  edges: [{ from: asModuleId('web'), to: asModuleId('services/"auth"'), weight: 3 }],
  commits: [],
  fingerprint: 'f',
};

describe('graph exporters', () => {
  it('dot: one line break per label (not a literal backslash-n) and quotes escaped', () => {
    const dot = graphExporters.dot(graph);
    assert.ok(dot.includes('"web" [label="web\\n2 files"];'), dot);
    assert.ok(dot.includes('"services/\\"auth\\"" [label="services/\\"auth\\"\\n1 file"];'), dot);
    assert.ok(!dot.includes('\\\\n'), dot);
    assert.ok(dot.includes('"web" -> "services/\\"auth\\"" [label="3", penwidth=2.6];'), dot);
  });

  it('mermaid and json name every module and edge', () => {
    const mermaid = graphExporters.mermaid(graph);
    assert.match(mermaid, /^graph LR\n {2}m0_web\["web"\]\n {2}m1_services__auth_\["services\/#quot;auth#quot;"\]\n {2}m0_web -->\|3\| m1_services__auth_$/);
    const json = JSON.parse(graphExporters.json(graph)) as { nodes: { id: string; files: number }[]; edges: unknown[] };
    assert.deepEqual(json.nodes.map((n) => [n.id, n.files]), [['web', 2], ['services/"auth"', 1]]);
    assert.equal(json.edges.length, 1);
  });
});
