import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ModuleGraph, ModuleNode } from '../../src/graph/ModuleGraph.ts';
import { asModuleId } from '../../src/graph/types.ts';
import { buildLexicalIndex } from '../../src/index/buildLexicalIndex.ts';
import { lexicalDefaults, mergeLexicalOptions } from '../../src/index/lexicalDefaults.ts';
import { searchLexicalIndex } from '../../src/index/searchLexicalIndex.ts';
import { deserializeLexicalIndex, serializeLexicalIndex } from '../../src/index/serializeLexicalIndex.ts';
import { codeModuleWords, findTestModules, mentionsTests, productTestWords, SUPPORT_KIND, supportKindsMentioned } from '../../src/index/testModules.ts';

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
    // Test support shipped inside a library is named so, though its files are not tests by name.
    const support: ModuleGraph = { ...graph, modules: [node('lib/sqlkit/testing', ['lib/sqlkit/testing/requirements.py'], [], []), node('lib/sqlkit/engine', ['lib/sqlkit/engine/base.py'], [], []), node('internal/testutil', ['internal/testutil/server.go'], [], [])] };
    assert.deepEqual([...findTestModules(support)], [1, 0, 1]);
    // a testing folder that is a build's main source set is a published testing library (circe's modules/testing)
    const published: ModuleGraph = { ...graph, modules: [node('modules/testing', ['modules/testing/shared/src/main/scala/io/circe/testing/CodecTests.scala'], [], []), node('lib/testing', ['lib/testing/src/test/scala/Spec.scala'], [], [])] };
    assert.deepEqual([...findTestModules(published)], [0, 1]);
    // Build modules named as test suites or benchmarks (netty's Maven modules), whatever their files are called.
    const maven: ModuleGraph = { ...graph, modules: [
      node('testsuite-http2', ['testsuite-http2/src/main/java/io/netty/testsuite/http2/HelloWorldHttp2Handler.java'], [], []),
      node('transport-blockhound-tests', ['transport-blockhound-tests/src/main/java/Blocking.java'], [], []),
      node('microbench', ['microbench/src/main/java/io/netty/microbench/buffer/ByteBufBenchmark.java'], [], []),
      node('codec-http', ['codec-http/src/main/java/io/netty/handler/codec/http/HttpObject.java'], [], []),
      node('latest-release', ['latest-release/notes.java'], [], []),
    ] };
    assert.deepEqual([...findTestModules(maven)], [1, 1, 2, 0, 0]);
    // a top-level performance folder that nothing imports is a benchmark (marshmallow's); one that code imports is code
    const perf: ModuleGraph = { ...graph, modules: [node('performance', ['performance/benchmark.py'], [], []), node('src/pkg', ['src/pkg/schema.py'], [], [])], edges: [] };
    assert.deepEqual([...findTestModules(perf)], [2, 0]);
    assert.deepEqual([...findTestModules({ ...perf, edges: [{ from: asModuleId('src/pkg'), to: asModuleId('performance'), weight: 1 }] })], [0, 0]);
    // a benchmark suite by its own folder's name, inside a test folder too (MediatR's, immer's); a test folder of a perf tool is tests
    const benches: ModuleGraph = { ...graph, modules: [
      node('test/MediatR.Benchmarks', ['test/MediatR.Benchmarks/Benchmarks.cs'], [], []),
      node('perf-testing', ['perf-testing/immutability.mjs'], [], []),
      node('__performance_tests__', ['__performance_tests__/add-data.js'], [], []),
      node('test/perf', ['test/perf/record.test.ts'], [], []),
      node('tools/perf', ['tools/perf/perf.c'], [], []),
    ] };
    assert.deepEqual([...findTestModules(benches)], [2, 2, 2, 1, 0]);
    // a folder name's words are split at spaces too (Alamofire's `watchOS Example` app, Meson-style `unit tests`)
    const spaced: ModuleGraph = { ...graph, modules: [node('watchOS Example', ['watchOS Example/App.swift'], [], []), node('unit tests', ['unit tests/a.c'], [], []), node('Source', ['Source/Session.swift'], [], [])] };
    assert.deepEqual([...findTestModules(spaced)], [2, 1, 0]);
    // a Go package named test below another is a library for tests (logrus's hooks/test); a test tree is tests
    const goTest = (path: string, files: string[]) => ({ ...node(path, files, ['NewNullLogger'], []), languages: { go: files.length } });
    assert.deepEqual([...findTestModules({ ...graph, modules: [
      goTest('hooks/test', ['hooks/test/test.go', 'hooks/test/test_test.go']),
      goTest('test', ['test/helper.go', 'test/server_test.go']),
      goTest('test/e2e/framework', ['test/e2e/framework/framework.go']),
      goTest('hooks/testing', ['hooks/testing/suite_test.go']),
    ] })], [0, 1, 1, 1]);
    // celery's t/: test files beside package markers (4 of 5 files are tests once __init__.py is left out).
    const python: ModuleGraph = { ...graph, modules: [
      node('t', ['t/__init__.py', 't/unit/__init__.py', 't/unit/app/__init__.py', 't/unit/conftest.py', 't/unit/app/test_beat.py', 't/unit/app/test_app.py', 't/unit/tasks.py', 't/unit/app/test_log.py'], [], []),
      node('celery/app', ['celery/app/__init__.py', 'celery/app/base.py'], [], []),
      node('markers', ['markers/__init__.py'], [], []),
    ] };
    assert.deepEqual([...findTestModules(python)], [1, 0, 0]);
    // A test runner's own code is named after tests (Jest's packages): `test` inside a name qualifies its head word.
    const runner: ModuleGraph = { ...graph, modules: [
      node('packages/jest-test-sequencer', ['packages/jest-test-sequencer/src/index.ts'], [], []),
      node('packages/test-utils', ['packages/test-utils/src/index.ts'], [], []),
      node('packages/jest-integration-test', ['packages/jest-integration-test/src/index.ts'], [], []),
    ] };
    assert.deepEqual([...findTestModules(runner)], [0, 1, 1]);
  });

  it('are not Go packages whose test data outnumbers their code, nor a main package', () => {
    // Prometheus' discovery/file: file.go, file_test.go and six fixtures; cmd/prometheus exports nothing.
    const fixtures = Array.from({ length: 6 }, (_, i) => `discovery/file/fixtures/valid${i}.json`);
    const goPackage = node('discovery/file', ['discovery/file/file.go', 'discovery/file/file_test.go', ...fixtures], [], []);
    const main = node('cmd/prometheus', ['cmd/prometheus/main.go', 'cmd/prometheus/main_test.go', 'cmd/prometheus/testdata/a.yml', 'cmd/prometheus/testdata/b.yml'], [], []);
    const data = node('testdata', ['testdata/a.json', 'testdata/b.json'], [], []);
    assert.deepEqual([...findTestModules({ ...graph, modules: [goPackage, main, data] })], [0, 0, 1]);
  });

  it('are not modules whose code is outnumbered by its fixtures', () => {
    const fixtures = Array.from({ length: 30 }, (_, i) => `packages/runtime/src/__tests__/fixtures/case${i}.js`);
    const api = Array.from({ length: 25 }, (_, i) => `runtimeApi${i}`);
    const runtime = (names: string[]): ModuleNode => ({
      ...node('packages/runtime', ['packages/runtime/src/index.ts', ...fixtures], [], []),
      symbols: names.map((name) => ({ name, kind: 'function', file: 'packages/runtime/src/index.ts', exported: true })),
    });
    assert.deepEqual([...findTestModules({ ...graph, modules: [runtime(api)] })], [0]);
    // With only a few declarations of its own it stays a test module.
    assert.deepEqual([...findTestModules({ ...graph, modules: [runtime(api.slice(0, 3))] })], [1]);
  });

  it('are not folders of mostly tests that code imports (gorm\'s utils: utils.go beside its tests and fixtures)', () => {
    const utils = node('utils', ['utils/utils.go', 'utils/utils_test.go', 'utils/utils_unix_test.go', 'utils/tests/models.go', 'utils/tests/dummy.go'], ['FileWithLineNum'], []);
    const tests = node('tests', ['tests/create_test.go', 'tests/query_test.go', 'tests/helper.go'], ['AssertEqual'], []);
    const root = node('.', ['gorm.go', 'callbacks.go'], ['Open'], []);
    const edges = (to: string[], from = '.') => to.map((t) => ({ from: asModuleId(from), to: asModuleId(t), weight: 1 }));
    // Imported by the code module: code. Imported only by the test suite (whose imports count): tests still.
    assert.deepEqual([...findTestModules({ ...graph, modules: [utils, tests, root], edges: edges(['utils']) })], [0, 1, 0]);
    assert.deepEqual([...findTestModules({ ...graph, modules: [utils, tests, root], edges: edges(['utils'], 'tests') })], [1, 1, 0]);
    // A suite named as tests stays one whoever imports it.
    assert.deepEqual([...findTestModules({ ...graph, modules: [utils, tests, root], edges: edges(['utils', 'tests']) })], [0, 1, 0]);
  });

  it('rank below the code they test unless the request is about tests', async () => {
    const index = buildLexicalIndex(graph, lexicalDefaults);
    const feature = await searchLexicalIndex(index, 'add a Kotlin extractor that finds data classes', { top: 3 });
    assert.equal(feature.hits[0]?.id, 'src/extractors');
    const test = feature.hits.find((h) => h.id === 'test');
    assert.ok(test !== undefined, 'the test module is still listed');
    assert.deepEqual(test.evidence.supportModule, { kind: 'tests', factor: 0.3 });
    assert.match(test.reason, /tests ×0\.3/);

    const off = buildLexicalIndex(graph, mergeLexicalOptions(lexicalDefaults, { testModules: { factor: 1 } }));
    const unranked = await searchLexicalIndex(off, 'add a Kotlin extractor that finds data classes', { top: 3 });
    assert.equal(unranked.hits[0]?.id, 'test', 'without the factor the mirror of the names wins');

    const aboutTests = await searchLexicalIndex(index, 'the Kotlin extractor tests for data classes are flaky', { top: 3 });
    assert.equal(aboutTests.hits[0]?.id, 'test');
    assert.equal(aboutTests.hits[0]?.evidence.supportModule, undefined);
  });

  it('examples, demos and benchmarks are supporting modules too (Go\'s `_examples` included)', async () => {
    const withExamples: ModuleGraph = {
      ...graph,
      modules: [
        node('plumbing/transport', ['plumbing/transport/push.go', 'plumbing/transport/negotiate.go'], ['Push', 'negotiateProtocol', 'remoteTimeout'], ['Push sends objects to a remote once the protocol negotiation is done.']),
        node('_examples', ['_examples/clone/main.go', '_examples/push/main.go', '_examples/remotes/main.go'],
          ['cloneRemoteRepository', 'pushToRemote', 'listRemotes'], ['Clone a remote repository over the protocol and push to the remote.', 'Push fails when the remote times out: retry the push.']),
        node('benchmarks/parse', ['benchmarks/parse/run.ts'], ['benchParse'], []),
      ],
    };
    assert.deepEqual([...findTestModules(withExamples)], [0, 2, 2]);
    const index = buildLexicalIndex(withExamples, lexicalDefaults);
    const bug = await searchLexicalIndex(index, 'push to a remote fails and has to be retried over the protocol', { top: 3 });
    assert.equal(bug.hits[0]?.id, 'plumbing/transport', JSON.stringify(bug.hits.map((h) => [h.id, h.score, h.reason])));
    const off = buildLexicalIndex(withExamples, mergeLexicalOptions(lexicalDefaults, { testModules: { factor: 1 } }));
    assert.equal((await searchLexicalIndex(off, 'push to a remote fails and has to be retried over the protocol', { top: 3 })).hits[0]?.id, '_examples', 'without the factor the usage code wins');
    const example = bug.hits.find((h) => h.id === '_examples');
    assert.deepEqual(example?.evidence.supportModule, { kind: 'examples', factor: 0.3 });
    assert.match(example?.reason ?? '', /examples ×0.3/);
    // A request about the examples themselves gets them at full score.
    const aboutExamples = await searchLexicalIndex(index, 'the push example fails against a remote', { top: 3 });
    assert.equal(aboutExamples.hits.find((h) => h.id === '_examples')?.evidence.supportModule, undefined);
    // So does one naming a declaration only the examples have (three.js ships addons in examples/jsm) …
    const named = await searchLexicalIndex(index, 'pushToRemote should retry when the remote protocol times out', { top: 3 });
    assert.equal(named.hits.find((h) => h.id === '_examples')?.evidence.supportModule, undefined);
    // … but not a short name, nor one that other modules use too.
    const used: ModuleGraph = { ...withExamples, modules: withExamples.modules.map((m, i) => (i === 0 ? { ...m, docComments: [...m.docComments, 'Called by pushToRemote.'] } : m)) };
    const shared = await searchLexicalIndex(buildLexicalIndex(used, lexicalDefaults), 'pushToRemote should retry when the remote protocol times out', { top: 3 });
    assert.deepEqual(shared.hits.find((h) => h.id === '_examples')?.evidence.supportModule, { kind: 'examples', factor: 0.3 });
    const short = await searchLexicalIndex(index, 'listRemotes should retry when the remote protocol times out', { top: 3 });
    assert.deepEqual(short.hits.find((h) => h.id === '_examples')?.evidence.supportModule, { kind: 'examples', factor: 0.3 });
  });

  it('survive the search cache', async () => {
    const index = buildLexicalIndex(graph, lexicalDefaults);
    const restored = deserializeLexicalIndex(serializeLexicalIndex(index, graph.fingerprint), { fingerprint: graph.fingerprint, options: lexicalDefaults });
    assert.deepEqual([...(restored?.testModules ?? [])], [0, 0, 1]);
  });

  it("of a testing tool stay ranked down on a request that says 'test' of the tool's own behaviour, after the cache too", async () => {
    // vitest's shape: the runner describes itself as a testing framework; its test suite speaks of the same things
    const tool: ModuleGraph = { ...graph, fingerprint: 'tool-1', modules: [
      { ...node('packages/runner', ['packages/runner/src/run.ts', 'packages/runner/src/suite.ts', 'packages/runner/src/collect.ts'], ['runSuite', 'concurrent'], ['Runs the suites of a file, in sequence or concurrently.']), description: 'Next generation testing framework' },
      node('test/core', ['test/core/concurrent.test.ts', 'test/core/sequential.test.ts'], ['concurrentSuite'], ['Concurrent suites run one test at a time.']),
    ] };
    const index = buildLexicalIndex(tool, lexicalDefaults);
    assert.deepEqual(index.codeTestWords, ['test']);
    const restored = deserializeLexicalIndex(serializeLexicalIndex(index, tool.fingerprint), { fingerprint: tool.fingerprint, options: lexicalDefaults });
    assert.deepEqual(restored?.codeTestWords, ['test']);
    const hits = (await searchLexicalIndex(restored ?? index, 'concurrent suites run one test at a time', { top: 2 })).hits;
    assert.deepEqual(hits.find((h) => h.id === 'test/core')?.evidence.supportModule, { kind: 'tests', factor: 0.3 });
  });

  it('are recognised in requests by what people call tests', () => {
    for (const q of ['fix the flaky e2e test', 'test: cover the parser', 'add unit tests for auth', 'update snapshots', 'raise coverage of the router']) assert.equal(mentionsTests(q), true, q);
    for (const q of ['add a Kotlin extractor', 'the latest release notes', 'contest entry form', 'attestation of builds']) assert.equal(mentionsTests(q), false, q);
    // a user's own tests, written with the library's testing support, are no request about the repository's tests
    for (const q of ['In my unit tests, stderr is mixed into the output', 'In unit tests I queue fake responses', 'Make it easier to write unit tests with canned responses', 'Testing a FastAPI app in-process buffers the stream', 'For chaos testing I set the injection rate']) assert.equal(mentionsTests(q), false, q);
    for (const q of ['my tests pass but the flaky e2e test fails', 'our test suite is slow on CI']) assert.equal(mentionsTests(q), true, q);
    // a spec is a specification; specs, a spec file or suite are tests (RSpec's word)
    for (const q of ['The newest GraphQL spec allows descriptions', 'an opt-in Int type that follows the spec', 'bubble up like the spec says']) assert.equal(mentionsTests(q), false, q);
    for (const q of ['the request specs fail on Ruby 3.4', 'add a spec file for the router', 'the spec suite is slow']) assert.equal(mentionsTests(q), true, q);
  });

  it('are not what a request means by a word that names code of the repository', () => {
    // A test runner: its code modules are named after tests, mocks and snapshots, its e2e suite is not code.
    const ids = ['packages/jest-test-sequencer', 'packages/jest-mock', 'packages/jest-snapshot', 'e2e'];
    const words = codeModuleWords(ids, Uint8Array.from([0, 0, 0, 1]));
    assert.equal(mentionsTests('shards should balance slow test files', words), false);
    assert.equal(mentionsTests('mocking a module twice loses the first mock', words), false);
    assert.equal(mentionsTests('update snapshots when the serializer changes', words), false);
    assert.equal(mentionsTests('the e2e suite is flaky on Windows', words), true);
    // Elsewhere the same words are about tests, also beside code whose names only start like them.
    assert.equal(mentionsTests('shards should balance slow test files', codeModuleWords(['src/shard', 'test'], Uint8Array.from([0, 1]))), true);
    assert.equal(mentionsTests('add unit tests for the parser', codeModuleWords(['internal/testutil', 'pkg/mockserver', 'parser'], Uint8Array.from([0, 0, 0]))), true);
  });

  it("are not what a request means by a word the product is described by (a testing tool's own words)", () => {
    // vitest: its ids name no test, its package says "testing framework"; the largest code module and the root speak for the product
    const modules = [
      { path: 'packages/vitest', files: ['a.ts', 'b.ts', 'c.ts'], name: 'vitest', description: 'Next generation testing framework powered by Vite' },
      { path: 'packages/coverage-v8', files: ['a.ts'], name: '@vitest/coverage-v8', description: 'V8 coverage provider for Vitest' },
      { path: 'test/core', files: ['a.test.ts', 'b.test.ts', 'c.test.ts', 'd.test.ts'], name: '@vitest/test-core', description: 'Tests of the core' },
    ];
    const words = productTestWords(modules, Uint8Array.from([0, 0, 1]));
    assert.deepEqual([...words], ['test']);
    assert.equal(mentionsTests('concurrent describe blocks run one test at a time', words), false);
    assert.equal(mentionsTests('the e2e suite is flaky on Windows', words), true);
    // how well a product is made is not what it is
    for (const description of ['Tiny, fully tested event emitter', 'A battle-tested router', 'A spec-compliant URL parser']) {
      assert.deepEqual([...productTestWords([{ path: '', files: ['a.ts'], description }], Uint8Array.from([0]))], [], description);
    }
    // a small test helper package described by tests says nothing of the product
    assert.deepEqual([...productTestWords([{ path: 'src', files: ['a.ts', 'b.ts'], description: 'A router' }, { path: 'packages/test-utils', files: ['u.ts'], description: 'Internal test utils' }], Uint8Array.from([0, 0]))], []);
  });

  it('a library named for testing that holds code is code (koin-test, spring-test); a suite so named is tests', () => {
    const api = Array.from({ length: 24 }, (_, i) => `declareMock${i}`);
    const libs: ModuleGraph = { ...graph, modules: [
      node('projects/core/koin-test', ['projects/core/koin-test/src/commonMain/kotlin/org/koin/test/KoinTest.kt', 'projects/core/koin-test/src/commonMain/kotlin/org/koin/test/check/CheckModules.kt'], api, []),
      node('projects/core/koin-core', ['projects/core/koin-core/src/commonMain/kotlin/org/koin/core/Koin.kt'], ['Koin'], []),
      node('integration-test', ['integration-test/src/main/kotlin/org/koin/it/Smoke.kt'], ['smoke'], []),
    ] };
    assert.deepEqual([...findTestModules(libs)], [0, 0, 1]);
  });

  it("a module with a build's main source set is code however many tests sit beside it; a suite so named is tests", () => {
    // Exposed 1.0: spring-transaction holds 2 files in src/main and 14 in src/test, and ranked 6th for its own class
    const tests = (dir: string) => Array.from({ length: 14 }, (_, i) => `${dir}/src/test/kotlin/org/x/T${i}Test.kt`);
    const modules: ModuleGraph = { ...graph, modules: [
      node('spring-transaction', ['spring-transaction/src/main/kotlin/org/x/SpringTransactionManager.kt', 'spring-transaction/src/main/kotlin/org/x/Support.kt', ...tests('spring-transaction')], ['SpringTransactionManager'], []),
      node('exposed-tests', ['exposed-tests/src/main/kotlin/org/x/DatabaseTestsBase.kt', ...tests('exposed-tests')], ['DatabaseTestsBase'], []),
      node('suite', tests('suite'), ['T0Test'], []),
    ] };
    assert.deepEqual([...findTestModules(modules)], [0, 1, 1]);
  });

  it('rank the e2e suite of a test runner down on requests about the runner', async () => {
    const runner: ModuleGraph = { ...graph, modules: [
      node('packages/jest-test-sequencer', ['packages/jest-test-sequencer/src/index.ts'], ['TestSequencer', 'shard'], ['Sorts test files so that slow ones run first.']),
      node('e2e', ['e2e/__tests__/shard.test.ts', 'e2e/shard/sequencer.test.js', 'e2e/__tests__/shardSlowTests.test.ts'], ['shardSlowTests', 'shardTestFiles'], ['Shard test files across machines.']),
    ] };
    const index = buildLexicalIndex(runner, lexicalDefaults);
    const e2e = async (query: string) => (await searchLexicalIndex(index, query, { top: 2 })).hits.find((h) => h.id === 'e2e');
    assert.notEqual((await e2e('shard test files so that slow tests are balanced'))?.evidence.supportModule, undefined);
    assert.equal((await e2e('the e2e shard suite is flaky'))?.evidence.supportModule, undefined);
  });
});

