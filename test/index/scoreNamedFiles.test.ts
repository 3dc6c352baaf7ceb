import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ModuleGraph, ModuleNode } from '../../src/graph/ModuleGraph.ts';
import { asModuleId } from '../../src/graph/types.ts';
import { buildLexicalIndex } from '../../src/index/buildLexicalIndex.ts';
import { lexicalDefaults, mergeLexicalOptions } from '../../src/index/lexicalDefaults.ts';
import { fileMentions, scoreNamedFiles } from '../../src/index/scoreNamedFiles.ts';
import { searchLexicalIndex } from '../../src/index/searchLexicalIndex.ts';

const node = (path: string, files: string[], symbols: string[]): ModuleNode => ({
  id: asModuleId(path), path, files, languages: { javascript: files.length }, bytes: 100,
  symbols: symbols.map((name, i) => ({ name, kind: 'function', file: files[i % files.length] ?? '', exported: true })), docComments: [], summary: '',
});

// koa-like: the response's status getter is where a pasted stack trace points, though its words say "application"
const graph: ModuleGraph = {
  root: '/repo',
  modules: [
    node('lib/application', ['lib/application.js'], ['handleRequest', 'statusError', 'readStatus']),
    node('lib/response', ['lib/response.js'], ['setBody']),
    node('lib/context', ['lib/context.js', 'index.js'], ['onerror']),
    node('test', ['test/index.js', 'test/response.js'], ['runAll']),
  ],
  edges: [],
  commits: [],
  fingerprint: 'named-1',
};

