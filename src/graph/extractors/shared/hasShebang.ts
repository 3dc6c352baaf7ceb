import type { SourceFile } from '../../types.ts';

/** Extensionless scripts: true when the first line is a shebang naming a matching interpreter. */
export const hasShebang = (file: SourceFile, interpreter: RegExp): boolean => {
  if (/\.[^/]+$/.test(file.path) || !file.text.startsWith('#!')) return false;
  const end = file.text.indexOf('\n');
  return interpreter.test(file.text.slice(0, end < 0 ? 200 : Math.min(end, 200)));
};
