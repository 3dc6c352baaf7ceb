import { rngFor } from '../../util/random.ts';
import type { ModuleProfile } from '../buildProfiles.ts';
import { type Draft, templateFamilies, type TemplateFamily } from '../DatasetExample.ts';
import { fillTemplate } from '../fillTemplate.ts';
import { aspects, conditions, familyTemplates } from '../templates.ts';

/**
 * Feature / bug / question / refactor / upgrade requests over a module's description variants.
 * The full grid (family × template × variant) is sampled down to `maxPerModule`, round-robin over
 * families so every family is represented; the sample depends only on (seed, module).
 */
export function templateDrafts(profile: ModuleProfile, seed: number, maxPerModule: number): Draft[] {
  const rng = rngFor(seed, `templates:${profile.id}`);
  const grids = templateFamilies.map((family) => {
    const cells: { family: TemplateFamily; t: number; v: number }[] = [];
    familyTemplates[family].forEach((_, t) => profile.variants.forEach((__, v) => cells.push({ family, t, v })));
    return rng.shuffle(cells);
  });
  const picked: { family: TemplateFamily; t: number; v: number }[] = [];
  for (let i = 0; picked.length < maxPerModule; i++) {
    let any = false;
    for (const grid of grids) {
      const cell = grid[i];
      if (cell && picked.length < maxPerModule) {
        picked.push(cell);
        any = true;
      }
    }
    if (!any) break;
  }
  return picked.map(({ family, t, v }) => ({
    prompt: fillTemplate(familyTemplates[family][t] as string, {
      topic: profile.variants[v] as string,
      cond: rng.pick(conditions),
      aspect: rng.pick(aspects),
    }),
    targets: [profile.id],
    source: 'template',
    family,
    template: `${family}.${t}`,
    variant: v,
  }));
}
