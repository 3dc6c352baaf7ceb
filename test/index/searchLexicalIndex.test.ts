import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getCutoffState } from '../../src/index/cutoffState.ts';
import { scoreModules } from '../../src/index/scoreModules.ts';
import { buildLexicalIndex } from '../../src/index/buildLexicalIndex.ts';
import { lexicalDefaults, mergeLexicalOptions } from '../../src/index/lexicalDefaults.ts';
import { rowEnd, rowStart } from '../../src/index/postings.ts';
import { searchLexicalIndex } from '../../src/index/searchLexicalIndex.ts';
import { agentForms, otherNumber, otherSpellings } from '../../src/index/expandQuery.ts';
import { actionForms } from '../../src/index/actionForms.ts';
import { verbBaseForms } from '../../src/index/verbBaseForms.ts';
import { adverbBaseForms } from '../../src/index/adverbBaseForms.ts';
import { versionForms } from '../../src/index/versionForms.ts';
import { httpStatusForms } from '../../src/index/httpStatusForms.ts';
import { parseQuery } from '../../src/index/parseQuery.ts';
import { languageWords } from '../../src/index/languageWords.ts';
import { spellLanguageNames } from '../../src/util/spellLanguageNames.ts';
import { abbreviationExpansions } from '../../src/index/abbreviations.ts';
import { baseFormCandidates, dictionaryForms, isDictionaryWord, isOrdinaryWord, wordnetSynonyms } from '../../src/index/wordnetSynonyms.ts';
import { closestIndexTerm, oneEditAway } from '../../src/index/closestIndexTerm.ts';
import { dominantScript } from '../../src/util/dominantScript.ts';
import { chineseGlosses, chineseWordsFor } from '../../src/index/chineseGlosses.ts';
import { fixtureGraph, ids } from './lexicalFixture.ts';
import type { ModuleGraph, ModuleNode } from '../../src/graph/ModuleGraph.ts';
import { asModuleId } from '../../src/graph/types.ts';

const graph = fixtureGraph();
const round3 = (x: number) => Math.round(x * 1000) / 1000;
const indexWith = (overrides: Record<string, unknown> = {}) =>
  buildLexicalIndex(graph, mergeLexicalOptions(lexicalDefaults, overrides));
const search = (query: string, overrides: Record<string, unknown> = {}, asOf?: string) =>
  searchLexicalIndex(indexWith(overrides), query, { top: 10, asOf, synonyms: wordnetSynonyms });

