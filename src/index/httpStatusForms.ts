/**
 * HTTP status codes by their reason phrases, as code names them. A request says "returns 422", the code
 * `StatusCode::UNPROCESSABLE_ENTITY`, `http.StatusUnprocessableEntity` or `HTTP_422_UNPROCESSABLE_ENTITY`
 * (all indexed whole, as `unprocessableentity`, `statusunprocessableentity`, `http422unprocessableentity`).
 * Codes whose phrase is one ordinary word (200 OK, 302 Found, 409 Conflict) are left out: the word is in every
 * module. Where the standard renamed a phrase, both names are searched (413, 414, 416, 422).
 */
const PHRASES: Readonly<Record<number, readonly string[]>> = {
  100: ['continue'], // searched only as `statuscontinue` (see below)
  101: ['switching protocols'],
  103: ['early hints'],
  203: ['non authoritative information'],
  204: ['no content'],
  205: ['reset content'],
  206: ['partial content'],
  207: ['multi status'],
  300: ['multiple choices'],
  301: ['moved permanently'],
  303: ['see other'],
  304: ['not modified'],
  305: ['use proxy'],
  307: ['temporary redirect'],
  308: ['permanent redirect'],
  400: ['bad request'],
  402: ['payment required'],
  404: ['not found'],
  405: ['method not allowed'],
  406: ['not acceptable'],
  407: ['proxy authentication required'],
  408: ['request timeout'],
  411: ['length required'],
  412: ['precondition failed'],
  413: ['payload too large', 'content too large', 'request entity too large'],
  414: ['uri too long', 'request uri too long'],
  415: ['unsupported media type'],
  416: ['range not satisfiable', 'requested range not satisfiable'],
  417: ['expectation failed'],
  418: ['im a teapot'],
  421: ['misdirected request'],
  422: ['unprocessable entity', 'unprocessable content'],
  425: ['too early'],
  426: ['upgrade required'],
  428: ['precondition required'],
  429: ['too many requests'],
  431: ['request header fields too large'],
  451: ['unavailable for legal reasons'],
  500: ['internal server error'],
  501: ['not implemented'],
  502: ['bad gateway'],
  503: ['service unavailable'],
  504: ['gateway timeout'],
  505: ['http version not supported'],
  507: ['insufficient storage'],
  511: ['network authentication required'],
};

/** One-word phrases that are still distinctive inside a `Status…` name (`StatusUnauthorized`, `HTTP_FORBIDDEN`). */
const SINGLE: Readonly<Record<number, string>> = { 201: 'created', 202: 'accepted', 401: 'unauthorized', 403: 'forbidden', 409: 'conflict', 410: 'gone' };

const COUNTED = /^\s*(?:[kmgt]i?b|bytes?|bits?|ms|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|days?|px|pixels?|%|percent|rows?|items?|records?|entries|elements?|lines?|characters?|chars?|words?|times|users?|connections?|files?|messages?|requests per)(?![\p{L}\p{N}])/iu;

/**
 * The compounds code spells a status code with, for each code the request writes in digits (not an issue
 * number: `#422`, "PR 422", "issue 422"). Only forms the index holds are searched (expandQuery.ts).
 */
export const httpStatusForms = (query: string): { term: string; from: string }[] => {
  const out = new Map<string, string>();
  for (const m of query.matchAll(/(?<![\w#.\/-])([1-5]\d\d)(?![\w.]|\.\d)/gu)) {
    const before = query.slice(Math.max(0, (m.index ?? 0) - 12), m.index).toLowerCase();
    if (/\b(?:pr|pull|issue|issues|gh|line|lines|version|v|port|node|python|php|java)\s*$/u.test(before)) continue;
    // (nor a count or a size: "the last 500 bytes", "200 ms", "404 rows", sanic's byte-range request)
    if (COUNTED.test(query.slice((m.index ?? 0) + 3, (m.index ?? 0) + 20))) continue;
    const code = Number(m[1]);
    const from = m[1] as string;
    const single = SINGLE[code];
    const phrases = PHRASES[code] ?? [];
    for (const phrase of phrases) {
      const name = phrase.replace(/\s+/gu, '');
      if (code !== 100) out.set(name, from);
      out.set(`status${name}`, from);
      out.set(`http${code}${name}`, from);
      out.set(`http${name}`, from);
    }
    if (single !== undefined) {
      out.set(`status${single}`, from);
      out.set(`http${code}${single}`, from);
      out.set(`http${single}`, from);
    }
  }
  return [...out].map(([term, from]) => ({ term, from }));
};
