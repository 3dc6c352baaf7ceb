/** Removes `# …` comments (bracket comments `#[[ ]]` included) outside quoted arguments. */
const stripComments = (text: string): string =>
  text.replace(/#\[(=*)\[[\s\S]*?\]\1\]/g, ' ').replace(/("(?:[^"\\]|\\.)*")|#[^\n]*/g, (_m, quoted?: string) => quoted ?? '');

const CURRENT_DIR = /^\$\{CMAKE_CURRENT_(?:SOURCE|LIST)_DIR\}\/?/;

/**
 * `add_subdirectory(dir …)` source directories and the `project(Name …)` of one CMakeLists.txt.
 * Arguments built from other variables cannot be resolved without running CMake, so they are skipped
 * (and reported in `skipped`).
 */
export const parseCMakeLists = (source: string): { project: string | undefined; subdirectories: string[]; skipped: string[] } => {
  const text = stripComments(source);
  const subdirectories: string[] = [];
  const skipped: string[] = [];
  for (const m of text.matchAll(/\badd_subdirectory\s*\(\s*("[^"]*"|[^\s)]+)/gi)) {
    const arg = (m[1] ?? '').replace(/^"(.*)"$/, '$1').replace(CURRENT_DIR, '');
    if (arg.includes('${')) skipped.push(arg);
    else subdirectories.push(arg === '' ? '.' : arg);
  }
  const project = /\bproject\s*\(\s*"?([A-Za-z0-9_.+-]+)/i.exec(text)?.[1];
  return { project, subdirectories, skipped };
};
