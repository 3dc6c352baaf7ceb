import type { RawCommit } from '../readHistory.ts';
import type { Db } from './openStore.ts';

/** Stores commits (newest first in `commits`); `replace` drops what was there (history rewritten or full read). */
export function writeHistory(db: Db, commits: RawCommit[], replace: boolean): void {
  if (replace) db.exec('DELETE FROM commits; DELETE FROM commit_files; DELETE FROM commit_modules;');
  const base = replace ? 0 : ((db.prepare('SELECT MAX(seq) FROM commits').pluck().get() as number | null) ?? 0);
  const insCommit = db.prepare('INSERT OR IGNORE INTO commits (sha, seq, date, author, subject, body) VALUES (?, ?, ?, ?, ?, ?)');
  const insFile = db.prepare('INSERT INTO commit_files (sha, path) VALUES (?, ?)');
  commits.forEach((c, i) => {
    const info = insCommit.run(c.sha, base + commits.length - i, c.date, c.author, c.subject, c.body);
    if (info.changes) for (const f of c.files) insFile.run(c.sha, f);
  });
}
