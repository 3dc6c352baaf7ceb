import { normalizeModulePath } from '../normalizeModulePath.ts';
import { stripCStyleComments } from './stripCStyleComments.ts';

const STRING_LITERAL = /"([^"\n]*)"|'([^'\n]*)'/g;

/** The argument text of an `include` call: a balanced (…), or the line plus lines continued by a trailing ','. */
const includeArguments = (text: string, from: number): string => {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] === '(') {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      if (text[j] === '(') depth++;
      else if (text[j] === ')' && --depth === 0) return text.slice(i + 1, j);
    }
    return text.slice(i + 1);
  }
  let end = text.indexOf('\n', i);
  while (end >= 0 && text.slice(i, end).trimEnd().endsWith(',')) end = text.indexOf('\n', end + 1);
  return text.slice(i, end < 0 ? text.length : end);
};

/**
 * Gradle project paths (":a:b") and their directories from settings.gradle(.kts).
 * ":a:b" lives in a/b unless a simple `project(":a:b").projectDir = file("dir")` (or
 * `File(settingsDir|rootDir, "dir")`) says otherwise; computed projectDirs are ignored.
 */
export const parseGradleSettings = (source: string): { project: string; dir: string }[] => {
  const text = stripCStyleComments(source);
  const projects: string[] = [];
  for (const match of text.matchAll(/(?<![\w.$])include\b/g)) {
    for (const literal of includeArguments(text, match.index + match[0].length).matchAll(STRING_LITERAL)) {
      const name = (literal[1] ?? literal[2] ?? '').trim();
      const path = name.startsWith(':') ? name : `:${name}`;
      if (path !== ':' && !projects.includes(path)) projects.push(path);
    }
  }
  const overrides = new Map<string, string>();
  const override =
    /project\(\s*["']([^"']+)["']\s*\)\.projectDir\s*=\s*(?:file\(\s*["']([^"']+)["']\s*\)|(?:new\s+)?File\(\s*(?:settingsDir|rootDir|rootProject\.projectDir)\s*,\s*["']([^"']+)["']\s*\))/g;
  for (const m of text.matchAll(override)) {
    const name = m[1] ?? '';
    const dir = normalizeModulePath(m[2] ?? m[3] ?? '');
    if (dir !== undefined && dir !== '') overrides.set(name.startsWith(':') ? name : `:${name}`, dir);
  }
  return projects.map((project) => ({
    project,
    dir: overrides.get(project) ?? project.split(':').filter((s) => s !== '').join('/'),
  }));
};