describe('searchLexicalIndex on the fixture graph', () => {
  it('ranks by path and symbols first', async () => {
    const result = await search('add optional params to route matching');
    assert.equal(result.hits[0]?.id, 'src/router');
    assert.match(result.hits[0]?.reason ?? '', /symbols: route/);
    assert.deepEqual(result.warnings, []);
  });

  it("a request's own words that code repeats stay searchable: disable, todo, null, undefined", () => {
    // rubocop's review: "inline disable comments are ignored" had lost its one telling word to the stopwords.
    for (const word of ['disable', 'todo', 'null', 'undefined']) {
      assert.ok(parseQuery(`${word} it`, { stem: false, stripCommitPrefix: true, maxQueryTerms: 64 }).terms.some((t) => t.term === word), word);
    }
    assert.equal(parseQuery('const type', { stem: false, stripCommitPrefix: true, maxQueryTerms: 64 }).terms.length, 0);
    // "like" compares ("an attribute like data-config="); it matched `isArrayLike` in jQuery's review
    assert.deepEqual(parseQuery('renders like markup', { stem: false, stripCommitPrefix: true, maxQueryTerms: 64 }).terms.map((t) => t.term), ['renders', 'markup']);
  });

  it('looks up synonyms of English words only, not of the pieces of a name', () => {
    // alacritty's review: "FreeBSD" searched `release` for its `free`.
    const { words } = parseQuery('On FreeBSD a double-click opens the parent_folder of getHomeDir', { stem: false, stripCommitPrefix: true, maxQueryTerms: 64 });
    assert.deepEqual([...words].sort(), ['click', 'double', 'opens']);
  });

  it('strips the conventional-commit type but matches the scope', async () => {
    const result = await search('fix(logging): levels', { wordnet: { enabled: false } });
    assert.deepEqual(ids(result.hits).slice(0, 1), ['src/logging']);
    assert.equal(result.terms.some((t) => t.term === 'fix'), false);
  });

  it('leaves the framing of a written requirement out of the search', async () => {
    // A module whose comments happen to say "great", "able" and "thanks" must not win on them.
    const chatty: ModuleNode = {
      id: asModuleId('src/feedback'), path: 'src/feedback', files: ['src/feedback/form.ts'], languages: { typescript: 1 }, bytes: 100,
      symbols: [], docComments: ['Great form: users are able to say thanks, and we want to hear it.'], summary: 'Feedback form.',
    };
    const noisy: ModuleGraph = { ...graph, modules: [...graph.modules, chatty] };
    const query = 'As a user, I want to be able to sign in with a password. It would be great if this worked. Thanks!';
    const framed = await searchLexicalIndex(buildLexicalIndex(noisy, lexicalDefaults), query, { top: 3 });
    assert.equal(framed.hits[0]?.id, 'src/auth');
    assert.equal(framed.terms.some((t) => ['great', 'able', 'want', 'thanks'].includes(t.term)), false);
    assert.equal(framed.hits.some((h) => h.id === 'src/feedback'), false);
    const raw = await searchLexicalIndex(buildLexicalIndex(noisy, mergeLexicalOptions(lexicalDefaults, { stripBoilerplate: false })), query, { top: 3 });
    assert.equal(raw.hits[1]?.id, 'src/feedback', 'without the option the filler words match');
  });

  it('finds the runtime of the language a request names, C# and C++ included', async () => {
    // protobuf's review: "C#: JSON timestamp parsing …" ranked the C# runtime 4th; "C#" tokenized to nothing.
    const runtime = (dir: string, language: string, ext: string): ModuleNode => ({
      id: asModuleId(dir), path: dir, files: [`${dir}/json.${ext}`, `${dir}/timestamp.${ext}`], languages: { [language]: 2, other: 5 }, bytes: 100,
      symbols: [{ name: 'JsonParser', kind: 'class', file: `${dir}/json.${ext}`, exported: true }], docComments: ['Parses JSON timestamps.'], summary: 'Runtime.',
    });
    const modules = [runtime('java', 'java', 'java'), runtime('csharp', 'c_sharp', 'cs'), runtime('src', 'cpp', 'cc'), runtime('python', 'python', 'py'), runtime('objectivec', 'objc', 'm')];
    const g: ModuleGraph = { ...graph, modules, edges: [], commits: [] };
    const index = buildLexicalIndex(g, mergeLexicalOptions(lexicalDefaults, { wordnet: { enabled: false } }));
    const top = async (q: string) => (await searchLexicalIndex(index, q, { top: 5 })).hits[0]?.id;
    assert.equal(await top('C#: JSON timestamp parsing accepts a lowercase t'), 'csharp');
    assert.equal(await top('JSON timestamps in C++ lose their fraction'), 'src');
    assert.equal(await top('Python: JSON parse ignores timestamps'), 'python');
    assert.equal(await top('iOS app: JSON timestamps are off by a day'), 'objectivec');
    assert.equal(await top('Objective-C JSON timestamps'), 'objectivec');
    assert.deepEqual(spellLanguageNames('C# and c++, F#, Obj-C, .NET; not abc#, x++ or a.net').split(/\s+/u).filter(Boolean),
      ['csharp', 'and', 'cpp', ',', 'fsharp', ',', 'objectivec', ',', 'dotnet', ';', 'not', 'abc#,', 'x++', 'or', 'a.net']);
    assert.deepEqual(languageWords({ cpp: 4, python: 1, other: 10 }), ['cpp'], 'a language under a quarter of the parsed files is not the module\'s');
    assert.deepEqual(languageWords({ c: 4 }), []);
  });

  it('searches the other number of a word and the base form of a verb form: down-weighted beside the word, at its weight in its place (sessions → session)', async () => {
    const result = await search('sessions', { wordnet: { enabled: false } });
    assert.equal(result.hits[0]?.id, 'src/auth');
    // The index has no `sessions`: `session` stands in for it.
    assert.deepEqual(result.terms.find((t) => t.source === 'inflection'), { term: 'session', weight: 1, source: 'inflection', from: 'sessions' });
    // `route` is in the index: `routes` beside it is down-weighted; `matching` is not: `match` takes its place.
    const beside = await search('route matching', { wordnet: { enabled: false } });
    assert.deepEqual(beside.terms.filter((t) => t.source === 'inflection'), [
      { term: 'routes', weight: 0.2, source: 'inflection', from: 'route' },
      { term: 'match', weight: 1, source: 'inflection', from: 'matching' },
    ]);
    assert.deepEqual(['sleeping', 'uploading', 'closing', 'running', 'stopped', 'closed', 'copied', 'falling', 'bring', 'thing'].map(verbBaseForms), [
      ['sleep', 'sleepe'], ['upload', 'uploade'], ['clos', 'close'], ['runn', 'runne', 'run'], ['stopp', 'stoppe', 'stop'], ['clos', 'close'], ['copy'], ['fall', 'falle'], [], [],
    ]);
    // British doubled l (dio's "Cancelling a request"); a short stem keeps its ll
    assert.deepEqual(['cancelling', 'labelled', 'rolling', 'called'].map(verbBaseForms), [
      ['cancell', 'cancelle', 'cancel'], ['labell', 'labelle', 'label'], ['roll', 'rolle'], ['call', 'calle'],
    ]);
    assert.match(result.hits[0]?.reason ?? '', /inflection: session←sessions/);
    const off = await search('sessions', { wordnet: { enabled: false }, inflections: { enabled: false } });
    assert.equal(off.hits.some((h) => h.id === 'src/auth'), false);
    // An adverb searches its adjective, always down-weighted: "transiently" is nowhere, yet `transient` stays at 0.2.
    const adverb = await search('transiently', { wordnet: { enabled: false } });
    assert.deepEqual(adverb.terms.filter((t) => t.source === 'inflection'), [{ term: 'transient', weight: 0.2, source: 'inflection', from: 'transiently' }]);
    assert.equal(adverb.hits[0]?.id, 'src/router');
    assert.deepEqual(['lazily', 'automatically', 'possibly', 'correctly', 'locally', 'apply', 'supply', 'early', 'only'].map(adverbBaseForms), [
      ['lazy'], ['automatic', 'automatical'], ['possible'], ['correct'], ['local'], [], [], [], [],
    ]);
    assert.deepEqual(['effects', 'classes', 'entries', 'block', 'query', 'status', 'key', 'js', 'http', 'lens'].map(otherNumber), [
      ['effect'], ['class', 'classe'], ['entry'], ['blocks'], ['queries'], ['statuses'], ['keys'], [], [], [],
    ]);
  });

  it('searches the other spelling of a British or American word at full weight (colour → color)', async () => {
    // JOSM's review: "the session loses the GPS track colours" met `color` nowhere.
    const painter: ModuleNode = {
      id: asModuleId('src/paint'), path: 'src/paint', files: ['src/paint/palette.ts'], languages: { typescript: 1 }, bytes: 100,
      symbols: [{ name: 'trackColor', kind: 'function', file: 'src/paint/palette.ts', exported: true }, { name: 'initializeCanvas', kind: 'function', file: 'src/paint/palette.ts', exported: true }],
      docComments: ['Picks colors.'], summary: 'Paint.',
    };
    const g: ModuleGraph = { ...graph, modules: [...graph.modules, painter] };
    const ask = (q: string, overrides: Record<string, unknown> = {}) =>
      searchLexicalIndex(buildLexicalIndex(g, mergeLexicalOptions(lexicalDefaults, { wordnet: { enabled: false }, ...overrides })), q, { top: 3 });
    const on = await ask('track colour');
    assert.equal(on.hits[0]?.id, 'src/paint');
    assert.deepEqual(on.terms.find((t) => t.source === 'spelling'), { term: 'color', weight: 1, source: 'spelling', from: 'colour' });
    assert.equal((await ask('initialise the canvas')).hits[0]?.id, 'src/paint');
    assert.equal((await ask('colour', { spellings: { enabled: false } })).hits.some((h) => h.id === 'src/paint'), false);
    const pairs: [string, string][] = [['colour', 'color'], ['color', 'colour'], ['behaviours', 'behaviors'], ['favourite', 'favorite'], ['initialise', 'initialize'],
      ['serialisation', 'serialization'], ['analyse', 'analyze'], ['centre', 'center'], ['catalogue', 'catalog'], ['cancelled', 'canceled'], ['labeled', 'labelled'], ['licence', 'license'], ['grey', 'gray']];
    for (const [word, form] of pairs) assert.ok(otherSpellings(word).includes(form), `${word} → ${form}`);
    for (const word of ['filter', 'filed', 'raise', 'noise', 'error']) assert.ok(!otherSpellings(word).some((f) => ['filtre', 'filled', 'raize', 'noize'].includes(f)), word);
  });

  it('searches the term a mistyped word meant, when neither the index nor the dictionary knows the word (recieve → receive)', async () => {
    const inbox: ModuleNode = {
      id: asModuleId('src/inbox'), path: 'src/inbox', files: ['src/inbox/mailbox.ts'], languages: { typescript: 1 }, bytes: 100,
      symbols: [{ name: 'receiveMessage', kind: 'function', file: 'src/inbox/mailbox.ts', exported: true }, { name: 'stateOfMailbox', kind: 'function', file: 'src/inbox/mailbox.ts', exported: true }],
      docComments: ['Stores what arrives.'], summary: 'Inbox.',
    };
    const g: ModuleGraph = { ...graph, modules: [...graph.modules, inbox] };
    const index = buildLexicalIndex(g, mergeLexicalOptions(lexicalDefaults, { wordnet: { enabled: false } }));
    const ask = (q: string, withDictionary = true) => searchLexicalIndex(index, q, { top: 3, ...(withDictionary ? { dictionary: isDictionaryWord } : {}) });
    const typed = await ask('recieve');
    assert.equal(typed.hits[0]?.id, 'src/inbox');
    assert.deepEqual(typed.terms.find((t) => t.source === 'typo'), { term: 'receive', weight: 0.8, source: 'typo', from: 'recieve' });
    assert.match(typed.hits[0]?.reason ?? '', /typo: receive←recieve/);
    // Without a dictionary a word can't be told from a typo: nothing is corrected.
    assert.deepEqual((await ask('recieve', false)).hits, []);
    // A word of the dictionary one edit from an index term is a word ("stale" is not "state").
    assert.equal((await ask('stale')).terms.some((t) => t.source === 'typo'), false);
    // Nor is a programmer's abbreviation that the dictionary lacks (`admin`, one edit from an author's `armin`).
    const signed: ModuleNode = { ...inbox, id: asModuleId('src/credits'), path: 'src/credits', files: ['src/credits/armin.ts'], symbols: [], docComments: ['Copyright Armin.'] };
    const withAuthor = buildLexicalIndex({ ...g, modules: [...g.modules, signed] }, mergeLexicalOptions(lexicalDefaults, { wordnet: { enabled: false } }));
    assert.equal(closestIndexTerm(withAuthor, 'admin'), 'armin');
    assert.equal((await searchLexicalIndex(withAuthor, 'admin', { top: 3, dictionary: isDictionaryWord })).terms.some((t) => t.source === 'typo'), false);
    // An identifier's letters too (`mailbx`), but not a term the index has, and not a word shorter than `minLength`.
    assert.equal((await ask('mailbx')).hits[0]?.id, 'src/inbox');
    assert.equal((await ask('mailbox')).terms.some((t) => t.source === 'typo'), false);
    const other = (overrides: Record<string, unknown>) =>
      searchLexicalIndex(buildLexicalIndex(g, mergeLexicalOptions(lexicalDefaults, { wordnet: { enabled: false }, ...overrides })), 'recieve', { top: 3, dictionary: isDictionaryWord });
    assert.deepEqual((await other({ typos: { minLength: 8 } })).hits, []);
    assert.deepEqual((await other({ typos: { enabled: false } })).hits, []);
    assert.equal(closestIndexTerm(index, 'rceive'), 'receive');
    assert.equal(closestIndexTerm(index, 'xyzzyq'), undefined);
  });

  it('matches a Chinese request to Chinese comments word by word (character pairs), not only whole sentences', async () => {
    const zh = (id: string, doc: string, name: string): ModuleNode => ({
      id: asModuleId(id), path: id, files: [`${id}/index.ts`], languages: { typescript: 1 }, bytes: 100,
      symbols: [{ name, kind: 'function', file: `${id}/index.ts`, exported: true }], docComments: [doc], summary: '',
    });
    const g: ModuleGraph = {
      ...graph,
      modules: [
        ...graph.modules,
        zh('src/tooltip', '提示框组件：鼠标悬停时显示提示内容，移出后自动隐藏。', 'showTip'),
        zh('src/cache', '缓存管理：定期清理过期数据，避免内存泄漏。', 'sweep'),
      ],
    };
    const index = buildLexicalIndex(g, mergeLexicalOptions(lexicalDefaults, { wordnet: { enabled: false } }));
    const ask = async (q: string) => (await searchLexicalIndex(index, q, { top: 3 })).hits[0]?.id;
    assert.equal(await ask('页面长时间运行后内存泄漏越来越严重'), 'src/cache');
    assert.equal(await ask('移动端的提示框不会自动隐藏'), 'src/tooltip');
    assert.equal(await ask('修复 showTip 在移动端不消失的问题'), 'src/tooltip');
  });

  it('searches the English glosses of the Chinese words of a request, only with a translator (CC-CEDICT)', async () => {
    const index = buildLexicalIndex(graph, mergeLexicalOptions(lexicalDefaults, { wordnet: { enabled: false } }));
    const query = '数据库连接池经常耗尽';
    const translated = await searchLexicalIndex(index, query, { top: 3, translator: chineseGlosses });
    assert.equal(translated.hits[0]?.id, 'src/db');
    const database = translated.terms.find((t) => t.term === 'database');
    assert.deepEqual(database, { term: 'database', weight: 0.5, source: 'translation', from: '数据库' });
    assert.deepEqual((await searchLexicalIndex(index, query, { top: 3 })).hits, []);
    const off = buildLexicalIndex(graph, mergeLexicalOptions(lexicalDefaults, { wordnet: { enabled: false }, translations: { enabled: false } }));
    assert.deepEqual((await searchLexicalIndex(off, query, { top: 3, translator: chineseGlosses })).hits, []);
    // Segmentation takes the longest headword; single characters and Japanese text give nothing.
    const glosses = chineseGlosses('内存泄漏，页面卡顿');
    assert.deepEqual(glosses.map((g) => g.word), ['内存', '泄漏', '页面', '卡顿']);
    assert.ok(glosses.find((g) => g.word === '泄漏')?.english.includes('leak'));
    // Both directions are tried and the one with fewer pieces wins: 时 + 报错, not 时报 ("newspaper") + 错.
    assert.deepEqual(chineseGlosses('存进数据库时报错').map((g) => g.word), ['数据库', '报错']);
    // A headword is read by its common entry (结果: result, not "to bear fruit"); function words give nothing.
    assert.ok(chineseGlosses('结果').find((g) => g.word === '结果')?.english.includes('result'));
    assert.deepEqual(chineseGlosses('如果已经'), []);
    assert.deepEqual(chineseGlosses('メモリリークを直す'), []);
    assert.deepEqual(chineseGlosses('memory leak'), []);
  });

  it('indexes Chinese comments as English glosses too when asked (translations.documents), so an English request finds them', async () => {
    const zhModule: ModuleNode = {
      id: asModuleId('src/mailbox'), path: 'src/mailbox', files: ['src/mailbox/index.ts'], languages: { typescript: 1 }, bytes: 100,
      symbols: [{ name: 'sweep', kind: 'function', file: 'src/mailbox/index.ts', exported: true }], docComments: ['定期清理过期数据，避免内存泄漏。'], summary: '',
    };
    const g: ModuleGraph = { ...graph, modules: [...graph.modules, zhModule] };
    const ask = async (documents: boolean) => {
      const index = buildLexicalIndex(g, mergeLexicalOptions(lexicalDefaults, { wordnet: { enabled: false }, translations: { documents } }));
      return (await searchLexicalIndex(index, 'memory leak', { top: 3 })).hits.map((h) => h.id);
    };
    assert.deepEqual(await ask(true), ['src/mailbox']);
    assert.deepEqual(await ask(false), []);
  });

  it('searches the Chinese words of an English request on code commented in Chinese, and only there (translations.fromEnglish)', async () => {
    const zh = (id: string, doc: string): ModuleNode => ({
      id: asModuleId(id), path: id, files: [`${id}/index.ts`], languages: { typescript: 1 }, bytes: 100,
      symbols: [{ name: 'run', kind: 'function', file: `${id}/index.ts`, exported: true }], docComments: [doc], summary: '',
    });
    const chinese: ModuleGraph = {
      ...graph,
      // Pinyin folder names: no English word of the request may match a path.
      modules: [zh('src/shangchuan', '上传图片：选择文件后上传到服务器，超出大小限制时给出提示。'), zh('src/tishi', '提示框组件：鼠标悬停时显示提示内容。'), zh('src/huancun', '缓存管理：定期清理过期数据。')],
    };
    const options = (fromEnglish: boolean) => mergeLexicalOptions(lexicalDefaults, { wordnet: { enabled: false }, translations: { fromEnglish } });
    const index = buildLexicalIndex(chinese, options(true));
    assert.equal(index.chineseShare, 1);
    const result = await searchLexicalIndex(index, 'uploading a picture fails', { top: 3, chineseWords: chineseWordsFor });
    assert.equal(result.hits[0]?.id, 'src/shangchuan');
    assert.deepEqual(result.terms.find((t) => t.term === '上传'), { term: '上传', weight: 0.5, source: 'translation', from: 'uploading' });
    assert.match(result.hits[0]?.reason ?? '', /上传/u);
    assert.deepEqual((await searchLexicalIndex(buildLexicalIndex(chinese, options(false)), 'uploading a picture fails', { top: 3, chineseWords: chineseWordsFor })).hits, []);
    // English code with Chinese text in one module (a locale folder): English words stay English.
    const english: ModuleGraph = { ...graph, modules: [...graph.modules, zh('src/locale', '上传 下载 删除 确定 取消')] };
    const mostlyEnglish = buildLexicalIndex(english, options(true));
    assert.ok(mostlyEnglish.chineseShare < 0.5);
    const plain = await searchLexicalIndex(mostlyEnglish, 'upload', { top: 3, chineseWords: chineseWordsFor });
    assert.equal(plain.terms.some((t) => t.source === 'translation'), false);
    // CC-CEDICT read backwards, any inflection of the English word; nothing for a word it lacks.
    assert.ok(chineseWordsFor('Buttons').includes('按钮'));
    assert.ok(chineseWordsFor('navigation').includes('导航'));
    assert.deepEqual(chineseWordsFor('qwzx'), []);
  });

  it('takes a typo for one edit that keeps the first letter: dropped, added or swapped letters, a key beside the right one, a vowel for a vowel', () => {
    const edits = oneEditAway('state');
    for (const typo of ['tsate', 'sate', 'staate', 'satte', 'stte', 'stare', 'stafe', 'stote', 'states']) assert.ok(edits.has(typo), typo);
    // A far key is no typo (`jsdoc` is not `jsdom`), nor is another first letter (`getsrc`, `setsrc`).
    for (const other of ['stame', 'sxate', 'ttate', 'astate', 'tate', 'state']) assert.ok(!edits.has(other), other);
    for (const word of ['flipping', 'deferred', 'clearer', 'initializer', 'batches', 'busiest']) assert.ok(isDictionaryWord(word), word);
    for (const typo of ['recieve', 'reactivty', 'unnecesary']) assert.equal(isDictionaryWord(typo), false, typo);
    assert.ok(dictionaryForms('flipping').includes('flip'));
  });

  it('searches agent nouns of query verbs and verbs of agent nouns, down-weighted (log → logger, iterator → iterate)', async () => {
    // Elixir's review: "when I put a list into log metadata …" ranked the `logger` app fourth; nothing said "logger".
    const loggerModule: ModuleNode = {
      id: asModuleId('lib/telemetry'), path: 'lib/telemetry', files: ['lib/telemetry/logger.ex'], languages: { elixir: 1 }, bytes: 100,
      symbols: [{ name: 'Logger', kind: 'module', file: 'lib/telemetry/logger.ex', exported: true }], docComments: ['Writes metadata.'], summary: 'Telemetry.',
    };
    const g: ModuleGraph = { ...graph, modules: [...graph.modules, loggerModule] };
    const ask = (overrides: Record<string, unknown>) =>
      searchLexicalIndex(buildLexicalIndex(g, mergeLexicalOptions(lexicalDefaults, { wordnet: { enabled: false }, ...overrides })), 'log', { top: 10 });
    const on = await ask({});
    assert.deepEqual(on.terms.find((t) => t.source === 'derivation'), { term: 'logger', weight: 0.1, source: 'derivation', from: 'log' });
    assert.ok(on.hits.some((h) => h.id === 'lib/telemetry'));
    assert.match(on.hits.find((h) => h.id === 'lib/telemetry')?.reason ?? '', /derivation: logger←log/);
    const off = await ask({ derivations: { enabled: false } });
    assert.equal(off.hits.some((h) => h.id === 'lib/telemetry'), false);
    // Every spelling rule's candidate is tried (only those the index has are searched).
    const pairs: [string, string][] = [['log', 'logger'], ['format', 'formatter'], ['compile', 'compiler'], ['iterate', 'iterator'], ['edit', 'editor'],
      ['logger', 'log'], ['parser', 'parse'], ['formatter', 'format'], ['collector', 'collect'], ['notification', 'notify'], ['notify', 'notification'], ['verification', 'verify'], ['unification', 'unify']];
    for (const [word, form] of pairs) assert.ok(agentForms(word).includes(form), `${word} → ${form}`);
    assert.deepEqual(agentForms('go'), []);
    assert.deepEqual(agentForms('log_level'), []);
  });

  it('searches the verb of an action noun and the nouns of a verb (compression → compress, deploy → deployment)', async () => {
    const codec: ModuleNode = {
      id: asModuleId('src/codec'), path: 'src/codec', files: ['src/codec/gzip.ts'], languages: { typescript: 1 }, bytes: 100,
      symbols: [{ name: 'compressChunk', kind: 'function', file: 'src/codec/gzip.ts', exported: true }], docComments: [], summary: '',
    };
    const g: ModuleGraph = { ...graph, modules: [...graph.modules, codec] };
    const ask = (overrides: Record<string, unknown>) =>
      searchLexicalIndex(buildLexicalIndex(g, mergeLexicalOptions(lexicalDefaults, { wordnet: { enabled: false }, ...overrides })), 'the compression is slow', { top: 10 });
    const on = await ask({});
    assert.deepEqual(on.terms.find((t) => t.term === 'compress'), { term: 'compress', weight: 0.1, source: 'derivation', from: 'compression' });
    assert.equal(on.hits[0]?.id, 'src/codec');
    assert.match(on.hits[0]?.reason ?? '', /derivation: compress←compression/);
    const off = await ask({ derivations: { actionWeight: 0 } });
    assert.equal(off.hits.some((h) => h.id === 'src/codec'), false);
    const pairs: [string, string][] = [['validation', 'validate'], ['configuration', 'configure'], ['transformation', 'transform'], ['connection', 'connect'],
      ['compression', 'compress'], ['deletion', 'delete'], ['definition', 'define'], ['deployment', 'deploy'], ['management', 'manage'],
      ['validate', 'validation'], ['configure', 'configuration'], ['connect', 'connection'], ['compress', 'compression'], ['install', 'installation'], ['deploy', 'deployment'],
      // drizzle's review: "coercion" never met `coerce`; the other -sion nouns by each spelling rule
      ['coercion', 'coerce'], ['conversion', 'convert'], ['expansion', 'expand'], ['inclusion', 'include'], ['decision', 'decide'], ['revision', 'revise'], ['collision', 'collide'], ['extension', 'extend']];
    for (const [word, form] of pairs) assert.ok(actionForms(word).includes(form), `${word} → ${form}`);
    // A noun whose stem is another word, a plural, a short word: nothing.
    for (const word of ['station', 'statement', 'session', 'mission', 'version', 'occasion', 'vision', 'state', 'actions', 'act', 'log_level', 'implement', 'increment', 'foundation', 'content', 'express']) assert.deepEqual(actionForms(word), [], word);
    assert.ok(actionForms('description').includes('describe'));
    // by the letter before -sion: "extension" is no `extent`, "inversion" no `inverse`
    for (const [word, wrong] of [['extension', 'extent'], ['inversion', 'inverse'], ['suspension', 'suspense']] as const) assert.equal(actionForms(word).includes(wrong), false, word);
    // an adjective of what can be done is its verb (Flask's "streamable" templates); not a table or a variable
    for (const [word, form] of [['streamable', 'stream'], ['configurable', 'configure'], ['serializable', 'serialize'], ['reducible', 'reduce'], ['forgettable', 'forget']] as const) assert.ok(actionForms(word).includes(form), `${word} → ${form}`);
    for (const word of ['table', 'stable', 'enable', 'variable', 'possible', 'available']) assert.equal(actionForms(word).some((f) => !f.endsWith('ation') && !f.endsWith('ment') && !f.endsWith('ion')), false, word);
  });

  it('bridges programmers\' abbreviations both ways (button → btn, ctx → context, server-side rendering → ssr)', async () => {
    const widgets: ModuleNode = {
      id: asModuleId('src/widgets'), path: 'src/widgets', files: ['src/widgets/toolbar.ts'], languages: { typescript: 1 }, bytes: 100,
      symbols: [
        { name: 'renderBtn', kind: 'function', file: 'src/widgets/toolbar.ts', exported: true },
        { name: 'ssrMarkup', kind: 'function', file: 'src/widgets/toolbar.ts', exported: true },
      ],
      docComments: ['Opens the context menu of a toolbar item.'], summary: 'Toolbar.',
    };
    const abbreviated: ModuleGraph = { ...graph, modules: [...graph.modules, widgets] };
    const ask = (query: string, overrides: Record<string, unknown> = {}) =>
      searchLexicalIndex(buildLexicalIndex(abbreviated, mergeLexicalOptions(lexicalDefaults, { wordnet: { enabled: false }, ...overrides })), query, { top: 3 });
    const prose = await ask('the toolbar buttons look wrong');
    assert.deepEqual(prose.terms.find((t) => t.source === 'abbreviation'), { term: 'btn', weight: 0.2, source: 'abbreviation', from: 'buttons' });
    const phrase = await ask('server-side rendering of the toolbar markup');
    assert.ok(phrase.terms.some((t) => t.source === 'abbreviation' && t.term === 'ssr' && t.from === 'server rendering'));
    // Without the toolbar word the abbreviation alone finds the module, and the reason says how.
    const only = await ask('a button');
    assert.equal(only.hits[0]?.id, 'src/widgets');
    assert.match(only.hits[0]?.reason ?? '', /abbreviation: btn←button/);
    const off = await ask('a button', { abbreviations: { enabled: false } });
    assert.equal(off.hits.some((h) => h.id === 'src/widgets'), false);
    // The other way: an abbreviation in the request meets the word the code spells out.
    const short = await ask('ctx');
    assert.equal(short.hits[0]?.id, 'src/widgets');
    assert.match(short.hits[0]?.reason ?? '', /abbreviation: context←ctx/);
    // a file extension as written names files, not what it abbreviates
    const extension = await ask('the menu lists no .ctx or *.btn files');
    assert.equal(extension.terms.some((t) => t.source === 'abbreviation'), false);
  });

  it("searches a phrase's initials the code names things by (byte order mark → bom), never a word of their own", async () => {
    // jq's review: "a UTF-8 byte order mark" never met jv_parse.c's UTF8_BOM
    const parser: ModuleNode = {
      id: asModuleId('src/parse'), path: 'src/parse', files: ['src/parse/reader.c'], languages: { c: 1 }, bytes: 100,
      symbols: [{ name: 'UTF8_BOM', kind: 'variable', file: 'src/parse/reader.c', exported: true }, { name: 'strip_bom', kind: 'function', file: 'src/parse/reader.c', exported: true }, { name: 'map_flag', kind: 'variable', file: 'src/parse/reader.c', exported: true }, { name: 'sse_frame', kind: 'function', file: 'src/parse/reader.c', exported: true }, { name: 'std_stream', kind: 'variable', file: 'src/parse/reader.c', exported: true }, { name: 'pos_receipt', kind: 'function', file: 'src/parse/reader.c', exported: true }],
      docComments: ['Reads the input stream.'], summary: 'Parser.',
    };
    const withParser: ModuleGraph = { ...graph, modules: [...graph.modules, parser] };
    const ask = (query: string, overrides: Record<string, unknown> = {}) =>
      searchLexicalIndex(buildLexicalIndex(withParser, mergeLexicalOptions(lexicalDefaults, { wordnet: { enabled: false }, ...overrides })), query, { top: 3, dictionary: isDictionaryWord, ordinaryWord: isOrdinaryWord });
    const asked = await ask('a leading byte order mark is rejected');
    assert.equal(asked.hits[0]?.id, 'src/parse');
    assert.ok(asked.terms.some((t) => t.term === 'bom' && t.from === 'byte order mark' && t.weight === 0.5));
    assert.match(asked.hits[0]?.reason ?? '', /abbreviation: bom←byte order mark/);
    const off = await ask('a leading byte order mark is rejected', { abbreviations: { initialismWeight: 0 } });
    assert.equal(off.terms.some((t) => t.term === 'bom'), false);
    // with and without a small word inside; a phrase's initials that make a word ("make all pages" → map) are left out
    const initials = (q: string) => parseQuery(q, { stem: false, stripCommitPrefix: false, maxQueryTerms: 64 }).initialisms.map((i) => i.term);
    assert.ok(initials('entries outlive their time to live').includes('ttl'));
    assert.ok(initials('the point of sale screen').includes('pos'));
    assert.ok((await ask('the point of sale screen freezes')).terms.some((t) => t.term === 'pos' && t.source === 'abbreviation'));
    assert.ok(initials('make all pages').includes('map'));
    assert.equal((await ask('make all pages')).terms.some((t) => t.term === 'map'), false);
    // a word the dictionary knows only as an abbreviation (WordNet's SSE, south-southeast) is still one
    assert.ok((await ask('server-sent events stop after a reconnect')).terms.some((t) => t.term === 'sse' && t.from === 'server sent events'));
    // an article is never initialled ("show the descriptions" is no `std`); a small word of another kind may be
    assert.equal(initials('show the descriptions').includes('std'), false);
    // every word is initialled: a small word skipped made "authenticated requests should get" `arg` (hexpm's review)
    assert.equal(initials('authenticated requests should get a higher limit').includes('arg'), false);
    assert.equal((await ask('show the descriptions')).terms.some((t) => t.term === 'std'), false);
    assert.equal(isOrdinaryWord('sse'), false);
    assert.equal(isOrdinaryWord('cli'), false);
    assert.equal(isOrdinaryWord('ram'), true);
    assert.equal(isOrdinaryWord('batches'), true);
  });

  it('searches a stopword the request writes as code (`between()`) where a module declares it', async () => {
    // dplyr's review: "Add a ptype argument to `between()`" had no searchable term but "ptype" and "argument"
    const funs: ModuleNode = {
      id: asModuleId('R/funs'), path: 'R/funs', files: ['R/funs.R'], languages: { r: 1 }, bytes: 100,
      symbols: [{ name: 'between', kind: 'function', file: 'R/funs.R', exported: true }, { name: 'cummean', kind: 'function', file: 'R/funs.R', exported: true }],
      docComments: [], summary: '',
    };
    const index = buildLexicalIndex({ ...graph, modules: [...graph.modules, funs] }, mergeLexicalOptions(lexicalDefaults, { wordnet: { enabled: false } }));
    // (a stopword inside a longer snippet is none: `find_all_by`, `value is None`)
    assert.equal(parseQuery('`find_all_by` returns `value is None`', { stem: false, stripCommitPrefix: false, maxQueryTerms: 64 }).terms.some((t) => t.term === 'all' || t.term === 'is'), false);
    const asked = await searchLexicalIndex(index, 'values outside `between()` are kept', { top: 3 });
    assert.equal(asked.hits[0]?.id, 'R/funs');
    assert.ok(asked.terms.some((t) => t.term === 'between'));
    const called = await searchLexicalIndex(index, 'between(x, 1, 3) drops NA', { top: 3 });
    assert.equal(called.hits[0]?.id, 'R/funs');
    // in prose it is the stopword it was
    const prose = await searchLexicalIndex(index, 'values between the lines', { top: 3 });
    assert.equal(prose.terms.some((t) => t.term === 'between'), false);
    assert.equal(prose.hits.some((h) => h.id === 'R/funs'), false);
  });

  it("reads a language's name as its locale code (German → de), not English", () => {
    const forms = (): string[] => [];
    assert.deepEqual(abbreviationExpansions(['labels', 'english', 'german', 'selected'], forms), [{ term: 'de', from: 'german' }]);
    assert.deepEqual(abbreviationExpansions(['japanese', 'dates'], forms), [{ term: 'ja', from: 'japanese' }]);
    assert.deepEqual(abbreviationExpansions(['polish', 'strings', 'incomplete'], forms), [{ term: 'pl', from: 'polish' }]);
    // one way: serde's `de` or an `es` build folder is no language
    assert.deepEqual(abbreviationExpansions(['de', 'es', 'serialize'], forms), []);
    // a word that names a property of every object is no locale (`constructor` had expanded to the Object function)
    assert.deepEqual(abbreviationExpansions(['constructor', 'tostring', 'hasownproperty'], forms), []);
  });

  it('reads the words of an app\'s requests as the abbreviations its code uses (command line → cli, spreadsheet → csv, time zone → tz)', () => {
    const forms = (): string[] => [];
    const terms = (words: string[]) => abbreviationExpansions(words, forms).map((e) => `${e.term}←${e.from}`).sort();
    assert.deepEqual(terms(['pin', 'command', 'line', 'tool']), ['cli←command line', 'cmd←command']);
    assert.deepEqual(terms(['import', 'users', 'spreadsheet']), ['csv←spreadsheet', 'xlsx←spreadsheet']);
    assert.deepEqual(terms(['login', 'authenticator', 'code']), ['totp←authenticator']);
  });

  it('joins adjacent words into the identifier they may name (match path → matchpath)', async () => {
    const result = await search('the match of path rules', { wordnet: { enabled: false } });
    const compounds = result.terms.filter((t) => t.source === 'compound');
    // "of" and "the" are stopwords, so "match" and "path" are adjacent; "pathrules" is no index term.
    assert.deepEqual(compounds, [{ term: 'matchpath', weight: 0.5, source: 'compound', from: 'match path' }]);
    assert.equal(result.hits[0]?.id, 'src/router');
    assert.ok(result.hits[0]?.evidence.expansions.some((e) => e.source === 'compound' && e.term === 'matchpath'));
    const off = await search('the match of path rules', { wordnet: { enabled: false }, compounds: { enabled: false } });
    assert.equal(off.terms.some((t) => t.source === 'compound'), false);
  });

  it('joins a verb written as -ing or -ed to its object, past an article or a small count (adding one day → addDays)', async () => {
    const mod = (id: string, symbols: string[], docs: string[]): ModuleNode => ({
      id: asModuleId(id), path: id, files: [`${id}/index.ts`], languages: { typescript: 1 }, bytes: 100,
      symbols: symbols.map((name) => ({ name, kind: 'function' as const, file: `${id}/index.ts`, exported: true })), docComments: docs, summary: '',
    });
    // date-fns: one function per folder; the day-difference function's doc says what the request says
    const dates: ModuleGraph = { root: '/repo', modules: [
      mod('src/addDays', ['addDays'], ['Add the specified number of days to the given date.']),
      mod('src/differenceInDays', ['differenceInDays'], ['Get the number of full days between dates, across daylight saving time changes.']),
    ], edges: [], commits: [], fingerprint: 'verb-object' };
    const index = buildLexicalIndex(dates, lexicalDefaults);
    const result = await searchLexicalIndex(index, 'Adding one day across the daylight saving change gives 23 hours', { top: 2 });
    assert.ok(result.terms.some((t) => t.term === 'adddays' && t.source === 'compound' && t.from === 'adding day'), JSON.stringify(result.terms.filter((t) => t.source === 'compound')));
    assert.equal(result.hits[0]?.id, 'src/addDays');
    // a word in its base form is no verb by its form: nothing is joined past the article
    assert.equal(parseQuery('add a day', { stem: false, stripCommitPrefix: true, maxQueryTerms: 64 }).compounds.some((c) => c.term === 'adddays'), false);
  });

  it('joins a version written apart to the name before it (RxJava 3 → rxjava3), so the versioned sibling wins', async () => {
    const adapter = (id: string): ModuleNode => ({
      id: asModuleId(id), path: id, files: [`${id}/CallAdapterFactory.java`], languages: { java: 1 }, bytes: 100,
      symbols: [{ name: 'CallAdapterFactory', kind: 'class', file: `${id}/CallAdapterFactory.java`, exported: true }], docComments: [], summary: '',
    });
    const rx: ModuleGraph = { root: '/repo', modules: ['adapters/rxjava', 'adapters/rxjava2', 'adapters/rxjava3'].map(adapter), edges: [], commits: [], fingerprint: 'rx' };
    const index = buildLexicalIndex(rx, lexicalDefaults);
    for (const [query, want] of [['Using RxJava 3, a 404 should arrive as an error', 'adapters/rxjava3'], ['RxJava 2 call adapter drops errors', 'adapters/rxjava2']] as const) {
      const result = await searchLexicalIndex(index, query, { top: 3 });
      assert.equal(result.hits[0]?.id, want, query);
      assert.ok(result.hits[0]?.evidence.expansions.some((e) => e.source === 'compound'), query);
    }
    const parsed = parseQuery('HTTP/2 push in Python 3.11, not version 123', { stem: false, stripCommitPrefix: true, maxQueryTerms: 64 });
    assert.deepEqual(parsed.compounds.filter((c) => /\d/u.test(c.term)).map((c) => c.term), ['http2', 'python3']);
  });

  it('searches a version written in digits as code names it (zstd 0.5 → zstd_v05.c, API version 2 → v2)', async () => {
    const mod = (id: string, file: string, doc: string): ModuleNode => ({
      id: asModuleId(id), path: id, files: [file], languages: { c: 1 }, bytes: 100, symbols: [], docComments: [doc], summary: '',
    });
    const zstd: ModuleGraph = {
      root: '/repo',
      modules: [mod('lib/legacy', 'lib/legacy/zstd_v05.c', 'Legacy frame reader.'), mod('lib/decompress', 'lib/decompress/zstd_decompress.c', 'Frame decoder.')],
      edges: [], commits: [], fingerprint: 'zstd',
    };
    const result = await searchLexicalIndex(buildLexicalIndex(zstd, lexicalDefaults), 'Old archives written by zstd 0.5 are rejected by the decoder', { top: 3 });
    assert.equal(result.hits[0]?.id, 'lib/legacy');
    assert.ok(result.terms.some((t) => t.term === 'v05' && t.source === 'abbreviation' && t.from === '0.5'));
    assert.deepEqual(versionForms('API version 2, then v3.1 and zstd 0.5; not Node 18.2.1').map((f) => f.term), ['v31', 'v3', 'v05', 'v2']);
  });

  it('searches an HTTP status code written in digits as code names it (422 → UNPROCESSABLE_ENTITY), never an issue number', async () => {
    const mod = (id: string, symbol: string, doc: string): ModuleNode => ({
      id: asModuleId(id), path: id, files: [`${id}/mod.rs`], languages: { rust: 1 }, bytes: 100,
      symbols: [{ name: symbol, kind: 'constant', file: `${id}/mod.rs`, exported: true }], docComments: [doc], summary: '',
    });
    const graph: ModuleGraph = {
      root: '/repo',
      modules: [mod('src/rejection', 'UNPROCESSABLE_ENTITY', 'Rejections of extractors.'), mod('src/body', 'Body', 'The request body and its JSON.')],
      edges: [], commits: [], fingerprint: 'http',
    };
    const result = await searchLexicalIndex(buildLexicalIndex(graph, lexicalDefaults), 'Posting JSON with a wrong field gives a 422 that names no field', { top: 3 });
    assert.equal(result.hits[0]?.id, 'src/rejection');
    assert.ok(result.terms.some((t) => t.term === 'unprocessableentity' && t.source === 'abbreviation' && t.from === '422'));
    const terms = (q: string) => httpStatusForms(q).map((f) => f.term);
    assert.ok(terms('returns 429 when limited').includes('statustoomanyrequests'));
    assert.ok(terms('a 401 loop').includes('statusunauthorized'));
    assert.deepEqual(terms('fixes #422, see PR 404, issue 500, port 443, version 200 and 1.404'), []);
    assert.deepEqual(terms('200 OK and 302 Found'), []);
    // a count or a size is no status: sanic's "returns the whole file instead of the last 500 bytes"
    assert.deepEqual(terms('instead of the last 500 bytes, after 200 ms, 404 rows and 100% CPU'), []);
    assert.ok(terms('the last request gets a 500 error').includes('internalservererror'));
  });

  it("reads no constant's doc into the docs field: it describes the code that reads the constant (Guzzle's RequestOptions)", async () => {
    const mod = (id: string, symbol: { name: string; kind: 'constant' | 'function'; doc: string }): ModuleNode => ({
      id: asModuleId(id), path: id, files: [`${id}/a.php`], languages: { php: 1 }, bytes: 100,
      symbols: [{ ...symbol, file: `${id}/a.php`, exported: true }], docComments: [], summary: '',
    });
    const options: ModuleGraph = {
      root: '/repo',
      modules: [
        mod('src/Options', { name: 'CONNECT_TIMEOUT', kind: 'constant', doc: 'Float describing the number of seconds to wait while trying to connect to a server.' }),
        mod('src/Handler', { name: 'createHandle', kind: 'function', doc: 'Creates a curl handle for a request.' }),
      ],
      edges: [], commits: [], fingerprint: 'opts',
    };
    const index = buildLexicalIndex(options, lexicalDefaults);
    const result = await searchLexicalIndex(index, 'seconds to wait while trying to connect to a server', { top: 2 });
    assert.ok(!result.hits.some((h) => h.id === 'src/Options' && /docs: /u.test(h.reason)), result.hits[0]?.reason);
    // a function's doc still counts
    assert.equal((await searchLexicalIndex(index, 'creates a curl handle', { top: 1 })).hits[0]?.id, 'src/Handler');
  });

  it('lifts no module by the graph step above the module its score came from (retrofit: core via the scalars converter)', async () => {
    const mod = (id: string, symbols: string[]): ModuleNode => ({
      id: asModuleId(id), path: id, files: [`${id}/A.java`], languages: { java: 1 }, bytes: 100,
      symbols: symbols.map((name) => ({ name, kind: 'class' as const, file: `${id}/A.java`, exported: true })), docComments: [], summary: '',
    });
    // The scalars converter matches "plain" and "body", the core only "body"; each lifts the other along the edge.
    const graph: ModuleGraph = {
      root: '/repo',
      modules: [mod('converters/scalars', ['PlainBody']), mod('retrofit', ['BodyWriter'])],
      edges: [{ from: asModuleId('converters/scalars'), to: asModuleId('retrofit'), weight: 1 }], commits: [], fingerprint: 'graph-cap',
    };
    const index = buildLexicalIndex(graph, mergeLexicalOptions(lexicalDefaults, { graph: { weight: 2 } }));
    const terms = parseQuery('plain body', { stem: false, stripCommitPrefix: true, maxQueryTerms: 64 }).terms;
    const { base, final } = scoreModules(index, getCutoffState(index, undefined), terms);
    assert.ok((base[0] ?? 0) > (base[1] ?? 0) && (base[1] ?? 0) > 0);
    // uncapped, the core would read base + 2 × the converter's base, above the converter's base + 2 × its own
    assert.ok((final[1] ?? 0) < (base[0] ?? 0), `core ${final[1]} stays below the converter's own ${base[0]}`);
    assert.ok((final[1] ?? 0) > (base[1] ?? 0), 'the core is still lifted');
    assert.ok((final[0] ?? 0) > (final[1] ?? 0));
  });

  it("searches a plural folder's singular as a path term: a request names it in the singular (codemod → rtk-codemods)", async () => {
    const mod = (id: string, files: string[], docs: string[]): ModuleNode => ({
      id: asModuleId(id), path: id, files: files.map((f) => `${id}/${f}`), languages: { typescript: files.length }, bytes: 100,
      symbols: [], docComments: docs, summary: '',
    });
    // The toolkit's docs say "codemod" once; the codemods package says it only in its folder's plural.
    const graph: ModuleGraph = {
      root: '/repo',
      modules: [
        mod('packages/toolkit', ['src/createSlice.ts', 'src/mapBuilders.ts'], ['Run the codemod to migrate extraReducers object notation to the builder callback.', 'The callback crashes on computed keys.']),
        mod('packages/rtk-codemods', ['transforms/createSliceBuilder/index.ts'], ['Transforms an object of reducers.']),
      ],
      edges: [], commits: [], fingerprint: 'singular-folders',
    };
    const index = buildLexicalIndex(graph, lexicalDefaults);
    const hits = (await searchLexicalIndex(index, 'the codemod crashes on builder callback', { top: 2 })).hits;
    assert.equal(hits[0]?.id, 'packages/rtk-codemods');
    assert.match(hits[0]?.reason ?? '', /path: [^·]*\bcodemod\b/u);
  });

  it('knows product names by their short forms both ways (SQL Server → mssql, postgres ↔ pg)', () => {
    const none = (): string[] => [];
    assert.deepEqual(abbreviationExpansions(['queries', 'sql', 'server', 'offset'], none).filter((e) => e.term === 'mssql'), [{ term: 'mssql', from: 'sql server' }]);
    assert.ok(abbreviationExpansions(['postgres', 'arrays'], none).some((e) => e.term === 'pg'));
    assert.deepEqual(abbreviationExpansions(['protocol', 'buffer', 'map', 'fields'], none).filter((e) => e.term === 'protobuf'), [{ term: 'protobuf', from: 'protocol buffer' }]);
    assert.ok(abbreviationExpansions(['pg', 'pool'], none).some((e) => e.term === 'postgresql'));
    // Platforms: a request names the system, code the family (KeePass's ClipboardUtil.Unix.cs for "on Linux").
    assert.ok(abbreviationExpansions(['linux', 'clipboard'], none).some((e) => e.term === 'unix' && e.from === 'linux'));
    assert.ok(abbreviationExpansions(['macos'], none).some((e) => e.term === 'darwin'));
  });

  it('weighs an identifier the request writes out as the code does, its parts and ordinary words as usual', () => {
    const weights = (q: string) => Object.fromEntries(parseQuery(q, { stem: false, stripCommitPrefix: true, maxQueryTerms: 64, identifierWeight: 2 }).terms.map((t) => [t.term, t.weight]));
    const w = weights('no_proxy with a CIDR range is ignored by manualChunks in a built-in proxy');
    assert.equal(w.noproxy, 2);
    assert.equal(w.manualchunks, 2);
    assert.equal(w.proxy, 1);
    assert.equal(w.chunks, 1);
    assert.equal(w.cidr, 1, 'an acronym is a word');
    assert.equal(w.builtin, 1, 'a hyphenated English word is no identifier');
    assert.equal(parseQuery('no_proxy', { stem: false, stripCommitPrefix: true, maxQueryTerms: 64 }).terms[0]?.weight, 1, 'off by default in a bare call');
  });

  it('joins no one-letter word: the s of a possessive is no part of a compound', () => {
    const parsed = parseQuery("the sender's display name", { stem: false, stripCommitPrefix: true, maxQueryTerms: 64 });
    assert.deepEqual(parsed.compounds.map((c) => c.term), ['senderdisplay', 'displayname']);
    // nor two words a negation stands between: "show no favicon" is no `showfavicon` (Miniflux's static_favicon.go)
    const apart = parseQuery('websites show no favicon', { stem: false, stripCommitPrefix: true, maxQueryTerms: 64 });
    assert.deepEqual(apart.compounds.map((c) => c.term), ['websitesshow']);
    // "X to Y" is how a converter named x2y or xtoy is asked for (mapnik's utils/svg2png, poppler's pdftotext).
    const tool = parseQuery('the SVG to PNG converter', { stem: false, stripCommitPrefix: true, maxQueryTerms: 100 });
    assert.deepEqual(tool.compounds.filter((c) => c.from === 'svg to png').map((c) => c.term), ['svg2png', 'svgtopng']);
    // A phrasal verb is one word in code (tokio's review: "shut down" never met `shutdown`); its particle is a stopword.
    const phrasal = (q: string) => parseQuery(q, { stem: false, stripCommitPrefix: true, maxQueryTerms: 100 }).compounds.map((c) => c.term);
    assert.ok(phrasal('shut down the runtime').includes('shutdown'));
    assert.ok(phrasal('shutting down hangs').includes('shutdown'));
    assert.ok(phrasal('users cannot log in').includes('login'));
    assert.ok(phrasal('it falls back to polling').includes('fallback'));
    // A capital letter is a word ("X resources" → xresources, awesome's review); "A" and "I" are not.
    assert.ok(phrasal('the DPI I set in my X resources').includes('xresources'));
    assert.equal(phrasal('I set A value').some((t) => t.startsWith('i') || t.startsWith('a')), false);
  });

  it('finds a module only through a WordNet synonym (erase → delete)', async () => {
    const withSynonyms = await search('erase for a user');
    assert.deepEqual(ids(withSynonyms.hits).slice(0, 1), ['src/auth']);
    assert.deepEqual(withSynonyms.hits[0]?.evidence.expansions, [
      { term: 'delete', from: 'erase', source: 'wordnet', score: withSynonyms.hits[0]?.evidence.expansions[0]?.score },
    ]);
    const without = await search('erase for a user', { wordnet: { enabled: false } });
    assert.deepEqual(without.hits, []);
    assert.deepEqual(without.warnings, ['No module matched the query terms']);
  });

  it('reaches Logger through co-occurrence of "audit" with it in comments', async () => {
    // co-occurrence is off by default (see lexicalDefaults); the option still works when turned on
    const withCooc = await search('audit', { wordnet: { enabled: false }, graph: { weight: 0 }, cooccurrence: { enabled: true } });
    assert.deepEqual(ids(withCooc.hits), ['src/render', 'src/db', 'src/logging']);
    const logging = withCooc.hits[2];
    assert.match(logging?.reason ?? '', /^cooccurrence: logger←audit · file \+0\.\d\d src\/logging\/logger\.ts \(logger←audit\)$/);
    const without = await search('audit', { wordnet: { enabled: false }, graph: { weight: 0 }, cooccurrence: { enabled: false } });
    assert.deepEqual(ids(without.hits), ['src/render', 'src/db']);
  });

  it('the graph step lets a neighbour of a matching module overtake an equal match', async () => {
    const flat = await search('retry backoff', { graph: { weight: 0 } });
    assert.deepEqual(ids(flat.hits), ['src/queue', 'src/http', 'src/router']);
    assert.equal(flat.hits[0]?.score, flat.hits[1]?.score);
    const stepped = await search('retry backoff', { graph: { weight: 0.1 } });
    assert.deepEqual(ids(stepped.hits), ['src/http', 'src/queue', 'src/router']);
    assert.deepEqual(stepped.hits[0]?.evidence.neighbours.map((n) => n.id), ['src/router']);
    assert.ok((stepped.hits[0]?.evidence.graphScore ?? 0) > 0);
  });

  it('asOf hides commits at or after the cutoff', async () => {
    const before = await search('sharding tenants', {}, '2024-05-01');
    assert.deepEqual(before.hits, []);
    const exactly = await search('sharding tenants', {}, '2024-06-01T10:00:00Z');
    assert.deepEqual(exactly.hits, []);
    const after = await search('sharding tenants', {}, '2024-07-01');
    assert.deepEqual(ids(after.hits).slice(0, 1), ['src/db']);
    assert.match(after.hits[0]?.reason ?? '', /^history: /);
    const noCutoff = await search('sharding tenants');
    assert.equal(noCutoff.hits[0]?.id, 'src/db');
  });

  it('weights newer commits more and splits multi-module commits', () => {
    const index = indexWith();
    const state = getCutoffState(index, undefined);
    const historyTf = (term: string) => {
      const id = index.terms.id(term) ?? -1;
      const p = state.historyPostings;
      const out: [string | undefined, number][] = [];
      for (let i = rowStart(p, id); i < rowEnd(p, id); i++) out.push([index.ids[p.docs[i] ?? -1], round3(p.tfs[i] ?? 0)]);
      return out;
    };
    // c3 is the newest (weight 1); c2 is 92 days older; c1 is 152 days older and split over 2 modules.
    assert.deepEqual(historyTf('sharding'), [['src/db', 1]]);
    assert.deepEqual(historyTf('params'), [['src/router', round3(0.5 ** (92 / 365))]]);
    const half = round3(0.5 ** (152 / 365) / 2);
    assert.deepEqual(historyTf('rename'), [['src/router', half], ['src/auth', half]]);
  });

  it('returns only ids of the graph, in score order, for many queries', async () => {
    const valid = new Set(graph.modules.map((m) => m.id));
    const index = indexWith();
    for (const query of ['router', 'html templates escape', 'pooled connections', 'logger levels', 'jobs', 'session cookie password']) {
      const result = await searchLexicalIndex(index, query, { top: 10, synonyms: wordnetSynonyms });
      assert.ok(result.hits.length > 0, query);
      for (const hit of result.hits) assert.ok(valid.has(hit.id), hit.id);
      const scores = result.hits.map((h) => h.score);
      assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
    }
  });

  it('says why a result is empty instead of failing', async () => {
    assert.deepEqual(await search('the of and to'), {
      hits: [], terms: [], warnings: ["The query has no searchable terms (only stopwords, punctuation or phrasing such as 'As a user, I want to'): say what should change, in the words the code or its docs would use"],
    });
    const framingOnly = await search('As a user, I want to be able to... thanks!');
    assert.deepEqual(framingOnly.hits, []);
    assert.match(framingOnly.warnings[0] ?? '', /no searchable terms/);
    const foreign = await search('修复渲染错误');
    assert.deepEqual(foreign.hits, []);
    assert.deepEqual(foreign.warnings, [
      "No module matched the query terms: the request is written in Chinese and none of its words occur in this repository's code, comments or history (modroute matches words, it does not translate): ask in the language the code and its comments use",
    ]);
    assert.match((await search('Исправить ошибку отрисовки')).warnings[0] ?? '', /written in Cyrillic/);
    assert.match((await search('レンダリングのエラーを直す')).warnings[0] ?? '', /written in Japanese/);
    assert.deepEqual((await search('zebra giraffe')).warnings, ['No module matched the query terms']);
    assert.equal(dominantScript('fix the 渲染 bug in the renderer please'), undefined, 'mostly Latin letters');
    assert.equal(dominantScript('2024 !!'), undefined);
  });

  it('truncates a huge query to maxQueryTerms and says so', async () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `word${i.toString(36)}x`).join(' ');
    const query = `router ${words}`.slice(0, 100_000);
    const result = await search(query, { wordnet: { enabled: false } });
    assert.equal(result.hits[0]?.id, 'src/router');
    assert.equal(result.terms.filter((t) => t.source === 'query').length, 512);
    assert.match(result.warnings[0] ?? '', /^Query too long: used its first 512 distinct terms, ignored \d+ more$/);
  });
});


