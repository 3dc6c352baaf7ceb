/** Case, `_`, `-` and `.` left out: `active_record`, `ActiveRecord` and `activerecord` compare equal. */
const squash = (s: string): string => s.toLowerCase().replace(/[-_.\s]/g, '');

/** Edit distance counting a swap of two neighbouring letters as one edit (`hybird` → `hybrid`); limit + 1 when the lengths alone differ by more. */
const distance = (a: string, b: string, limit: number): number => {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(v);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
};

/**
 * The names a mistyped one most likely meant, closest first: those the input names part of (or that
 * name part of the input by their last path segment), then those within a few typing mistakes of the
 * input, whole or by last segment (`actionpak` → `actionpack`, `hybird` → `hybrid`).
 */
export const closestNames = (input: string, names: readonly string[], max = 5): string[] => {
  const needle = squash(input);
  if (needle === '') return [];
  const limit = Math.max(1, Math.floor(needle.length / 4));
  const scored: { name: string; d: number }[] = [];
  for (const name of names) {
    const whole = squash(name);
    const last = squash(name.split('/').pop() ?? name);
    const contains = whole.includes(needle) || (last.length > 2 && needle.includes(last));
    const d = contains ? 0 : Math.min(distance(needle, whole, limit), distance(needle, last, limit));
    if (d <= limit) scored.push({ name, d });
  }
  return scored.sort((a, b) => a.d - b.d || a.name.length - b.name.length || (a.name < b.name ? -1 : 1)).slice(0, max).map((s) => s.name);
};