describe('files a request names', () => {
  it('reads paths, bare names and stack frames, without line numbers or drive letters', () => {
    assert.deepEqual(fileMentions('see `rules.d.ts` and ./lib/a.js, e.g. v1.2'), ['rules.d.ts', 'lib/a.js']);
    assert.deepEqual(fileMentions('at get status (/app/node_modules/koa/lib/response.js:75:21)'), ['/app/node_modules/koa/lib/response.js']);
    assert.deepEqual(fileMentions('File "C:\\src\\shop\\cart.py", line 3'), ['/src/shop/cart.py']);
    assert.deepEqual(fileMentions('see https://github.com/acme/shop/blob/main/lib/cart.js#L3'), ['/github.com/acme/shop/blob/main/lib/cart.js']);
    // long runs of path characters with no file in them (a pasted base64 blob) are read once, not from every character
    for (const blob of ['a'.repeat(100_000), '/a'.repeat(50_000), 'a.1'.repeat(33_000), '.1'.repeat(50_000)]) assert.deepEqual(fileMentions(`${blob}.`), []);
  });

  it('lift the module holding the file a stack frame names over the one its words match', async () => {
    const index = buildLexicalIndex(graph, lexicalDefaults);
    const trace = "TypeError: cannot read status\n    at Object.get status (/app/node_modules/koa/lib/response.js:75:21)\n    at Object.status (/app/node_modules/delegates/index.js:72:24)";
    const result = await searchLexicalIndex(index, trace, { top: 3 });
    assert.equal(result.hits[0]?.id, 'lib/response');
    assert.match(result.hits[0]?.reason ?? '', /named \+[\d.]+ lib\/response\.js/u);
    // off, the words decide
    const off = buildLexicalIndex(graph, mergeLexicalOptions(lexicalDefaults, { namedFiles: { weight: 0 } }));
    assert.equal((await searchLexicalIndex(off, trace, { top: 3 })).hits[0]?.id, 'lib/application');
  });

  it('count a named data or configuration file for a quarter of a code file: the change is in the code that reads it', () => {
    // searxng's shape: settings.yml is where the user set the proxy, the network module is what ignores it
    const settings: ModuleGraph = {
      ...graph,
      modules: [node('searx/network', ['searx/network/client.py'], ['proxies']), node('utils', ['utils/templates/etc/searxng/settings.yml', 'utils/lxc.sh'], [])],
      fingerprint: 'named-data',
    };
    const index = buildLexicalIndex(settings, lexicalDefaults);
    const yml = scoreNamedFiles(index, 'I set a socks5 proxy in settings.yml but it is ignored', 10);
    const py = scoreNamedFiles(index, 'the proxy set in client.py is ignored', 10);
    const bonusOf = (b: ReturnType<typeof scoreNamedFiles>, id: string) => b?.bonus[index.ids.indexOf(asModuleId(id))] ?? 0;
    assert.equal(bonusOf(py, 'searx/network'), 10);
    assert.equal(bonusOf(yml, 'utils'), 2.5);
    const full = buildLexicalIndex(settings, mergeLexicalOptions(lexicalDefaults, { namedFiles: { dataShare: 1 } }));
    assert.equal(scoreNamedFiles(full, 'I set a socks5 proxy in settings.yml but it is ignored', 10)?.bonus[full.ids.indexOf(asModuleId('utils'))], 10);
  });

  it('name nothing by a folder-less match of a path with folders, a name of many files, or a file of another case', () => {
    const index = buildLexicalIndex(graph, lexicalDefaults);
    // `delegates/index.js` shares only its name with the root's index.js and test/index.js
    assert.equal(scoreNamedFiles(index, 'at x (/app/node_modules/delegates/index.js:1:1)', 1), undefined);
    assert.equal(scoreNamedFiles(index, 'Node.js crashes', 1), undefined);
    // a manifest's or a tool's configuration name alone is as often the user's own file
    const withManifest = buildLexicalIndex({ ...graph, modules: [...graph.modules, node('.', ['package.json', '.mocharc.yml'], [])] }, lexicalDefaults);
    assert.equal(scoreNamedFiles(withManifest, 'My .mocharc.yml is ignored, and package.json too', 1), undefined);
    // a bare name held by two files splits between their modules, a test's file never counting for a bare name
    // ("my app.rb" is the user's own, not sinatra's test/integration/app.rb)
    const bare = scoreNamedFiles(index, 'index.js is slow', 1);
    assert.deepEqual([...(bare?.bonus ?? [])], [0, 0, 1, 0]);
    const withCode = buildLexicalIndex({ ...graph, modules: [...graph.modules, node('lib/extra', ['lib/extra/index.js'], [])] }, lexicalDefaults);
    assert.deepEqual([...(scoreNamedFiles(withCode, 'index.js is slow', 1)?.bonus ?? [])], [0, 0, 1, 0, 1]);
    assert.equal(scoreNamedFiles(index, 'my response.js is slow', 1)?.bonus[3], 0);
    // a path that ends the file's own picks it over the other file of that name
    const exact = scoreNamedFiles(index, 'test/response.js fails', 1);
    assert.deepEqual([...(exact?.bonus ?? [])], [0, 0, 0, 1]);
  });

  it('read a qualified name as the path of the file its language keeps it in (Phase.Document.Result, org.acme.HttpConnection, pkg.web_log)', () => {
    const modules = [
      node('lib/absinthe/phase', ['lib/absinthe/phase/document/result.ex', 'lib/absinthe/phase/subscription/result.ex'], []),
      node('src/main/java/org/acme/helper', ['src/main/java/org/acme/helper/HttpConnection.java'], []),
      node('aiohttp', ['aiohttp/web_log.py', 'aiohttp/web_protocol.py'], []),
      node('docs', ['docs/result.md'], []),
    ];
    const index = buildLexicalIndex({ ...graph, modules }, lexicalDefaults);
    const named = (query: string) => { const b = scoreNamedFiles(index, query, 1); return b === undefined ? undefined : [...b.bonus]; };
    assert.deepEqual(named('Phase.Document.Result should treat a map as the response'), [1, 0, 0, 0]);
    assert.equal(scoreNamedFiles(index, 'Absinthe.Phase.Document.Result is wrong', 1)?.file[0], 'lib/absinthe/phase/document/result.ex');
    assert.deepEqual(named('org.acme.helper.HttpConnection drops cookies'), [0, 1, 0, 0]);
    assert.deepEqual(named('aiohttp.web_log ignores the format'), [0, 0, 1, 0]);
    // its last parts are enough where they name one file; a part that is no folder of the file, a call, an abbreviation's dots: nothing
    assert.deepEqual(named('Document.Result is wrong'), [1, 0, 0, 0]);
    assert.equal(named('Request.Result and e.g. Node.js'), undefined);
    assert.equal(named('call web_log.format() twice'), undefined);
  });

  it('read a `::` name and a Ruby `Type#method` as the file of the type or module they qualify (Message::toString, Response::Headers#==, src::de::from_str)', () => {
    const modules = [
      node('src', ['src/Message.php', 'src/Stream.php', 'tests/MessageTest.php'], []),
      node('lib/httparty/response', ['lib/httparty/response/headers.rb', 'lib/httparty/response.rb'], []),
      node('lib/faraday', ['lib/faraday/options.rb'], []),
      node('src/de', ['src/de.rs', 'src/fmt.rs'], []),
    ];
    const index = buildLexicalIndex({ ...graph, modules }, lexicalDefaults);
    const named = (query: string) => { const b = scoreNamedFiles(index, query, 1); return b === undefined ? undefined : [...b.bonus]; };
    // the method after the type is no file: the type's is named
    assert.deepEqual(named('Message::toString joins headers with commas'), [1, 0, 0, 0]);
    assert.equal(scoreNamedFiles(index, 'Message::toString joins headers', 1)?.file[0], 'src/Message.php');
    // the longest prefix that names a file: Response::Headers is response/headers.rb, not response.rb
    assert.equal(scoreNamedFiles(index, 'Response::Headers#== should ignore case', 1)?.file[1], 'lib/httparty/response/headers.rb');
    assert.deepEqual(named('Options#merge! should deep merge'), [0, 0, 1, 0]);
    assert.deepEqual(named('src::de::from_str rejects it'), [0, 0, 0, 1]);
    // a lone lower-case part is a namespace as often as a file (`fmt::`, `std::`); a lower-case `x#y` and C# name nothing
    assert.equal(named('fmt::join and std::vector in C# too'), undefined);
    assert.equal(named('see issue#12 and div#main'), undefined);
  });

  it('read a conventional-commit scope that names a file by its stem as pointing there, never a test file', async () => {
    const index = buildLexicalIndex(graph, lexicalDefaults);
    // `fix(response): …`: lib/response.js, not test/response.js; the words alone say "application"
    const scoped = scoreNamedFiles(index, 'fix(response): read status errors', 1);
    assert.deepEqual([...(scoped?.bonus ?? [])], [0, lexicalDefaults.namedFiles.scopeWeight, 0, 0]);
    assert.equal(scoped?.file[1], 'lib/response.js');
    // a scope with folders must end as the file's folders do; a scope naming no file, or no scope, names none
    assert.ok((scoreNamedFiles(index, 'feat(lib/context): x', 1)?.bonus[2] ?? 0) > 0);
    assert.equal(scoreNamedFiles(index, 'feat(src/context): x', 1), undefined);
    assert.equal(scoreNamedFiles(index, 'fix(parser): x', 1), undefined);
    // a scope that is no file's stem may name a module by its id or its id's end (`fix(theme): …` → lib/theme)
    const modules = buildLexicalIndex({ ...graph, modules: [...graph.modules, node('lib/theme', ['lib/theme/dark.js'], [])] }, lexicalDefaults);
    const theme = scoreNamedFiles(modules, 'fix(theme): darker borders', 1);
    assert.deepEqual([...(theme?.bonus ?? [])], [0, 0, 0, 0, lexicalDefaults.namedFiles.scopeWeight]);
    assert.equal(theme?.file[4], 'lib/theme');
    assert.equal(scoreNamedFiles(index, 'response: read status errors', 1), undefined);
    const off = buildLexicalIndex(graph, mergeLexicalOptions(lexicalDefaults, { namedFiles: { scopeWeight: 0 } }));
    assert.equal(scoreNamedFiles(off, 'fix(response): read status errors', 1), undefined);
  });
});