describe('wordnetSynonyms', () => {
  it('falls back to a regular base form when the inflected word is unknown', async () => {
    assert.deepEqual(baseFormCandidates('erased'), ['erased', 'erase', 'eras']);
    assert.ok((await wordnetSynonyms('erased')).includes('delete'));
    assert.deepEqual(await wordnetSynonyms('xqzzyv'), []);
  });
});

describe('distinctFileStems', () => {
  it('counts a file shipped as X.js, X.mjs, X.d.ts and maps once in the path field', () => {
    const g = fixtureGraph();
    const router = g.modules.find((m) => m.id === 'src/router');
    assert.ok(router);
    router.files = ['src/router/Router.js', 'src/router/Router.mjs', 'src/router/Router.d.ts', 'src/router/Router.js.map', 'src/router/sub/Router.js'];
    const pathTf = (distinctFileStems: boolean) => {
      const index = buildLexicalIndex(g, mergeLexicalOptions(lexicalDefaults, { distinctFileStems }));
      const field = index.fields.find((f) => f.name === 'path');
      const id = index.terms.id('router') ?? -1;
      assert.ok(field);
      const p = field.postings;
      for (let i = rowStart(p, id); i < rowEnd(p, id); i++) if (index.ids[p.docs[i] ?? -1] === 'src/router') return p.tfs[i];
      return 0;
    };
    // The id (= path) gives `router` once; each file stem once more (sub/Router.js is another
    // directory, so it stays), but not Router.d.ts, the declarations of the JavaScript beside it (a support
    // file, moduleSources.ts); the subdirectory `sub` adds none.
    assert.equal(pathTf(false), 1 + 4);
    assert.equal(pathTf(true), 1 + 2);
  });
});

