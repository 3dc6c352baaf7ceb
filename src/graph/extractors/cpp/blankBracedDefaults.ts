/**
 * A parameter's braced default (`const QString &defaultValue = {}`, `const AddTorrentParams &params = {}`), blanked to
 * spaces before parsing: the grammar reads no `= {}` in a parameter list and loses the declaration around it (71 of
 * qBittorrent's files after its Qt macros were blanked).
 */
export const blankBracedDefaults = (text: string): string =>
  text.includes('= {}') || text.includes('={}') ? text.replace(/=[ \t]*\{[ \t]*\}(?=[ \t]*[,)])/gu, (m) => ' '.repeat(m.length)) : text;