describe('documentation modules and a docs site\'s code samples', () => {
  it('rank below the code unless the request speaks of the docs', async () => {
    // FastAPI's shape: docs/ restates every feature in prose, docs_src/ holds the tutorial apps in a user's words.
    const site: ModuleGraph = { ...graph, modules: [
      node('fastapi', ['fastapi/encoders.py'], ['jsonable_encoder'], ['Convert any object to something that can be encoded in JSON, Decimal included.']),
      node('docs', ['docs/en/docs/tutorial/encoder.md', 'docs/en/docs/advanced/decimal.md'], [], ['JSON compatible encoder: Decimal values and datetimes in responses.']),
      node('docs_src', ['docs_src/encoder/tutorial001.py', 'docs_src/decimal_prices/tutorial001.py'], ['update_item', 'decimal_price'], ['Decimal prices in JSON responses.']),
    ] };
    assert.deepEqual([...findTestModules(site)], [0, 5, 2]);
    const index = buildLexicalIndex(site, lexicalDefaults);
    const kinds = async (query: string) => Object.fromEntries((await searchLexicalIndex(index, query, { top: 3 })).hits.map((h) => [h.id, h.evidence.supportModule?.kind]));
    assert.deepEqual(await kinds('Decimal prices come back as JSON floats'), { fastapi: undefined, docs: 'docs', docs_src: 'examples' });
    assert.equal((await kinds('the docs page on Decimal prices in JSON is wrong')).docs, undefined);
    // Ordinary words are no request about the docs; a program in a folder named doc, or a snippets feature, is code.
    assert.equal(supportKindsMentioned('the PDF document fails to load').has(SUPPORT_KIND.docs), false);
    // newsboat's review: "the manual should explain …" is about the docs.
    assert.equal(supportKindsMentioned('The manual should explain how to keep the password out of the config').has(SUPPORT_KIND.docs), true);
    // cowboy's review: a request that opens "Document …", or speaks of the guide, asks for docs; "document" inside one does not
    assert.equal(supportKindsMentioned('Document Sec-WebSocket-Protocol negotiation in the handlers guide').has(SUPPORT_KIND.docs), true);
    assert.equal(supportKindsMentioned('Document the retry option').has(SUPPORT_KIND.docs), true);
    assert.equal(supportKindsMentioned('Parsing a document with a BOM drops the first node').has(SUPPORT_KIND.docs), false);
    // the noun, a class or another guide is no docs request (jsoup's Document, a drawing tool's guides)
    for (const query of ['Document outline is empty after parsing', 'Document.select() returns stale elements', 'Snapping to guides jumps by a pixel']) {
      assert.equal(supportKindsMentioned(query).has(SUPPORT_KIND.docs), false, query);
    }
    assert.equal(supportKindsMentioned('The migration guide misses the renamed option').has(SUPPORT_KIND.docs), true);
    // the user's own docs, or a command written as code, are no request about the repository's docs (typer's review)
    for (const query of ['The Markdown generated by `typer my_app utils docs` gives the wrong heading level, so the table of contents of my documentation is broken', 'Our docs site build fails on the new plugin']) {
      assert.equal(supportKindsMentioned(query).has(SUPPORT_KIND.docs), false, query);
    }
    assert.equal(supportKindsMentioned('`docs/api.md` has a broken link').has(SUPPORT_KIND.docs), true);
    // docs a message links to, or a bot's docs preview, are what the code points at (sqlmodel's review)
    for (const query of ['The `query()` deprecation warning should link to the documentation page', 'The bot comment with the docs preview link should list changed pages']) {
      assert.equal(supportKindsMentioned(query).has(SUPPORT_KIND.docs), false, query);
    }
    assert.equal(supportKindsMentioned('The docs page about sessions links to a removed section').has(SUPPORT_KIND.docs), true);
    assert.equal(supportKindsMentioned('the fuzzing harness for the parser times out').has(SUPPORT_KIND.tests), true);
    // (a snippets feature: the editor uses it)
    const snippets = { ...node('src/contrib/snippets', ['src/contrib/snippets/snippets.ts'], [], []), symbols: Array.from({ length: 25 }, (_, i) => ({ name: `snippet${i}`, kind: 'function' as const, file: 'src/contrib/snippets/snippets.ts', exported: true })) };
    const code: ModuleGraph = { ...graph, modules: [node('cmd/doc', ['cmd/doc/main.go', 'cmd/doc/pkg.go', 'cmd/doc/README.md'], [], []), snippets, node('src/editor', ['src/editor/editor.ts'], ['Editor'], [])],
      edges: [{ from: asModuleId('src/editor'), to: asModuleId('src/contrib/snippets'), weight: 2 }] };
    assert.deepEqual([...findTestModules(code)], [0, 0, 0]);
    // a docs site of prose with a few components exporting many names is docs still (tRPC's www)
    const pages = Array.from({ length: 12 }, (_, i) => `www/docs/page${i}.mdx`);
    const docsSite = { ...node('www', [...pages, 'www/src/components/Hero.tsx', 'www/src/components/Nav.tsx'], [], []), symbols: Array.from({ length: 25 }, (_, i) => ({ name: `Component${i}`, kind: 'function' as const, file: 'www/src/components/Hero.tsx', exported: true })) };
    assert.deepEqual([...findTestModules({ ...code, modules: [docsSite], edges: [] })], [SUPPORT_KIND.docs]);
    // a folder of prose alone is docs whatever its name (serilog's `results/` benchmark reports); one beside code is not
    const reports = node('results', ['results/net8/LevelBenchmark-report.md', 'results/net8/ParsingBenchmark-report.md', 'results/chart.png'], [], []);
    const notes = node('guide', ['guide/intro.md', 'guide/setup.py'], [], []);
    // Perl's .pod pages are prose (Mojolicious' Guides)
    const guides = node('lib/Mojolicious/Guides', ['lib/Mojolicious/Guides/Cookbook.pod', 'lib/Mojolicious/Guides/FAQ.pod'], [], []);
    assert.deepEqual([...findTestModules({ ...code, modules: [reports, notes, guides], edges: [] })], [SUPPORT_KIND.docs, 0, SUPPORT_KIND.docs]);
    // a docs site's snippets no module uses are its code samples, however many names they declare (Polly's src/Snippets)
    assert.deepEqual([...findTestModules({ ...code, edges: [] })], [0, SUPPORT_KIND.examples, 0]);
  });
});