describe('file-level evidence (files.weight)', () => {
  // src/ledger spreads the request's words over three files (each word many times, with other code);
  // src/payments has one file that says all of them once. Summed per module ledger matches more.
  const filler = Array.from({ length: 40 }, (_, k) => [`ledgerWord${k}`, 2] as [string, number]);
  const bags: Record<string, [string, number][]> = {
    'src/ledger/a.ts': [['refund', 2], ...filler],
    'src/ledger/b.ts': [['charge', 2], ...filler],
    'src/ledger/c.ts': [['twice', 2], ...filler],
    'src/payments/core.ts': [['refund', 1], ['charge', 1], ['twice', 1], ['idempotency', 1]],
  };
  const module = (id: string, files: string[]): ModuleNode => ({ id: asModuleId(id), path: id, files, languages: {}, bytes: 100, symbols: [], docComments: [], summary: '' });
  const graph: ModuleGraph = {
    root: '/repo',
    modules: [module('src/ledger', ['src/ledger/a.ts', 'src/ledger/b.ts', 'src/ledger/c.ts']), module('src/payments', ['src/payments/core.ts'])],
    edges: [],
    commits: [],
    fingerprint: 'files',
    termBag: (file) => bags[file] ?? [],
  };
  it('a module whose one file says it all passes a module where the words are spread over files', async () => {
    const query = 'refund charged twice: refund charge';
    const without = await searchLexicalIndex(buildLexicalIndex(graph, mergeLexicalOptions(lexicalDefaults, { files: { weight: 0 } })), query, { top: 2 });
    assert.deepEqual(without.hits.map((h) => h.id), ['src/ledger', 'src/payments']);
    const index = buildLexicalIndex(graph, lexicalDefaults);
    assert.equal(index.files?.index.ids.length, 4);
    const withFiles = await searchLexicalIndex(index, query, { top: 2 });
    assert.deepEqual(withFiles.hits.map((h) => h.id), ['src/payments', 'src/ledger']);
    assert.deepEqual(withFiles.hits[0]?.evidence.file?.path, 'src/payments/core.ts');
    // The file's own words are named with it (fish's review: a file match had named none of them).
    assert.deepEqual(withFiles.hits[0]?.evidence.file?.terms.slice().sort(), ['charge', 'refund', 'twice']);
    assert.match(withFiles.hits[0]?.reason ?? '', /file \+\d\.\d\d src\/payments\/core\.ts \((?:\w+, ){2}\w+\)/);
    // The file bonus is apart from the BM25F and graph parts, which stay what they were.
    const ledger = withFiles.hits.find((h) => h.id === 'src/ledger');
    assert.equal(ledger?.evidence.baseScore, without.hits[0]?.evidence.baseScore);
    assert.ok((ledger?.score ?? 0) > (without.hits[0]?.score ?? 0));
  });
});

