import { stripCStyleComments } from './stripCStyleComments.ts';

const unquote = (token: string): string => token.replace(/^["`](.*)["`]$/, '$1');

/** Directories of `use` directives in go.work, both `use ./a` and the `use ( … )` block form. */
export const parseGoWork = (source: string): string[] => {
  const text = stripCStyleComments(source);
  const dirs: string[] = [];
  for (const block of text.matchAll(/^\s*use\s*\(([^)]*)\)/gm)) {
    dirs.push(...(block[1] ?? '').split(/\s+/).filter((t) => t !== '').map(unquote));
  }
  for (const single of text.matchAll(/^\s*use\s+([^\s(][^\s]*)\s*$/gm)) dirs.push(unquote(single[1] ?? ''));
  return dirs;
};

/** Module path of a go.mod (`module example.com/x`). */
export const readGoModulePath = (goMod: string): string | undefined =>
  /^\s*module\s+("?)([^\s"]+)\1\s*$/m.exec(stripCStyleComments(goMod))?.[2];