describe('tests and examples inside a code module', () => {
  // scikit-learn's shape: the root holds the example gallery beside the package's own files; a package keeps
  // its tests (with helpers named like anything) beside its code.
  const modules: ModuleNode[] = [
    { ...node('', ['setup.py', 'examples/model_selection/plot_roc.py', 'examples/model_selection/plot_roc_crossval.py', 'examples/cluster/plot_kmeans_digits.py'], [], []), id: asModuleId('.') },
    node('sklearn/metrics', ['sklearn/metrics/_ranking.py', 'sklearn/metrics/tests/test_ranking.py'], ['roc_curve', 'auc', 'test_roc_returns_consistency'], ['Metrics to assess performance on classification task given scores.']),
    node('sklearn/utils', ['sklearn/utils/graph.py', 'sklearn/utils/tests/test_shortest_path.py'], ['single_source_shortest_path_length', 'floyd_warshall_slow'], ['Graph utilities and algorithms.']),
  ];
  modules[1]!.symbols[2]!.file = 'sklearn/metrics/tests/test_ranking.py';
  modules[2]!.symbols[1]!.file = 'sklearn/utils/tests/test_shortest_path.py';
  const sklearn: ModuleGraph = { ...graph, modules };

  it('are no evidence for it: file names, declarations and file-level matches', async () => {
    const index = buildLexicalIndex(sklearn, lexicalDefaults);
    const roc = await searchLexicalIndex(index, 'plot roc curve rounding', { top: 3 });
    assert.equal(roc.hits[0]?.id, 'sklearn/metrics');
    assert.equal(roc.hits.find((h) => h.id === '.'), undefined);
    const slow = await searchLexicalIndex(index, 'floyd warshall is slow', { top: 3 });
    assert.equal(slow.hits.find((h) => h.id === 'sklearn/utils'), undefined);
  });

  it('are all a module has where it holds nothing else', async () => {
    const gallery: ModuleGraph = { ...graph, modules: [node('docs', ['docs/examples/plot_roc.py'], [], []), node('src', ['src/main.py'], ['main'], [])] };
    const index = buildLexicalIndex(gallery, lexicalDefaults);
    assert.equal((await searchLexicalIndex(index, 'plot roc', { top: 1 })).hits[0]?.id, 'docs');
  });
});

