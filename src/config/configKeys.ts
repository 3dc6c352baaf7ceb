/**
 * The top-level keys of `modroute.config.json`, without zod: commands that read only the search sections
 * check the rest against this list, so a misspelled section (`lexcal`) is an error for `ask` too, not
 * only for `index`. configSchema.ts is the source of truth; a test keeps the two equal.
 */
export const CONFIG_KEYS: readonly string[] = ['modules', 'split', 'include', 'exclude', 'ids', 'limits', 'history', 'lexical', 'llm'];
