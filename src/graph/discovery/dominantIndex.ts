/** Share of the files one candidate must hold to be the code, the others helpers beside it. */
export const DOMINANT_SHARE = 0.8;

/**
 * Of several candidates' file counts, the index of the one holding DOMINANT_SHARE of them all (Composer's `src/`
 * beside a `phpstan/` of one config script; Sphinx's `sphinx/` beside a root `utils/`), or undefined.
 */
export const dominantIndex = (counts: readonly number[]): number | undefined => {
  if (counts.length < 2) return undefined;
  const total = counts.reduce((a, b) => a + b, 0);
  const best = counts.indexOf(Math.max(...counts));
  return total > 0 && (counts[best] ?? 0) >= DOMINANT_SHARE * total ? best : undefined;
};
