import { ConfigError } from '../../errors.ts';
import type { DiscoveryContext, ModuleCandidate } from './DiscoveryContext.ts';
import { expandDirectoryGlobs } from './expandDirectoryGlobs.ts';

// The name is spelled here, not imported: domain code takes already-validated options and never imports config/.
const CONFIG_FILE = 'modroute.config.json';

/**
 * Directories matching the config's `modules` globs (with '!' negations). A config whose globs match
 * nothing is an error rather than a silent fallback: the user asked for these modules explicitly.
 */
export const configModuleCandidates = async (
  ctx: DiscoveryContext,
  globs: readonly string[],
): Promise<ModuleCandidate[]> => {
  const dirs = await expandDirectoryGlobs(ctx, globs, `${CONFIG_FILE} modules`);
  if (dirs.length === 0) {
    throw new ConfigError(CONFIG_FILE, [
      `modules: expected globs matching directories under ${ctx.root}, but ${JSON.stringify(globs)} match none`,
    ]);
  }
  return dirs.map((path) => ({ path }));
};
