import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { httpVersionForms } from '../../src/index/httpVersionForms.ts';

const terms = (query: string) => httpVersionForms(query).map((f) => f.term);

describe('httpVersionForms', () => {
  it('spells an HTTP version as code names it, however the request writes it', () => {
    assert.deepEqual(terms('HTTP/2 keep-alive ping never times out'), ['http2', 'h2']);
    assert.deepEqual(terms('support http 1.1 pipelining'), ['http1', 'http11', 'h1']);
    assert.deepEqual(terms('HTTP/3 over QUIC'), ['http3', 'h3', 'quic']);
    assert.deepEqual(httpVersionForms('an HTTP/2 stream')[0]?.from, 'HTTP/2');
  });

  it('reads no version into a status code, a path or a lone number', () => {
    for (const query of ['the http/200 response', 'GET /http/25/items', 'version 2 of the client', 'http requests fail', 'HTTP/2.5']) assert.deepEqual(terms(query), [], query);
  });
});
