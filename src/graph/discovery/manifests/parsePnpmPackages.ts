const unquote = (token: string): string => {
  const t = token.trim();
  return (t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'")) ? t.slice(1, -1) : t;
};

const stripComment = (line: string): string => line.replace(/(^|\s)#.*$/, '');

/**
 * The `packages:` list of pnpm-workspace.yaml, block ("- 'packages/*'") or flow (['a', 'b']) style.
 * Only this one key is needed, so a YAML dependency is not.
 */
export const parsePnpmPackages = (text: string): string[] => {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => /^packages\s*:/.test(line));
  if (start < 0) return [];
  const inline = stripComment((lines[start] ?? '').replace(/^packages\s*:/, '')).trim();
  if (inline.startsWith('[')) {
    return inline
      .replace(/^\[|\]$/g, '')
      .split(',')
      .map(unquote)
      .filter((p) => p !== '');
  }
  const packages: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const content = stripComment(line);
    if (content.trim() === '') continue;
    const item = /^\s*-\s*(.+?)\s*$/.exec(content);
    if (item) packages.push(unquote(item[1] ?? ''));
    else if (!/^\s/.test(content)) break; // the next top-level key
  }
  return packages.filter((p) => p !== '');
};
