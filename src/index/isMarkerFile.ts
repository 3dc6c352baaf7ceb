/**
 * A tool's ignore list (`.gitignore`, `.npmignore`, `.dockerignore`) or a folder's empty placeholder (`.gitkeep`, `.keep`):
 * never what a request is about, yet its folder's words made it evidence (riverpod's `extension/devtools/.pubignore`, an
 * empty file, led a request about the DevTools extension's search; wallabag's `var/logs/.gitkeep` won "log in").
 */
const MARKER_FILE = /(?:^|\/)\.(?:[\w-]*ignore|gitkeep|keep)$/u;

export const isMarkerFile = (path: string): boolean => MARKER_FILE.test(path);
