import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { isAscii, rawTokens, scanAsciiRawTokens } from '../util/rawTokens.ts';

/**
 * A file's term bag: every distinct raw token of its text (identifiers, words of comments and
 * strings) with its count. Written at parse time for each text file, read when the lexical index is
 * built: the module's `code` field. Requests name what the code does in words its body uses (an
 * error message, a local helper, a flag), far more often than in its declared names or doc comments:
 * on ../shared/corpus this field raised `lexical` primary Acc@1 from 49.1 to 58.1 (bench/corpusEval).
 */
export type TermBag = ReadonlyArray<readonly [token: string, count: number]>;

/** Distinct tokens kept per file, most frequent first: a generated table must not make a huge bag. */
export const MAX_BAG_TOKENS = 4000;

/** Data, not code: their words are values (locales, fixtures, lockfiles, images), noise to a request. */
const DATA_FILE = /\.(json|jsonc|json5|jsonl|ndjson|geojson|csv|tsv|svg|xml|plist|lock|map|snap|pbxproj|ipynb|har)$/iu;

/** Whether a file's text goes into the bag (every text file but data formats). */
export const wantsTermBag = (path: string): boolean => !DATA_FILE.test(path);

/** Counts a text's raw tokens; undefined when it has none. Stored deflated: `token count` pairs, space-separated. */
export const encodeTermBag = (text: string): Buffer | undefined => {
  const counts = new Map<string, number>();
  if (isAscii(text)) {
    scanAsciiRawTokens(text, (start, end) => {
      const token = text.slice(start, end);
      counts.set(token, (counts.get(token) ?? 0) + 1);
    });
  } else {
    for (const token of rawTokens(text)) counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  if (counts.size === 0) return undefined;
  let entries = [...counts];
  if (entries.length > MAX_BAG_TOKENS) {
    entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    entries = entries.slice(0, MAX_BAG_TOKENS);
  }
  const parts: string[] = [];
  for (const [token, count] of entries) parts.push(token, String(count));
  return deflateRawSync(Buffer.from(parts.join(' '), 'utf8'));
};

/** The bag of a stored blob; a damaged blob reads as empty (the file then only misses its code terms). */
export const decodeTermBag = (blob: Uint8Array): TermBag => {
  let text: string;
  try {
    text = inflateRawSync(blob).toString('utf8');
  } catch {
    return [];
  }
  const parts = text.split(' ');
  const out: [string, number][] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const count = Number(parts[i + 1]);
    if (parts[i] !== '' && Number.isInteger(count) && count > 0) out.push([parts[i] as string, count]);
  }
  return out;
};
