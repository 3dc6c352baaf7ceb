import { blankText } from '../../../util/blankText.ts';
import { closingBracket } from './gradleCallArguments.ts';

/** A function (or closure) of a settings file that includes projects: `def module(String path) { include(…) … }`. */
export interface GradleHelper {
  name: string;
  params: string[];
  body: string;
}

// Groovy `def module(String path) {`, `void module(path) {`, Kotlin `fun module(path: String) {`,
// and Groovy closures `def module = { String path ->`.
const FUNCTION = /(?<![\w.$])(?:(?:private|public)\s+)?(?:def|void|fun)\s+(\w+)\s*\(([^()]*)\)\s*(?::\s*[\w<>?]+\s*)?\{/g;
const CLOSURE = /(?<![\w.$])(?:def|val)\s+(\w+)\s*=\s*\{([^{}]*?)->/g;

/** `String path`, `path: String`, `path` → `path`; a default value (`= …`) is dropped. */
const paramName = (param: string): string | undefined => {
  const head = param.split('=')[0]?.trim() ?? '';
  return (/^(\w+)\s*:/.exec(head) ?? /(\w+)$/.exec(head))?.[1];
};

/**
 * The helpers a settings file defines (kotlinx.coroutines registers 19 of its 22 projects through
 * `module('core/kotlinx-coroutines-core')`), and the text with their definitions blanked out, so that
 * the `include(name)` inside a body is not read as a top-level include. Only helpers whose body calls
 * `include` or sets a `projectDir` count; line breaks are kept so offsets stay meaningful.
 */
export const findGradleHelpers = (text: string): { helpers: GradleHelper[]; rest: string } => {
  const helpers: GradleHelper[] = [];
  let rest = text;
  const found = [...text.matchAll(FUNCTION), ...text.matchAll(CLOSURE)].sort((a, b) => a.index - b.index);
  let covered = 0;
  for (const m of found) {
    if (m.index < covered) continue; // a function defined inside another one's body
    const open = m[0].lastIndexOf('{') + m.index;
    const close = closingBracket(text, open, '{', '}');
    const end = close < 0 ? text.length : close + 1;
    covered = end;
    const body = text.slice(m.index + m[0].length, end - 1);
    if (!/\binclude\b|\bprojectDir\b/.test(body)) continue;
    const params = (m[2] ?? '').split(',').map(paramName).filter((p) => p !== undefined);
    helpers.push({ name: m[1] ?? '', params, body });
    rest = rest.slice(0, m.index) + blankText(text.slice(m.index, end)) + rest.slice(end);
  }
  return { helpers, rest };
};

/** The body with each parameter replaced by its call's literal argument, as Groovy/Kotlin would see it. */
export const substituteArguments = (helper: GradleHelper, args: readonly string[]): string => {
  const values = new Map<string, string>();
  helper.params.forEach((param, i) => {
    const value = args[i];
    if (value !== undefined) values.set(param, value);
  });
  if (values.size === 0) return helper.body;
  // One pass over the body for every parameter at once: "$path" / "${path}" inside strings as the value, the bare
  // identifier as a string literal. Text put in is never read again (`module('name-service')` with a parameter
  // `name` must not become `":"name-service"-service"`).
  const names = [...values.keys()].map((p) => p.replace(/[$]/gu, '\\$&')).join('|');
  const pattern = new RegExp(String.raw`\$\{(${names})\}|\$(${names})\b|(?<![\w$."'/])(${names})(?![\w"'])`, 'g');
  return helper.body.replace(pattern, (_, braced?: string, dollar?: string, bare?: string) =>
    braced !== undefined || dollar !== undefined ? (values.get((braced ?? dollar) as string) ?? '') : JSON.stringify(values.get(bare as string) ?? ''));
};
