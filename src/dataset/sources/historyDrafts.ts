import type { CommitRecord } from '../../graph/ModuleGraph.ts';
import type { Draft } from '../DatasetExample.ts';
import { stripCommitPrefix } from '../../util/stripCommitPrefix.ts';

const TRIVIAL = /^(merge\b|revert\b|wip\b|bump\b|release\b|v?\d+\.\d+|version packages|update changelog|format|lint|typo)/i;
const MAX_BODY_CHARS = 400;

/**
 * Commits that touched one module (or two or three, as multi-module examples): the subject, without
 * its conventional-commit prefix (the dev benchmark strips it too), plus the first body paragraph.
 * Trivial subjects (merges, version bumps, formatting) are skipped.
 */
export function historyDrafts(commits: readonly CommitRecord[], maxModules = 3): Draft[] {
  const out: Draft[] = [];
  for (const c of commits) {
    if (c.modules.length === 0 || c.modules.length > maxModules) continue;
    // The scope goes too: it often names the module, which a requirement usually does not.
    const subject = stripCommitPrefix(c.subject, { keepScope: false }).text.trim();
    if (subject.split(/\s+/).length < 3 || TRIVIAL.test(subject) || TRIVIAL.test(c.subject)) continue;
    const body = c.body.replace(/\s+/g, ' ').trim().slice(0, MAX_BODY_CHARS);
    const prompt = body ? `${subject.replace(/[.]?$/, '.')} ${body}` : subject;
    out.push({
      prompt: prompt.charAt(0).toUpperCase() + prompt.slice(1),
      targets: [...c.modules].sort(),
      source: 'history',
      unit: `commit:${c.sha}`,
      commit: c.sha,
      date: c.date,
    });
  }
  return out;
}