describe('modules of public headers', () => {
  const cNode = (path: string, files: string[], symbols: string[], docs: string[]): ModuleNode => ({ ...node(path, files, symbols, docs), languages: { c: files.length } });
  // SDL's shape: include/ documents the whole API in the words requests use; the change is in src/.
  const sdl: ModuleGraph = {
    root: '/repo',
    modules: [
      cNode('include', ['include/SDL_filesystem.h', 'include/SDL_video.h', 'include/SDL_config.h'], ['SDL_GetPrefPath', 'SDL_SetWindowFullscreen'],
        ['Get the user-and-app-specific path where files can be written (preferences, saves).', 'Set a window\'s fullscreen state: exclusive fullscreen or desktop fullscreen.']),
      cNode('src/video/windows', ['src/video/windows/SDL_windowswindow.c', 'src/video/windows/SDL_windowswindow.h'], ['WIN_SetWindowFullscreen'], ['Windows window handling.']),
      cNode('src/filesystem', ['src/filesystem/unix/SDL_sysfilesystem.c'], ['SDL_GetPrefPath'], ['Filesystem paths.']),
    ],
    edges: [],
    commits: [],
    fingerprint: 'headers-1',
  };

  it('are folders nine in ten of whose C-family files are headers, where another module holds implementations', () => {
    assert.deepEqual([...findTestModules(sdl)], [3, 0, 0]);
    const headerOnly: ModuleGraph = { ...sdl, modules: [sdl.modules[0] as ModuleNode, cNode('include/detail', ['include/detail/a.hpp'], [], [])] };
    assert.deepEqual([...findTestModules(headerOnly)], [0, 0], 'a header-only library has nothing else to answer');
    const cpp: ModuleGraph = { ...sdl, modules: [{ ...(sdl.modules[0] as ModuleNode), languages: { cpp: 3 } }, ...sdl.modules.slice(1)] };
    assert.deepEqual([...findTestModules(cpp)], [0, 0, 0], "C++'s headers hold code");
    // spdlog's fmt/: C++ wrappers of which five hold only `#include` lines and read as C, in a repository of C++
    const wrappers: ModuleGraph = { ...sdl, modules: [
      { ...cNode('include/fmt', ['include/fmt/chrono.h', 'include/fmt/ostr.h', 'include/fmt/fmt.h'], ['format_to'], []), languages: { c: 2, cpp: 1 } },
      { ...cNode('src', ['src/async.cpp', 'src/sinks.cpp'], ['async_logger'], []), languages: { cpp: 2 } },
    ] };
    assert.deepEqual([...findTestModules(wrappers)], [0, 0], 'headers that read as C in a C++ repository are C++');
    const cRepository: ModuleGraph = { ...wrappers, modules: [wrappers.modules[0] as ModuleNode, { ...(wrappers.modules[1] as ModuleNode), languages: { c: 4 }, files: ['src/a.c', 'src/b.c', 'src/c.c', 'src/d.c'] }] };
    assert.deepEqual([...findTestModules(cRepository)], [3, 0], 'in a repository of C they are C headers');
    // a C library's headers with one C++ header, where C++ bindings outnumber the C sources: still C headers
    const bindings: ModuleGraph = { ...sdl, modules: [
      { ...cNode('include', ['include/a.h', 'include/b.h', 'include/c.h', 'include/lib.hpp'], ['a_open'], []), languages: { c: 3, cpp: 1 } },
      { ...cNode('src', ['src/a.c', 'src/b.c'], ['a_open'], []), languages: { c: 2 } },
      { ...cNode('bindings', ['bindings/a.cpp', 'bindings/b.cpp', 'bindings/c.cpp', 'bindings/d.cpp'], ['Wrapper'], []), languages: { cpp: 4 } },
    ] };
    assert.deepEqual([...findTestModules(bindings)], [3, 0, 0]);
    // …unless another module implements them file by file (newsboat's include/history.h beside src/history.cpp).
    const paired: ModuleGraph = { ...sdl, modules: [
      { ...cNode('include', ['include/history.h', 'include/cache.h', 'include/view.h'], ['History'], []), languages: { cpp: 3 } },
      { ...cNode('src', ['src/history.cpp', 'src/cache.cpp', 'src/view.cpp'], ['History'], []), languages: { cpp: 3 } },
    ] };
    assert.deepEqual([...findTestModules(paired)], [3, 0]);
    // …and declares a fair share of their names there: fmt's src/format.cc (explicit instantiations, 1 name) implements
    // little of include/fmt/format.h (153 names), whose templates are the code.
    const names = (n: number, prefix: string): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
    const templates = (implemented: number): ModuleGraph => ({ ...sdl, modules: [
      { ...cNode('include/fmt/format', ['include/fmt/format.h'], names(20, 'format_to'), []), languages: { cpp: 1 } },
      { ...cNode('src/format', ['src/format.cc'], names(implemented, 'vformat'), []), languages: { cpp: 1 } },
    ] });
    assert.deepEqual([...findTestModules(templates(1))], [0, 0]);
    assert.deepEqual([...findTestModules(templates(2))], [3, 0]);
    // a test's file of a header's stem implements nothing (pybind11's embed.h and tests/test_cmake_build/embed.cpp)
    const headerOnlyCpp: ModuleGraph = { ...sdl, modules: [
      { ...cNode('include', ['include/embed.h', 'include/cast.h', 'include/numpy.h'], ['scoped_interpreter'], []), languages: { cpp: 3 } },
      { ...cNode('tests', ['tests/test_cmake_build/embed.cpp', 'tests/casts/cast.cpp', 'tests/arrays/numpy.cpp'], ['main'], []), languages: { cpp: 3 } },
    ] };
    assert.equal(findTestModules(headerOnlyCpp)[0], 0);
    // scikit-learn's linear_model: Python with one helper header among its C-family files.
    const python: ModuleNode = { ...node('sklearn/linear_model', ['sklearn/linear_model/_sgd_fast_helpers.h', 'sklearn/linear_model/_base.py', 'sklearn/linear_model/_logistic.py'], [], []), languages: { c: 1, python: 2 } };
    assert.deepEqual([...findTestModules({ ...sdl, modules: [...sdl.modules, python] })], [3, 0, 0, 0], 'headers among other code are no header folder');
  });

  it("are also a JavaScript library's TypeScript declarations, their type tests aside", async () => {
    // Chart.js's shape: types/ declares every option in prose beside the JavaScript that implements it.
    const charts: ModuleGraph = { ...graph, modules: [
      node('types', ['types/index.esm.d.ts', 'types/helpers/helpers.dom.d.ts', 'types/tests/scales/options.ts'], ['TooltipOptions', 'retinaScale'], ['Tooltip options: where the tooltip is drawn when hovering a point.']),
      node('src/plugins', ['src/plugins/plugin.tooltip.js', 'src/plugins/plugin.legend.js'], ['Tooltip', 'positioners'], ['Draws the tooltip of the active elements.']),
      node('src/helpers', ['src/helpers/helpers.dom.js'], ['retinaScale'], []),
    ] };
    assert.deepEqual([...findTestModules(charts)], [4, 0, 0]);
    assert.deepEqual([...findTestModules({ ...charts, modules: charts.modules.slice(0, 1) })], [0], 'declarations alone are the package');
    // ky's shape: source/types holds .ts files of types and interfaces alone, beside the code that acts on them
    const typeNode = (path: string, files: string[], kinds: [string, string, string][]): ModuleNode => ({ ...node(path, files, [], []), symbols: kinds.map(([name, kind, file]) => ({ name, kind: kind as 'type', file, exported: true })) });
    const ky: ModuleGraph = { ...graph, modules: [
      typeNode('source/types', ['source/types/options.ts', 'source/types/hooks.ts'], [['Options', 'interface', 'source/types/options.ts'], ['RetryOptions', 'type', 'source/types/options.ts'], ['Hooks', 'type', 'source/types/hooks.ts']]),
      typeNode('source/core', ['source/core/Ky.ts'], [['Ky', 'class', 'source/core/Ky.ts']]),
      typeNode('source/utils', ['source/utils/merge.ts', 'source/utils/types.ts'], [['mergeHeaders', 'function', 'source/utils/merge.ts'], ['Mutable', 'type', 'source/utils/types.ts']]),
    ] };
    assert.deepEqual([...findTestModules(ky)], [4, 0, 0], 'a file with one runtime declaration is code');
    const index = buildLexicalIndex(charts, lexicalDefaults);
    const types = async (query: string) => (await searchLexicalIndex(index, query, { top: 3 })).hits.find((h) => h.id === 'types')?.evidence.supportModule;
    assert.notEqual(await types('the tooltip is drawn off screen when hovering a point'), undefined);
    assert.equal(await types('the TypeScript type of the tooltip options is wrong'), undefined);
    // Type words speak of declarations, not of C headers: "more numeric types" keeps include/ ranked down.
    assert.equal(supportKindsMentioned('support more numeric types in the parser').has(SUPPORT_KIND.headers), false);
    assert.equal(supportKindsMentioned('support more numeric types in the parser').has(SUPPORT_KIND.declarations), true);
  });

  it('rank below the implementation unless the request speaks of headers or declarations', async () => {
    const on = buildLexicalIndex(sdl, mergeLexicalOptions(lexicalDefaults, { headerModules: { factor: 0.5 } }));
    const off = buildLexicalIndex(sdl, mergeLexicalOptions(lexicalDefaults, { headerModules: { factor: 1 } }));
    const query = 'the preferences path should honour XDG_DATA_HOME';
    assert.equal((await searchLexicalIndex(off, query, { top: 3 })).hits[0]?.id, 'include', 'the API docs hold the request\'s words');
    const ranked = await searchLexicalIndex(on, query, { top: 3 });
    assert.equal(ranked.hits[0]?.id, 'src/filesystem');
    assert.deepEqual(ranked.hits.find((h) => h.id === 'include')?.evidence.supportModule, { kind: 'headers', factor: 0.5 });
    const aboutHeaders = await searchLexicalIndex(on, 'the header declaration of the preferences path is missing', { top: 3 });
    assert.equal(aboutHeaders.hits.find((h) => h.id === 'include')?.evidence.supportModule, undefined);
  });
});

