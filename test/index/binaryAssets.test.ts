import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ModuleGraph, ModuleNode } from '../../src/graph/ModuleGraph.ts';
import { asModuleId } from '../../src/graph/types.ts';
import { buildLexicalIndex } from '../../src/index/buildLexicalIndex.ts';
import { isBinaryAsset } from '../../src/graph/isBinaryAsset.ts';
import { lexicalDefaults } from '../../src/index/lexicalDefaults.ts';
import { searchLexicalIndex } from '../../src/index/searchLexicalIndex.ts';
import { rowEnd, rowStart } from '../../src/index/postings.ts';

const node = (path: string, files: string[], symbols: string[], docs: string[]): ModuleNode => ({
  id: asModuleId(path), path, files: files.map((f) => `${path}/${f}`), languages: { scala: 1 }, bytes: 100,
  symbols: symbols.map((name) => ({ name, kind: 'function', file: `${path}/${files[0]}`, exported: true })),
  docComments: docs, summary: '',
});

describe('binary assets', () => {
  it('are known by their extension', () => {
    for (const f of ['lib/arrow-down.png', 'fonts/Inter.woff2', 'icon@2x.PNG', 'libs/x.jar', 'a/b.so']) assert.equal(isBinaryAsset(f), true, f);
    // release signatures and checksums (jq's sig/v1.7.1/jq-linux-arm64.asc answered requests naming a platform)
    for (const f of ['sig/v1.7.1/jq-linux-arm64.asc', 'dist/app.tar.gz.sha256', 'SHA256SUMS.gpg', 'x.minisig']) assert.equal(isBinaryAsset(f), true, f);
    for (const f of ['src/arrow.ts', 'img/logo.svg', 'docs/redirect.md', 'Makefile', 'lib/a.data.ts']) assert.equal(isBinaryAsset(f), false, f);
  });

  it('lend their names to no search: a folder of icons does not answer a request that shares a word with them', async () => {
    // Scala 2.11: scaladoc/html's arrow-down.png and arrow-right.png outranked sys/process on "arrow"
    const graph: ModuleGraph = {
      root: '/repo',
      modules: [
        node('scaladoc/html', ['Page.scala', 'arrow-down.png', 'arrow-right.png', 'redirect-arrow.gif', 'filter_box_left.png'], ['HtmlPage', 'renderTemplate'], ['Renders the HTML pages of the API documentation.']),
        node('sys/process', ['ProcessBuilder.scala'], ['ProcessBuilder', 'redirectOutput', 'appendTo'], ['Builds external processes: #> writes their output to a file, #>> appends to it.']),
      ],
      edges: [],
      commits: [],
      fingerprint: 'binary-1',
    };
    const index = buildLexicalIndex(graph, lexicalDefaults);
    const hits = (await searchLexicalIndex(index, 'the single arrow redirect should overwrite the file', { top: 2 })).hits;
    assert.equal(hits[0]?.id, 'sys/process');
    assert.doesNotMatch(hits.find((h) => h.id === 'scaladoc/html')?.reason ?? '', /arrow/);
  });
});

describe('ignore lists', () => {
  it('are no file of the file level: their folder\'s words do not make them the best file', async () => {
    // riverpod: packages/riverpod/extension/devtools/.pubignore, an empty file, was the best file of a request about the DevTools extension
    const graph: ModuleGraph = {
      root: '/repo',
      modules: [node('core/extension/devtools', ['.pubignore', '.gitignore'], [], []), node('devtool/search', ['search_bar.dart'], ['SearchBar'], ['Filters the providers list.'])],
      edges: [],
      commits: [],
      fingerprint: 'ignore-1',
    };
    const index = buildLexicalIndex(graph, lexicalDefaults);
    const hits = (await searchLexicalIndex(index, 'DevTools extension: searching the providers list', { top: 2 })).hits;
    assert.doesNotMatch(hits.find((h) => h.id === 'core/extension/devtools')?.reason ?? '', /ignore/);
    assert.equal(index.files?.index.ids.some((f) => f.endsWith('ignore')), false);
  });
});

describe('repeated file names', () => {
  it('count three times at most in a path field: a translation per locale says no more for each copy', () => {
    const locales = ['de', 'fr', 'es', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru'];
    const graph: ModuleGraph = {
      root: '/repo',
      modules: [node('app', ['Player.swift', ...locales.map((l) => `${l}.lproj/Playback.strings`)], ['Player'], [])],
      edges: [],
      commits: [],
      fingerprint: 'repeats-1',
    };
    const index = buildLexicalIndex(graph, lexicalDefaults);
    const path = index.fields.find((f) => f.name === 'path');
    const term = index.terms.id('playback');
    assert.ok(path !== undefined && term !== undefined, 'the path field holds the name');
    const at = rowStart(path.postings, term);
    assert.equal(rowEnd(path.postings, term) - at, 1);
    assert.equal(path.postings.tfs[at], 3);
  });
});

describe('marker files', () => {
  it("lend their folders no words: an empty var/logs/.gitkeep is no answer to \"log in\" (wallabag)", async () => {
    const graph: ModuleGraph = {
      root: '/repo',
      modules: [
        node('root', ['var/logs/.gitkeep', 'var/cache/.gitignore', 'bin/console.php'], ['console'], []),
        node('src/Security', ['LoginFormAuthenticator.php'], ['authenticate'], ['Checks the user name and password a login form sends.']),
      ],
      edges: [],
      commits: [],
      fingerprint: 'markers-1',
    };
    const index = buildLexicalIndex(graph, lexicalDefaults);
    const path = index.fields.find((f) => f.name === 'path');
    const logs = index.terms.id('logs');
    assert.ok(path !== undefined);
    assert.ok(logs === undefined || rowEnd(path.postings, logs) === rowStart(path.postings, logs), 'no module has `logs` in its path field');
    const hits = (await searchLexicalIndex(index, 'the logs page after log in shows an error', { top: 2 })).hits;
    assert.doesNotMatch(hits.find((h) => h.id === 'root')?.reason ?? '', /logs/);
  });
});
