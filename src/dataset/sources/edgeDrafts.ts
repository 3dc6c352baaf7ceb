import type { ModuleEdge } from '../../graph/ModuleGraph.ts';
import type { ModuleId } from '../../graph/types.ts';
import { rngFor } from '../../util/random.ts';
import type { ModuleProfile } from '../buildProfiles.ts';
import type { Draft } from '../DatasetExample.ts';
import { fillTemplate } from '../fillTemplate.ts';
import { aspects, conditions, edgeTemplates } from '../templates.ts';

/**
 * Multi-module examples from dependency edges: the heaviest `perModule` outgoing edges of each
 * module, two templates each, topics from the first two description variants of both ends.
 */
export function edgeDrafts(edges: readonly ModuleEdge[], profiles: Map<ModuleId, ModuleProfile>, seed: number, perModule: number): Draft[] {
  const byFrom = new Map<ModuleId, ModuleEdge[]>();
  for (const e of edges) if (e.from !== e.to && profiles.has(e.from) && profiles.has(e.to)) (byFrom.get(e.from) ?? byFrom.set(e.from, []).get(e.from))?.push(e);
  const out: Draft[] = [];
  for (const [from, list] of [...byFrom].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const top = [...list].sort((a, b) => b.weight - a.weight || (a.to < b.to ? -1 : 1)).slice(0, perModule);
    for (const e of top) {
      const a = profiles.get(from) as ModuleProfile;
      const b = profiles.get(e.to) as ModuleProfile;
      const rng = rngFor(seed, `edge:${from}->${e.to}`);
      for (const t of rng.shuffle(edgeTemplates.map((_, i) => i)).slice(0, 2)) {
        const va = rng.int(Math.min(2, a.variants.length));
        out.push({
          prompt: fillTemplate(edgeTemplates[t] as string, {
            from: a.variants[va] as string,
            to: b.variants[rng.int(Math.min(2, b.variants.length))] as string,
            cond: rng.pick(conditions),
            aspect: rng.pick(aspects),
          }),
          targets: [from, e.to].sort() as ModuleId[],
          source: 'edge',
          template: `edge.${t}`,
          variant: va,
        });
      }
    }
  }
  return out;
}