describe('legacy copies', () => {
  const py = (path: string, stems: string[]): ModuleNode => node(path, stems.map((s) => `${path}/${s}.py`), stems.map((s) => `${s}_fn`), []);
  const live = ['main', 'fields', 'networks', 'color', 'dataclasses', 'validators', 'json_schema'];
  const old = ['main', 'fields', 'networks', 'color', 'dataclasses', 'decorator', 'schema', '__init__'];

  it("are a v1/legacy/old/compat folder most of whose files have a namesake in one live module; not another version's folder", () => {
    const tree = (modules: ModuleNode[]): number[] => [...findTestModules({ ...graph, modules })];
    assert.deepEqual(tree([py('pydantic', live), py('pydantic/v1', old), py('pydantic/deprecated', ['copy_internals', 'config', 'tools'])]), [0, SUPPORT_KIND.legacy, 0]);
    assert.deepEqual(tree([py('lib', live), py('lib/legacy', old)]), [0, SUPPORT_KIND.legacy]);
    // an API's versions are all live; Go keeps a new major version in v2/; a folder of other files is no copy
    assert.deepEqual(tree([py('api/v1', old), py('api/v2', old)]), [0, 0]);
    assert.deepEqual(tree([py('lib', live), py('lib/v2', old)]), [0, 0]);
    assert.deepEqual(tree([py('lib', live), py('lib/compat', ['py2', 'shims', 'main', 'sockets'])]), [0, 0]);
    // a stable version beside its pre-release; a layer named like another layer (handlers like the services)
    assert.deepEqual(tree([py('api/apps/v1', old), py('api/apps/v1beta1', old)]), [0, 0]);
    assert.deepEqual(tree([py('internal/handler/v1', old), py('internal/service', live)]), [0, 0]);
  });

  it('lead only when the request names an older version', async () => {
    const modules = [py('pydantic', live), py('pydantic/v1', old)];
    const index = buildLexicalIndex({ ...graph, modules }, lexicalDefaults);
    const ask = async (q: string): Promise<string | undefined> => (await searchLexicalIndex(index, q, { top: 2 })).hits[0]?.id;
    // both hold the same names: the live code leads, unless the request names the old version
    assert.equal(await ask('networks color dataclasses'), 'pydantic');
    assert.equal(await ask('networks color dataclasses in pydantic v1'), 'pydantic/v1');
    assert.equal(await ask('networks color dataclasses decorator'), 'pydantic', 'a word of the copy alone does not make it lead');
    const flat = buildLexicalIndex({ ...graph, modules }, mergeLexicalOptions(lexicalDefaults, { testModules: { factor: 1 } }));
    assert.equal((await searchLexicalIndex(flat, 'networks color dataclasses decorator', { top: 2 })).hits[0]?.id, 'pydantic/v1', 'the copy wins when it is not ranked down');
    assert.equal(supportKindsMentioned('the legacy API drops a field').has(SUPPORT_KIND.legacy), true);
    assert.equal(supportKindsMentioned('the old man and the sea').has(SUPPORT_KIND.legacy), false);
  });
});

