import type { z } from 'zod';

const article = (type: string): string => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/** `modules[3].path` style location of a zod issue path, under `prefix`. */
export const formatIssuePath = (prefix: string, path: readonly PropertyKey[]): string =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`), prefix).replace(/^\./, '') ||
  '(top level)';

/**
 * "modules[3].path: expected a string, got number". zod's own wording ("Invalid input: expected string,
 * received number") does not say where; the received type is looked up in the data because zod 4 leaves
 * the input out of issues by default.
 */
export const describeZodIssue = (prefix: string, issue: z.core.$ZodIssue, data: unknown): string => {
  const where = formatIssuePath(prefix, issue.path);
  if (issue.code === 'invalid_type') {
    let value: unknown = data;
    for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
    const got = value === undefined ? 'nothing (the field is missing)' : typeOf(value);
    return `${where}: expected ${article(issue.expected)}, got ${got}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return `${where}: expected a non-empty string`;
  return `${where}: ${issue.message}`;
};

/** "line 3, column 5" for a JSON.parse error, from the character offset V8 reports ('' if it gives none). */
export const jsonErrorLocation = (text: string, message: string): string => {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) return '';
  const before = text.slice(0, Number(position)).split('\n');
  return ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
};
