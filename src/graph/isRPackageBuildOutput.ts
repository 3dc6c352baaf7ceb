import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parentDir } from '../util/parentDir.ts';

/**
 * What `R CMD build` writes into an R package: `inst/doc/` (each vignette's .Rmd, its tangled .R code and
 * the rendered HTML, copies of vignettes/) and `build/` (vignette.rds, the partial Rd database). ggplot2's
 * CRAN tarball holds both: inst/doc/*.R were indexed as code beside R/. Only with DESCRIPTION at the
 * package's root, so a `doc/` or `build/` of any other project is untouched.
 */
export const isRPackageBuildOutput = (root: string, path: string): boolean => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name === 'build') return existsSync(join(root, parentDir(path), 'DESCRIPTION'));
  if (name !== 'doc') return false;
  const inst = parentDir(path);
  return inst.slice(inst.lastIndexOf('/') + 1) === 'inst' && existsSync(join(root, parentDir(inst), 'DESCRIPTION'));
};
