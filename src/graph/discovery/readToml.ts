export type TomlValue = string | string[] | boolean | number;
/** Table name ('' = top level, 'tool.poetry') → key → value. */
export type TomlTables = Map<string, Map<string, TomlValue>>;

/** Drops a '#' comment that is outside quotes. */
const stripComment = (line: string): string => {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
};

const bracketDepth = (text: string): number => {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
  }
  return depth;
};

const unquote = (token: string): string | undefined => {
  if (token.startsWith("'") && token.endsWith("'") && token.length >= 2) return token.slice(1, -1);
  if (token.startsWith('"') && token.endsWith('"') && token.length >= 2) {
    try {
      return JSON.parse(token) as string;
    } catch {
      return token.slice(1, -1);
    }
  }
  return undefined;
};

const STRING_TOKEN = /"(?:[^"\\]|\\.)*"|'[^']*'/g;

/**
 * A deliberately small TOML reader: tables, dotted keys, strings (basic, literal, multi-line), booleans,
 * numbers and arrays of strings. Inline tables and arrays of tables' contents are skipped. Manifests only
 * need a handful of keys (package.name, workspace.members, project.description), so pulling in a full
 * TOML parser as a dependency was not worth it.
 */
export const readToml = (text: string): TomlTables => {
  const tables: TomlTables = new Map([['', new Map()]]);
  let table = '';
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = stripComment(raw).trim();
    if (line === '') continue;
    const header = /^\[\[?\s*([^\]]+?)\s*\]\]?$/.exec(line);
    if (header) {
      table = (header[1] ?? '').split('.').map((part) => unquote(part.trim()) ?? part.trim()).join('.');
      if (!tables.has(table)) tables.set(table, new Map());
      continue;
    }
    const assignment = /^((?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*'))*)\s*=\s*(.*)$/.exec(line);
    if (!assignment) continue;
    const keyParts = (assignment[1] ?? '').split('.').map((part) => unquote(part.trim()) ?? part.trim());
    const key = keyParts.pop() ?? '';
    const target = [table, ...keyParts].filter((p) => p !== '').join('.');
    let value = assignment[2] ?? '';
    let parsed: TomlValue | undefined;
    const triple = value.startsWith('"""') ? '"""' : value.startsWith("'''") ? "'''" : undefined;
    if (triple) {
      // Multi-line strings are read raw: descriptions rarely use escapes, and unescaping is not worth it.
      let body = raw.slice(raw.indexOf(triple) + 3);
      while (!body.includes(triple) && i + 1 < lines.length) body += `\n${lines[++i] ?? ''}`;
      parsed = body.slice(0, body.indexOf(triple)).replace(/^\n/, '');
    } else if (value.startsWith('[')) {
      while (bracketDepth(value) > 0 && i + 1 < lines.length) value += `\n${stripComment(lines[++i] ?? '')}`;
      parsed = [...value.matchAll(STRING_TOKEN)].map((m) => unquote(m[0]) ?? '');
    } else if (value.startsWith('"') || value.startsWith("'")) {
      const token = value.match(STRING_TOKEN)?.[0];
      parsed = token === undefined ? undefined : unquote(token);
    } else if (value === 'true' || value === 'false') {
      parsed = value === 'true';
    } else if (/^[+-]?\d[\d_]*(\.\d+)?$/.test(value)) {
      parsed = Number(value.replaceAll('_', ''));
    }
    if (parsed === undefined) continue;
    let entries = tables.get(target);
    if (!entries) tables.set(target, (entries = new Map()));
    entries.set(key, parsed);
  }
  return tables;
};

/** A string value, or undefined when absent or of another type (e.g. `version.workspace = true`). */
export const tomlString = (tables: TomlTables, table: string, key: string): string | undefined => {
  const value = tables.get(table)?.get(key);
  return typeof value === 'string' ? value : undefined;
};

/** A string-array value, [] when absent. */
export const tomlStrings = (tables: TomlTables, table: string, key: string): string[] => {
  const value = tables.get(table)?.get(key);
  return Array.isArray(value) ? value : [];
};
