import type { Rng } from '../util/random.ts';
import type { ExampleSource, Split } from './DatasetExample.ts';

export type SplitCaps = Record<Split, number>;

/**
 * Per-module caps, balanced by source: for each (first target, split) over its cap, sources take
 * turns (each source shuffled), so a module with hundreds of symbol prompts still keeps its
 * history and template examples. Returns which items survive.
 */
export function capPerModule(items: readonly { targets: readonly string[]; split: Split; source: ExampleSource }[], caps: SplitCaps, rng: Rng): boolean[] {
  const groups = new Map<string, number[]>();
  items.forEach((it, i) => {
    const key = `${it.targets[0]}\u0000${it.split}`;
    (groups.get(key) ?? groups.set(key, []).get(key))?.push(i);
  });
  const keep = new Array<boolean>(items.length).fill(false);
  for (const [key, members] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const cap = caps[key.split('\u0000')[1] as Split];
    if (members.length <= cap) {
      for (const i of members) keep[i] = true;
      continue;
    }
    const bySource = new Map<string, number[]>();
    for (const i of members) {
      const source = items[i]?.source ?? 'template';
      (bySource.get(source) ?? bySource.set(source, []).get(source))?.push(i);
    }
    const queues = [...bySource.keys()].sort().map((s) => rng.shuffle(bySource.get(s) as number[]));
    let taken = 0;
    for (let round = 0; taken < cap; round++) {
      let any = false;
      for (const q of queues) {
        const i = q[round];
        if (i !== undefined && taken < cap) {
          keep[i] = true;
          taken++;
          any = true;
        }
      }
      if (!any) break;
    }
  }
  return keep;
}