describe('screens', () => {
  const mod = (path: string, files: string[], languages: Record<string, number>, symbols: string[]): ModuleNode => ({
    ...node(path, files, symbols, []), languages,
  });
  // uptime-kuma's shape: a Node server beside a Vue front end whose pages name every feature
  const server = mod('server', ['server/notification-providers/smtp.js', 'server/model/monitor.js'], { javascript: 2 }, ['sendSmtpMail', 'subjectLine']);
  const client = mod('src', ['src/components/notifications/SMTP.vue', 'src/pages/EditMonitor.vue', 'src/util.js', 'src/lang/en.json'], { vue: 2, javascript: 1, other: 1 }, ['SMTP', 'EditMonitor', 'NotificationDialog']);

  it('are modules of Vue or Svelte components, templates and styles (three in ten files or more, images aside); React and plain scripts are code', () => {
    assert.deepEqual([...findTestModules({ ...graph, modules: [server, client] })], [SUPPORT_KIND.code, SUPPORT_KIND.screens]);
    // postal's app/views: HAML templates and their images; Monica's resources: Blade views among PHP catalogs
    const views = mod('app/views', ['app/views/messages/activity.html.haml', 'app/views/servers/queue.html.haml', 'app/views/logo.png'], { other: 3 }, []);
    const blade = mod('resources', ['resources/views/a.blade.php', 'resources/lang/en/a.php', 'resources/lang/en/b.php'], { php: 3 }, []);
    const icons = mod('assets', ['assets/a.png', 'assets/b.svg', 'assets/site.css', 'assets/app.js', 'assets/util.js', 'assets/x.js'], { javascript: 3, other: 3 }, []);
    assert.deepEqual([...findTestModules({ ...graph, modules: [views, blade, icons] })], [SUPPORT_KIND.screens, SUPPORT_KIND.screens, SUPPORT_KIND.code]);
    const react = mod('web', ['web/App.tsx', 'web/Page.tsx'], { typescript: 2 }, ['App']);
    // React components where an app keeps its screens are screens (Overseerr's src/components, src/pages)
    const next = mod('src', ['src/components/Quota/QuotaSelector.tsx', 'src/pages/settings.tsx', 'src/utils/fetch.ts'], { typescript: 3 }, []);
    assert.deepEqual([...findTestModules({ ...graph, modules: [server, next] })], [SUPPORT_KIND.code, SUPPORT_KIND.screens]);
    // Flutter's pages and widgets likewise (RustDesk's flutter/); its models and services stay code
    const flutter = mod('flutter', ['flutter/lib/desktop/pages/remote_page.dart', 'flutter/lib/common/widgets/toolbar.dart', 'flutter/lib/models/model.dart', 'flutter/lib/main.dart'], { dart: 4 }, []);
    const dartCode = mod('app', ['app/lib/models/song.dart', 'app/lib/services/player.dart', 'app/lib/provider/queue.dart', 'app/lib/pages/home.dart'], { dart: 4 }, []);
    assert.deepEqual([...findTestModules({ ...graph, modules: [flutter, dartCode] })], [SUPPORT_KIND.screens, SUPPORT_KIND.code]);
    const styled = mod('site', ['site/a.ts', 'site/b.ts', 'site/c.ts', 'site/style.css'], { typescript: 3, css: 1 }, ['a']);
    assert.deepEqual([...findTestModules({ ...graph, modules: [react, styled] })], [SUPPORT_KIND.code, SUPPORT_KIND.code]);
  });

  it('follow the logic behind them, unless the request names one of their declarations', async () => {
    const index = buildLexicalIndex({ ...graph, modules: [server, client] }, lexicalDefaults);
    const ask = async (q: string) => (await searchLexicalIndex(index, q, { top: 2 })).hits;
    // both hold "smtp": the page's words no longer outweigh the server's
    const hits = await ask('edit smtp notifications mail subject');
    assert.equal(hits[0]?.id, 'server');
    assert.deepEqual(hits.find((h) => h.id === 'src')?.evidence.supportModule, { kind: 'screens', factor: 0.7 });
    const flat = buildLexicalIndex({ ...graph, modules: [server, client] }, mergeLexicalOptions(lexicalDefaults, { screenModules: { factor: 1 } }));
    assert.equal((await searchLexicalIndex(flat, 'edit smtp notifications mail subject', { top: 2 })).hits[0]?.id, 'src', 'the page wins when screens are not ranked down');
    assert.equal((await ask('NotificationDialog')).find((h) => h.id === 'src')?.evidence.supportModule, undefined, 'a declaration the request names keeps its score');
    // so do screens where the request is about what a page looks like or how it is used
    assert.equal((await ask('the edit smtp notifications dialog has no mail subject field')).find((h) => h.id === 'src')?.evidence.supportModule, undefined);
    assert.equal(supportKindsMentioned('the side menu stays open after I tap a library').has(SUPPORT_KIND.screens), true);
    assert.equal(supportKindsMentioned('the uptime badge still shows 100% after an outage').has(SUPPORT_KIND.screens), false);
  });
});

