import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ModuleGraph, ModuleNode } from '../../src/graph/ModuleGraph.ts';
import { asModuleId } from '../../src/graph/types.ts';
import { buildLexicalIndex } from '../../src/index/buildLexicalIndex.ts';
import { lexicalDefaults, mergeLexicalOptions } from '../../src/index/lexicalDefaults.ts';
import { searchLexicalIndex } from '../../src/index/searchLexicalIndex.ts';
import { deserializeLexicalIndex, serializeLexicalIndex } from '../../src/index/serializeLexicalIndex.ts';
import { findTestModules, mentionsTests } from '../../src/index/testModules.ts';

const node = (path: string, files: string[], symbols: string[], docs: string[]): ModuleNode => ({
  id: asModuleId(path), path, files, languages: { typescript: files.length }, bytes: 100,
  symbols: symbols.map((name, i) => ({ name, kind: 'function', file: files[i % files.length] ?? files[0] ?? '', exported: true })),
  docComments: docs, summary: '',
});

// A repository whose top-level `test/` mirrors the code's names: the shape that made `test` the
// answer to "add a Kotlin extractor…" on this repository's own index.
const graph: ModuleGraph = {
  root: '/repo',
  modules: [
    node('src/extractors', ['src/extractors/kotlin.ts', 'src/extractors/java.ts', 'src/extractors/kotlin.test.ts'], ['kotlinExtractor', 'javaExtractor'], ['Finds data classes and functions.']),
    node('src/cli', ['src/cli/main.ts'], ['main'], ['Command line.']),
    node('test', ['test/extractors/kotlin.test.ts', 'test/extractors/java.test.ts', 'test/helpers/fixtures.ts', 'test/kotlinDataClasses.test.ts'],
      ['kotlinDataClassTest', 'kotlinExtractorFixture', 'javaExtractorFixture'], ['Kotlin extractor: data classes, extractor output for every Kotlin class.']),
  ],
  edges: [],
  commits: [],
  fingerprint: 'tests-1',
};

describe('test modules', () => {
  it('are the modules made of tests, not code modules that hold a few', () => {
    assert.deepEqual([...findTestModules(graph)], [0, 0, 1]);
    const tree: ModuleGraph = { ...graph, modules: [node('tests', ['tests/test_parser.py', 'tests/conftest.py'], [], []), node('pkg', ['pkg/parser_test.go', 'pkg/parser.go'], [], []), node('empty', [], [], [])] };
    assert.deepEqual([...findTestModules(tree)], [1, 0, 0]);
  });

  it('rank below the code they test unless the request is about tests', async () => {
    const index = buildLexicalIndex(graph, lexicalDefaults);
    const feature = await searchLexicalIndex(index, 'add a Kotlin extractor that finds data classes', { top: 3 });
    assert.equal(feature.hits[0]?.id, 'src/extractors');
    const test = feature.hits.find((h) => h.id === 'test');
    assert.ok(test !== undefined, 'the test module is still listed');
    assert.equal(test.evidence.testModule, 0.5);
    assert.match(test.reason, /tests ×0\.5/);

    const off = buildLexicalIndex(graph, mergeLexicalOptions(lexicalDefaults, { testModules: { factor: 1 } }));
    const unranked = await searchLexicalIndex(off, 'add a Kotlin extractor that finds data classes', { top: 3 });
    assert.equal(unranked.hits[0]?.id, 'test', 'without the factor the mirror of the names wins');

    const aboutTests = await searchLexicalIndex(index, 'the Kotlin extractor tests for data classes are flaky', { top: 3 });
    assert.equal(aboutTests.hits[0]?.id, 'test');
    assert.equal(aboutTests.hits[0]?.evidence.testModule, undefined);
  });

  it('survive the search cache', async () => {
    const index = buildLexicalIndex(graph, lexicalDefaults);
    const restored = deserializeLexicalIndex(serializeLexicalIndex(index, graph.fingerprint), { fingerprint: graph.fingerprint, options: lexicalDefaults });
    assert.deepEqual([...(restored?.testModules ?? [])], [0, 0, 1]);
  });

  it('are recognised in requests by what people call tests', () => {
    for (const q of ['fix the flaky e2e test', 'test: cover the parser', 'add unit tests for auth', 'update snapshots', 'raise coverage of the router']) assert.equal(mentionsTests(q), true, q);
    for (const q of ['add a Kotlin extractor', 'the latest release notes', 'contest entry form', 'attestation of builds']) assert.equal(mentionsTests(q), false, q);
  });
});