describe('similar earlier commits (similarCommits)', () => {
  const module = (id: string): ModuleNode => ({ id: asModuleId(id), path: id, files: [`${id}/index.ts`], languages: {}, bytes: 100, symbols: [], docComments: [], summary: '' });
  const commit = (sha: string, date: string, subject: string, modules: string[]) => ({ sha, date, author: 'dev', subject, body: '', modules: modules.map(asModuleId) });
  const names = ['src/cache', 'src/store', 'src/api', 'test', ...Array.from({ length: 25 }, (_, i) => `src/m${i}`)];
  const graph: ModuleGraph = {
    root: '/repo',
    modules: names.map(module),
    edges: [],
    commits: [
      commit('aaaaaaaaaaaa1111', '2024-05-01T00:00:00Z', 'stale entries survive eviction after ttl expiry', ['src/cache', 'test']),
      commit('bbbbbbbbbbbb2222', '2024-04-01T00:00:00Z', 'eviction counters in the dashboard', ['src/store', 'test']),
      commit('cccccccccccc3333', '2024-03-01T00:00:00Z', 'ttl option for sessions', ['src/api', 'test']),
      // A mass change: too many modules to say anything about one of them.
      commit('dddddddddddd4444', '2024-06-01T00:00:00Z', 'stale entries eviction ttl expiry everywhere', names),
      ...Array.from({ length: 6 }, (_, i) => commit(`eeeeeeeeeeee000${i}`, `2024-02-0${i + 1}T00:00:00Z`, `tidy fixtures ${i}`, ['test'])),
    ],
    fingerprint: 'similar-commits',
  };
  const search = (overrides: Record<string, unknown>, asOf?: string) =>
    searchLexicalIndex(buildLexicalIndex(graph, mergeLexicalOptions(lexicalDefaults, overrides)), 'stale entries survive eviction after the ttl expires', { top: 5, ...(asOf ? { asOf } : {}) });

  it('the earlier commit that reads like the request votes for its module, and the reason names it', async () => {
    const off = await search({ similarCommits: { weight: 0 } });
    const on = await search({ similarCommits: { weight: 0.3, k: 3 } });
    const cache = on.hits.find((h) => h.id === 'src/cache');
    assert.equal(on.hits[0]?.id, 'src/cache');
    assert.deepEqual(cache?.evidence.commits && { votes: cache.evidence.commits.votes, nearest: cache.evidence.commits.nearest }, { votes: 1, nearest: 'aaaaaaaaaaaa' });
    assert.match(cache?.reason ?? '', /similar commits \+\d\.\d\d \(1, nearest aaaaaaaaaaaa\)/);
    // The bonus is added on top: the BM25F part is what it was without it.
    const before = off.hits.find((h) => h.id === 'src/cache');
    assert.equal(cache?.evidence.baseScore, before?.evidence.baseScore);
    assert.ok((cache?.score ?? 0) > (before?.score ?? 0));
    assert.equal(off.hits.some((h) => h.evidence.commits !== undefined && h.evidence.commits.score > 0), false);
  });

  it('a module most commits touch gains less from the same vote than one they rarely touch', async () => {
    const on = await search({ similarCommits: { weight: 0.3, k: 1 } });
    const bonus = (id: string) => on.hits.find((h) => h.id === id)?.evidence.commits?.score ?? 0;
    // One commit voted for both src/cache and test; test is in 9 of 10 commits, src/cache in 2.
    assert.ok(bonus('src/cache') > 2 * bonus('test'), `${bonus('src/cache')} vs ${bonus('test')}`);
  });

  it('commits over maxModulesPerCommit never vote, and asOf hides later commits', async () => {
    const on = await search({ similarCommits: { weight: 0.3, k: 10 } });
    assert.ok(on.hits.every((h) => h.evidence.commits?.nearest !== 'dddddddddddd'));
    const early = await search({ similarCommits: { weight: 0.3, k: 10 } }, '2024-04-15');
    assert.equal(early.hits.find((h) => h.id === 'src/cache')?.evidence.commits, undefined);
    assert.equal(early.hits.find((h) => h.id === 'src/store')?.evidence.commits?.nearest, 'bbbbbbbbbbbb');
  });

  it('a commit that touched most of a small repository\'s modules never votes', async () => {
    const few = ['src/cache', 'src/store', 'src/api', 'src/cli', 'test'];
    // 3 of 5 modules: more than half
    const small: ModuleGraph = { ...graph, modules: few.map(module), commits: [commit('ffffffffffff5555', '2024-06-01T00:00:00Z', 'import stale entries eviction ttl', few.slice(0, 3))], fingerprint: 'similar-commits-small' };
    const result = await searchLexicalIndex(buildLexicalIndex(small, mergeLexicalOptions(lexicalDefaults, { similarCommits: { weight: 0.3, k: 3 } })), 'stale entries eviction', { top: 5 });
    assert.equal(result.hits.some((h) => (h.evidence.commits?.score ?? 0) > 0), false);
  });
});
