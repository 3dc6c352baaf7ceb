/** Conventional-commit types recognised in a `type(scope)!:` or `[Type]` prefix. */
const COMMIT_TYPES =
  'fix|feat|feature|chore|docs?|refactor|perf|test|tests|build|ci|style|revert|breaking|deps|wip|hotfix|release|improvement|enhancement|bug|bugfix';
const COLON_FORM = new RegExp(`^\\s*(?:${COMMIT_TYPES})(?:\\(([^)]*)\\))?!?\\s*:\\s*`, 'iu');
const BRACKET_FORM = new RegExp(`^\\s*\\[(?:${COMMIT_TYPES})\\]\\s*:?\\s*`, 'iu');

export interface StrippedSubject {
  text: string;
  /** The prefix removed (`fix(compiler)!:`), if any. */
  stripped: string | undefined;
}

/**
 * Removes a conventional-commit prefix, `fix(scope)!: …` or `[Fix] …`. The type says how, not where,
 * so it goes; the scope is kept as plain words unless `keepScope` is false, because projects scope by
 * area (`fix(compiler): …`), which is what a search wants to match and what a model trained on
 * other repositories must not learn to rely on. Only known types count: in `net: fix x` or
 * `Compiler: …` the word before the colon is an area, not a type, and stays.
 */
export const stripCommitPrefix = (text: string, options: { keepScope?: boolean } = {}): StrippedSubject => {
  const colon = COLON_FORM.exec(text);
  const match = colon ?? BRACKET_FORM.exec(text);
  if (match === null) return { text, stripped: undefined };
  const rest = text.slice(match[0].length);
  const scope = options.keepScope === false ? '' : (colon?.[1] ?? '').replace(/[/,]/gu, ' ').trim();
  return { text: scope === '' ? rest : `${scope} ${rest}`, stripped: match[0].trim() };
};

/** The scope of a conventional-commit prefix as written (`fix(utils/url): …` → `utils/url`), if any. */
export const commitScope = (text: string): string | undefined => {
  const scope = COLON_FORM.exec(text)?.[1]?.trim();
  return scope === undefined || scope === '' ? undefined : scope;
};
