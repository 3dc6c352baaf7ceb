/**
 * A file's path below its module's folder, as it is when the file lies outside it (an entry file beside the folder) or
 * the module is the root (`''` or `.`).
 */
export const pathInModule = (modulePath: string, file: string): string =>
  modulePath !== '' && modulePath !== '.' && file.startsWith(`${modulePath}/`) ? file.slice(modulePath.length + 1) : file;
