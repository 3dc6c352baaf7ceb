/**
 * The fields of an R package's DESCRIPTION (Debian control format): `Field: value`, a value continued on
 * the lines below that start with white space, joined by one space.
 */
export const readDescriptionFile = (text: string): Map<string, string> => {
  const fields = new Map<string, string>();
  let field: string | undefined;
  for (const line of text.split(/\r?\n/u)) {
    const start = /^([A-Za-z][\w.@/-]*)\s*:\s*(.*)$/u.exec(line);
    if (start?.[1] !== undefined) {
      field = start[1];
      fields.set(field, (start[2] ?? '').trim());
    } else if (field !== undefined && /^\s+\S/u.test(line)) {
      fields.set(field, `${fields.get(field) ?? ''} ${line.trim()}`.trim());
    } else if (line.trim() === '') {
      field = undefined;
    }
  }
  return fields;
};
