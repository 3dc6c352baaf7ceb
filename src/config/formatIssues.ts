import type { z } from 'zod';

/** Turns zod issues into "field.path: what was expected" lines that name the offending field. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const where = issue.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : '(top level)';
    return `${where}: ${issue.message}`;
  });
}

/** JSON.parse with an error that says where: line and column of the problem. */
export function parseJsonWithPosition(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const pos = /position (\d+)/.exec(message);
    if (pos?.[1]) {
      const offset = Number(pos[1]);
      const before = text.slice(0, offset).split('\n');
      return { ok: false, message: `not valid JSON at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1} (${message.replace(/ in JSON at position \d+.*$/, '')})` };
    }
    return { ok: false, message: `not valid JSON (${message})` };
  }
}