describe('data shapes', () => {
  const kinded = (path: string, decls: [file: string, name: string, kind: ModuleNode['symbols'][number]['kind']][], docs: string[] = []): ModuleNode => ({
    id: asModuleId(path), path, files: [...new Set(decls.map((d) => d[0]))], languages: { go: decls.length }, bytes: 100,
    symbols: decls.map(([file, name, kind]) => ({ name, kind, file, exported: true })), docComments: docs, summary: '',
  });
  // gotify's shape: a `model` package of structs beside the `api` package whose handlers fill them
  const model = kinded('model', [
    ['model/message.go', 'Message', 'struct'], ['model/message.go', 'Priority', 'property'], ['model/paging.go', 'PagingParams', 'struct'],
    ['model/paging.go', 'Since', 'property'], ['model/health.go', 'Health', 'struct'], ['model/health.go', 'StatusGreen', 'constant'],
    ['model/user.go', 'User', 'struct'], ['model/user.go', 'Admin', 'property'],
  ], ['Paging holds information about the messages newer than a message id: since, limit, size.']);
  const api = kinded('api', [
    ['api/message.go', 'GetMessages', 'function'], ['api/message.go', 'MessageAPI', 'struct'], ['api/health.go', 'Health', 'function'],
    ['api/user.go', 'CreateUser', 'function'],
  ], ['GetMessages fetches the messages of the user newer than a given date, in pages.']);
  const tsModels = kinded('app/_models', ['a', 'b', 'c', 'd'].map((x): [string, string, 'interface'] => [`app/_models/${x}.ts`, `${x.toUpperCase()}Dto`, 'interface']));
  const reducers = kinded('app/reducers', ['a', 'b', 'c', 'd'].map((x): [string, string, 'variable'] => [`app/reducers/${x}.ts`, `${x}Reducer`, 'variable']));

  it('are modules most of whose files declare types, fields and constants and no function; a script variable may be one', () => {
    // (TypeScript files of types alone beside scripts are declarations already, ranked down as headers are)
    assert.deepEqual([...findTestModules({ ...graph, modules: [model, api, tsModels, reducers] })], [SUPPORT_KIND.data, SUPPORT_KIND.code, SUPPORT_KIND.declarations, SUPPORT_KIND.code]);
    const dtos = kinded('API/DTOs', ['Range', 'FeedLink', 'SmtpConfigDto', 'ReadingListDto'].map((x): [string, string, 'class'] => [`API/DTOs/${x}.cs`, x, 'class']));
    assert.deepEqual([...findTestModules({ ...graph, modules: [dtos] })], [SUPPORT_KIND.data]);
    // a module whose symbols are a sample (past 1,000) is data only when its folder says so
    const many = (path: string) => kinded(path, Array.from({ length: 1000 }, (_, i): [string, string, 'class'] => [`${path}/F${i}.cs`, `F${i}`, 'class']));
    assert.deepEqual([...findTestModules({ ...graph, modules: [many('API/DTOs'), many('src/Core')] })], [SUPPORT_KIND.data, SUPPORT_KIND.code]);
  });

  it('follow the code that fills them, unless the request is about the data itself or names one of its declarations', async () => {
    const index = buildLexicalIndex({ ...graph, modules: [model, api] }, lexicalDefaults);
    const ask = async (q: string) => (await searchLexicalIndex(index, q, { top: 2 })).hits;
    const hits = await ask('fetch only messages newer than a given date instead of paging');
    assert.equal(hits[0]?.id, 'api');
    assert.deepEqual(hits.find((h) => h.id === 'model')?.evidence.supportModule, { kind: 'data', factor: 0.7 });
    const flat = buildLexicalIndex({ ...graph, modules: [model, api] }, mergeLexicalOptions(lexicalDefaults, { dataModules: { factor: 1 } }));
    assert.equal((await searchLexicalIndex(flat, 'fetch only messages newer than a given date instead of paging', { top: 2 })).hits[0]?.id, 'model', 'the structs win when data is not ranked down');
    assert.equal((await ask('the PagingParams since value')).find((h) => h.id === 'model')?.evidence.supportModule, undefined, 'a declaration the request names keeps its score');
    assert.equal((await ask('the messages json payload lacks a since field')).find((h) => h.id === 'model')?.evidence.supportModule, undefined);
  });
});
