const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** The letters beside `letter` on a QWERTY keyboard (same row and the rows above and below); [] for a non-letter. */
export const keyboardNeighbours = (letter: string): string[] => {
  const out: string[] = [];
  KEY_ROWS.forEach((row, r) => {
    const i = row.indexOf(letter);
    if (i < 0) return;
    for (const [dr, di] of [[0, -1], [0, 1], [-1, 0], [-1, 1], [1, -1], [1, 0]] as const) {
      const key = KEY_ROWS[r + dr]?.[i + di];
      if (key !== undefined) out.push(key);
    }
  });
  return out;
};
