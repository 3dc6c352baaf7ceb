import type { CaseError, EvalCase } from './EvalCase.ts';
import { isRecord } from '../util/isRecord.ts';

const KNOWN_FIELDS: ReadonlySet<string> = new Set(['query', 'modules', 'id', 'set', 'leaks', 'date', 'commit', 'filesNewSinceV']);

const parseCase = (value: unknown, line: number, fileName: string): EvalCase | string => {
  if (!isRecord(value)) return 'expected a JSON object';
  const { query, modules, id, set, leaks, date, commit, filesNewSinceV } = value;
  if (typeof query !== 'string' || query.trim() === '') return '"query" must be a non-empty string';
  // (redis's review: cases whose gold lay in a folder no module holds were written with none, and read as "malformed")
  if (Array.isArray(modules) && modules.length === 0) return '"modules" is empty: a case needs at least one gold module id (an answer outside every module cannot be scored)';
  if (!Array.isArray(modules) || !modules.every((m) => typeof m === 'string' && m !== '')) {
    return '"modules" must be a non-empty array of module ids';
  }
  if (id !== undefined && (typeof id !== 'string' || id === '')) return '"id" must be a non-empty string';
  if (set !== undefined && set !== 'primary' && set !== 'secondary') return '"set" must be "primary" or "secondary"';
  if (leaks !== undefined && typeof leaks !== 'boolean') return '"leaks" must be true or false';
  if (date !== undefined && (typeof date !== 'string' || Number.isNaN(Date.parse(date)))) return '"date" must be an ISO date';
  if (commit !== undefined && typeof commit !== 'string') return '"commit" must be a string';
  if (filesNewSinceV !== undefined && !(Number.isInteger(filesNewSinceV) && (filesNewSinceV as number) >= 0)) {
    return '"filesNewSinceV" must be a non-negative integer';
  }
  const out: EvalCase = { id: id ?? `${fileName}:${line}`, query, modules: [...new Set(modules as string[])], line };
  if (set !== undefined) out.set = set;
  if (leaks !== undefined) out.leaks = leaks;
  if (date !== undefined) out.date = date as string;
  if (commit !== undefined) out.commit = commit;
  if (filesNewSinceV !== undefined) out.filesNewSinceV = filesNewSinceV as number;
  const fields: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (!KNOWN_FIELDS.has(key) && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) fields[key] = String(v);
  }
  if (Object.keys(fields).length > 0) out.fields = fields;
  return out;
};

/**
 * Parses a JSONL cases file. Blank lines are skipped; every other bad line is reported with its
 * 1-based line number and reason, and the good lines are still returned.
 */
export const readCases = (text: string, fileName: string): { cases: EvalCase[]; errors: CaseError[] } => {
  const cases: EvalCase[] = [];
  const errors: CaseError[] = [];
  const firstLineOfId = new Map<string, number>();
  text.split(/\r?\n/u).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      errors.push({ line, reason: `invalid JSON (${error instanceof Error ? error.message : String(error)})` });
      return;
    }
    const parsed = parseCase(value, line, fileName);
    if (typeof parsed === 'string') {
      errors.push({ line, reason: parsed });
      return;
    }
    const first = firstLineOfId.get(parsed.id);
    if (first !== undefined) {
      errors.push({ line, reason: `duplicate id "${parsed.id}" (first on line ${first})` });
      return;
    }
    firstLineOfId.set(parsed.id, line);
    cases.push(parsed);
  });
  return { cases, errors };
};
