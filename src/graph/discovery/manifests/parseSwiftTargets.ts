import { stripCStyleComments } from './stripCStyleComments.ts';

const DEFAULT_FOLDER: Record<string, string> = { testTarget: 'Tests', plugin: 'Plugins' };

/**
 * Targets of a Package.swift: `.target`, `.executableTarget`, `.testTarget`, `.macro`, `.plugin`,
 * `.systemLibrary`, with `path:` or SwiftPM's default (Sources/<name>, Tests/<name>, Plugins/<name>).
 * After a declaration its whole argument list is skipped, so `.target(name: "Core")` written as a
 * *dependency* inside another target is not mistaken for a declaration.
 */
export const parseSwiftTargets = (source: string): { name: string; path: string }[] => {
  const text = stripCStyleComments(source);
  const declaration = /\.(target|executableTarget|testTarget|macro|plugin|systemLibrary)\s*\(/g;
  const targets: { name: string; path: string }[] = [];
  let match: RegExpExecArray | null;
  while ((match = declaration.exec(text)) !== null) {
    const open = match.index + match[0].length - 1;
    let depth = 0;
    let close = text.length;
    for (let i = open; i < text.length; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')' && --depth === 0) {
        close = i;
        break;
      }
    }
    const args = text.slice(open + 1, close);
    declaration.lastIndex = close;
    const name = /^\s*name\s*:\s*"([^"]+)"/.exec(args)?.[1];
    if (name === undefined) continue;
    const path = /\bpath\s*:\s*"([^"]+)"/.exec(args)?.[1];
    targets.push({ name, path: path ?? `${DEFAULT_FOLDER[match[1] ?? ''] ?? 'Sources'}/${name}` });
  }
  return targets;
};
