import type { ModuleId } from '../graph/types.ts';
import type { ModuleProfile } from './buildProfiles.ts';

/** Above this many modules only graph neighbours and path relatives are compared (O(n²) otherwise). */
const ALL_PAIRS_LIMIT = 400;

const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / (a.size + b.size - shared);
};

const parentOf = (id: string) => id.split('/').slice(0, -1).join('/');

/**
 * For each module, the other module most easily confused with it: the highest vocabulary overlap
 * (Jaccard over path, symbol and doc words) among all modules, or, in big graphs, among its
 * dependencies, dependents, parent, children and siblings. Hard examples explain why it is not the answer.
 */
export function findNearMisses(profiles: ReadonlyMap<ModuleId, ModuleProfile>): Map<ModuleId, ModuleId> {
  const all = [...profiles.values()];
  const byParent = new Map<string, ModuleProfile[]>();
  for (const p of all) (byParent.get(parentOf(p.id)) ?? byParent.set(parentOf(p.id), []).get(parentOf(p.id)))?.push(p);
  const out = new Map<ModuleId, ModuleId>();
  for (const p of all) {
    let candidates: ModuleProfile[];
    if (all.length <= ALL_PAIRS_LIMIT) candidates = all;
    else {
      const ids = new Set<ModuleId>([...p.dependsOn, ...p.usedBy]);
      const relatives = [...(byParent.get(parentOf(p.id)) ?? []), ...(byParent.get(p.id) ?? [])];
      candidates = [...[...ids].flatMap((id) => profiles.get(id) ?? []), ...relatives];
    }
    let best: ModuleProfile | undefined;
    let bestScore = 0;
    for (const c of candidates) {
      if (c.id === p.id) continue;
      const s = jaccard(p.vocabulary, c.vocabulary);
      if (s > bestScore || (s === bestScore && best && c.id < best.id)) {
        best = c;
        bestScore = s;
      }
    }
    if (best && bestScore > 0) out.set(p.id, best.id);
  }
  return out;
}
