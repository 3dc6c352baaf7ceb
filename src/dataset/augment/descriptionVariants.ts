import type { ModuleProfile } from '../buildProfiles.ts';
import { clip, contentWords, decapitalize, humanize, listPhrase } from '../text.ts';

/** Operator name recorded on examples whose topic is not the module's first description variant. */
export const DESCRIPTION_VARIANT = 'description-variant';

type VariantInput = Pick<ModuleProfile, 'pathPhrase' | 'keySymbols' | 'docSentences' | 'fileStems' | 'usedBy' | 'dependsOn' | 'symbols'>;

/**
 * A doc sentence as a noun phrase: "Creates a readable store …" → "the code that creates a
 * readable store …"; "`scrollX.current` is a reactive view of …" → "a reactive view of …".
 */
export function docClause(sentence: string): string | undefined {
  const clause = clip(sentence.split(/[,;:(]/)[0] ?? sentence, 9);
  if (clause.split(' ').length < 3) return undefined;
  const copula = / (?:is|are) ((?:a|an|the) .+)$/.exec(clause);
  if (copula?.[1] && copula[1].split(' ').length >= 3) return copula[1];
  const first = clause.split(' ')[0] ?? '';
  if (/^\p{Lu}\p{Ll}+s$/u.test(first) && !/ss$/.test(first)) return `the code that ${decapitalize(clause)}`;
  return decapitalize(clause);
}

/**
 * Several short topic phrases for one module, each built from a different graph fact, so that a
 * template can be filled from several angles and a split can hold one angle out:
 *
 *   0 path        "client reactivity"
 *   1 symbols     "derived and effect tracking"
 *   2 doc words   "effect, derived and signal"      (most frequent doc words not in the path)
 *   3 files       "deriveds and sources"
 *   4 doc clause  "the code that creates a readable store" (see docClause)
 *   5 neighbours  "the client reactivity helpers used by dom blocks"  (only when little else exists)
 *
 * Empty and duplicate phrases are skipped, so a thin module has fewer variants; there is always one.
 */
export function descriptionVariants(p: VariantInput): string[] {
  const out: string[] = [p.pathPhrase];
  const syms = p.keySymbols.length ? p.keySymbols : p.symbols.map((s) => s.name);
  const symPhrases = [...new Set(syms.map(humanize).filter((s) => s.length > 2))];
  if (symPhrases.length) out.push(listPhrase(symPhrases.slice(0, 2)));
  const pathWords = new Set(p.pathPhrase.split(' '));
  const freq = new Map<string, number>();
  for (const s of p.docSentences) for (const w of new Set(contentWords(s))) if (!pathWords.has(w) && !/^\d+$/.test(w)) freq.set(w, (freq.get(w) ?? 0) + 1);
  const top = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([w]) => w);
  if (top.length >= 2) out.push(listPhrase(top));
  const files = p.fileStems.map(humanize).filter((f) => f.length > 2 && f !== p.pathPhrase);
  if (files.length) out.push(listPhrase(files.slice(0, 2)));
  const firstDoc = p.docSentences[0];
  if (firstDoc) {
    const clause = docClause(firstDoc);
    if (clause) out.push(clause);
  }
  if (out.length < 3) {
    const neighbour = p.usedBy[0] ?? p.dependsOn[0];
    if (neighbour) {
      const n = humanize(neighbour.split('/').pop() ?? neighbour);
      out.push(`the ${p.pathPhrase} helpers ${p.usedBy[0] ? 'used by' : 'built on'} ${n}`);
    }
  }
  return [...new Set(out.map((v) => v.trim()).filter(Boolean))];
}
