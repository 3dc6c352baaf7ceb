/**
 * An HTTP version as code names it. A request says "HTTP/2" or "HTTP/1.1"; the tokenizer keeps `http` and drops the
 * lone digit, while code names the versions `http2`, `h2`, `Http1Transport`, `proto/h1/`, `Version::HTTP_11`
 * (hyper's review: "HTTP/2 keep-alive ping never times out" never reached `src/proto/h2`). `h2`, `h1`, `h3` are HTTP's
 * own names for its versions (ALPN's identifiers), so they are searched only for a version the request writes.
 */
const FORMS: Readonly<Record<string, readonly string[]>> = {
  '1': ['http1', 'h1'],
  '1.0': ['http1', 'http10', 'h1'],
  '1.1': ['http1', 'http11', 'h1'],
  '2': ['http2', 'h2'],
  '2.0': ['http2', 'h2'],
  '3': ['http3', 'h3', 'quic'],
};

/** The compounds code spells each HTTP version of the request with ("HTTP/2", "http 1.1", "HTTP2"). */
export const httpVersionForms = (query: string): { term: string; from: string }[] => {
  const out = new Map<string, string>();
  for (const m of query.matchAll(/\bhttps?\s?\/?\s?([123](?:\.[01])?)(?![\w.]|\.\d)/giu)) {
    const version = m[1] as string;
    for (const term of FORMS[version] ?? []) out.set(term, m[0]);
  }
  return [...out].map(([term, from]) => ({ term, from }));
};
