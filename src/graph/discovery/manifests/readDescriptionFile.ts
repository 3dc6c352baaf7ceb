/**
 * The fields of an R package's DESCRIPTION (Debian control format): `Field: value`, a value continued on
 * the lines below that start with white space, joined by one space; a continuation line of only `.` is a
 * paragraph break (read as a new line, not as ". .").
 */
export const readDescriptionFile = (text: string): Map<string, string> => {
  const fields = new Map<string, string>();
  let field: string | undefined;
  for (const line of text.split(/\r?\n/u)) {
    const start = /^([A-Za-z][\w.@/-]*)\s*:\s*(.*)$/u.exec(line);
    if (start?.[1] !== undefined) {
      field = start[1];
      fields.set(field, (start[2] ?? '').trim());
    } else if (field !== undefined && /^\s+\.\s*$/u.test(line)) {
      fields.set(field, `${fields.get(field) ?? ''}\n`);
    } else if (field !== undefined && /^\s+\S/u.test(line)) {
      const before = fields.get(field) ?? '';
      fields.set(field, `${before}${before === '' || before.endsWith('\n') ? '' : ' '}${line.trim()}`.trim());
    } else if (line.trim() === '') {
      field = undefined;
    }
  }
  return fields;
};
