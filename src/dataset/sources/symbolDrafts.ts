import { rngFor } from '../../util/random.ts';
import type { ModuleProfile } from '../buildProfiles.ts';
import type { Draft, TemplateFamily } from '../DatasetExample.ts';
import { fillTemplate } from '../fillTemplate.ts';
import { conditions, docTemplates, kindNouns, symbolTemplates } from '../templates.ts';
import { decapitalize } from '../text.ts';

const symbolFamilies: TemplateFamily[] = ['bug', 'feature', 'question', 'refactor', 'bug', 'feature'];
const docFamilies: TemplateFamily[] = ['bug', 'feature', 'question', 'refactor', 'bug'];

/** Symbols rephrased as requirements: two templates per (capped) symbol. The split holds out whole symbols. */
export function symbolDrafts(profile: ModuleProfile, seed: number): Draft[] {
  const out: Draft[] = [];
  for (const s of profile.symbols) {
    const rng = rngFor(seed, `symbol:${profile.id}:${s.name}`);
    const picks = rng.shuffle(symbolTemplates.map((_, i) => i)).slice(0, 2);
    for (const t of picks) {
      out.push({
        prompt: fillTemplate(symbolTemplates[t] as string, { symbol: s.phrase, code: s.name, kind: kindNouns[s.kind] ?? 'code', cond: rng.pick(conditions) }),
        targets: [profile.id],
        source: 'symbol',
        family: symbolFamilies[t] ?? 'feature',
        template: `symbol.${t}`,
        unit: `symbol:${s.name}`,
      });
    }
  }
  return out;
}

/** Doc comments (any language) rephrased as requirements: one or two templates per sentence. */
export function docDrafts(profile: ModuleProfile, seed: number): Draft[] {
  const out: Draft[] = [];
  const docs = [...profile.docSentences, ...profile.symbols.flatMap((s) => (s.doc ? [s.doc] : []))];
  for (const sentence of [...new Set(docs)]) {
    const rng = rngFor(seed, `doc:${profile.id}:${sentence}`);
    const doc = sentence.replace(/[.!?。]+$/u, '');
    if (doc.split(/\s+/).length > 40) continue;
    const picks = rng.shuffle(docTemplates.map((_, i) => i)).slice(0, rng.chance(0.5) ? 2 : 1);
    for (const t of picks) {
      out.push({
        prompt: fillTemplate(docTemplates[t] as string, { doc, docLower: decapitalize(doc) }),
        targets: [profile.id],
        source: 'doc',
        family: docFamilies[t] ?? 'bug',
        template: `doc.${t}`,
        unit: `doc:${sentence}`,
      });
    }
  }
  return out;
}
