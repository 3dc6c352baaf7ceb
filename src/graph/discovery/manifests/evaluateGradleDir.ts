const LITERAL = String.raw`(?:"([^"\n]*)"|'([^'\n]*)')`;
/** Directories a settings file may start a path from, as paths relative to the settings file's own folder. */
const BASES: Record<string, string> = {
  settingsDir: '',
  rootDir: '',
  'rootProject.projectDir': '',
  'settingsDir.parentFile': '..',
  'rootDir.parentFile': '..',
};
const BASE = String.raw`(settingsDir(?:\.parentFile)?|rootDir(?:\.parentFile)?|rootProject\.projectDir)`;
const FORMS = [
  new RegExp(String.raw`^(?:file|(?:new\s+)?File)\(\s*${LITERAL}\s*\)$`),
  new RegExp(String.raw`^(?:file|(?:new\s+)?File)\(\s*${BASE}\s*,\s*${LITERAL}\s*\)$`),
  new RegExp(String.raw`^${BASE}\.resolve\(\s*${LITERAL}\s*\)$`),
];
/** `"$rootDir/x"`, `"${settingsDir}/x"`: a template that only starts from the settings folder is still a literal path. */
const ROOT_TEMPLATE = /^\$\{?(?:settingsDir|rootDir|rootProject\.projectDir)\}?(?:\/|$)/;

/**
 * The directory, relative to the settings file's folder (it may start with '..'), that a `projectDir = …`
 * expression names: `file('x')`, `new File(settingsDir, 'x')`, `File(rootDir, "x")`, `rootDir.resolve("x")`,
 * `file("$rootDir/x")`. Undefined for anything computed (a variable, a loop, another template).
 */
export const evaluateGradleDir = (expression: string): string | undefined => {
  const text = expression.trim().replace(/;$/, '').trim();
  for (const form of FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    const base = m.length === 4 ? BASES[m[1] ?? ''] ?? '' : '';
    const literal = (m.length === 4 ? (m[2] ?? m[3]) : (m[1] ?? m[2])) ?? '';
    const path = literal.replace(ROOT_TEMPLATE, '');
    if (path.includes('$')) return undefined;
    return [base, path].filter((s) => s !== '').join('/');
  }
  return undefined;
};
