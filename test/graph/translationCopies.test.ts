import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { translationCopies } from '../../src/graph/translationCopies.ts';

describe('translationCopies', () => {
  it('are the non-English copies of a catalog kept in three languages or more, by folder or by file stem', () => {
    const files = [
      // Laravel: a folder per language
      'resources/lang/en/settings.php', 'resources/lang/hr/settings.php', 'resources/lang/de/settings.php', 'resources/lang/pt_BR/settings.php',
      // a file per language
      'src/lang/en.json', 'src/lang/de-DE.json', 'src/lang/zh-TW.json',
      // Android's and Apple's folders
      'app/src/main/res/values/strings.xml', 'app/src/main/res/values-fr/strings.xml', 'app/src/main/res/values-pt-rBR/strings.xml', 'app/src/main/res/values-en-rGB/strings.xml',
      'Base.lproj/Main.strings', 'en.lproj/Main.strings', 'fr.lproj/Main.strings', 'ja.lproj/Main.strings',
      'app/Http/Controllers/Controller.php',
    ];
    assert.deepEqual([...translationCopies(files)].sort(), [
      'app/src/main/res/values-fr/strings.xml', 'app/src/main/res/values-pt-rBR/strings.xml',
      'fr.lproj/Main.strings', 'ja.lproj/Main.strings',
      'resources/lang/de/settings.php', 'resources/lang/hr/settings.php', 'resources/lang/pt_BR/settings.php',
      'src/lang/de-DE.json', 'src/lang/zh-TW.json',
    ]);
  });

  it('leave code, two languages, a family without English and folders that only look like codes', () => {
    // date-fns' locales are functions with each language's grammar
    assert.equal(translationCopies(['src/locale/en-US/index.ts', 'src/locale/de/index.ts', 'src/locale/pl/index.ts']).size, 0);
    assert.equal(translationCopies(['i18n/en.json', 'i18n/de.json']).size, 0);
    assert.equal(translationCopies(['i18n/fr.json', 'i18n/de.json', 'i18n/es.json']).size, 0);
    assert.equal(translationCopies(['ui/config.json', 'db/config.json', 'io/config.json', 'en/config.json']).size, 0);
  });
});

describe('the lexical index', () => {
  it("reads a catalog's English copy, not its translations (a half-translated copy's English words made Monica's resources lead)", async () => {
    const { buildLexicalIndex } = await import('../../src/index/buildLexicalIndex.ts');
    const { lexicalDefaults } = await import('../../src/index/lexicalDefaults.ts');
    const { searchLexicalIndex } = await import('../../src/index/searchLexicalIndex.ts');
    const { asModuleId } = await import('../../src/graph/types.ts');
    const bags: Record<string, [string, number][]> = {
      'resources/lang/en/app.php': [['welcome', 1]],
      'resources/lang/de/app.php': [['willkommen', 1], ['birthday', 3]],
      'resources/lang/hr/app.php': [['birthday', 3], ['dobrodošli', 1]],
      'app/Birthdays.php': [['birthday', 1]],
    };
    const mod = (path: string, files: string[]) => ({ id: asModuleId(path), path, files, languages: { php: files.length }, bytes: 10, symbols: [], docComments: [], summary: '' });
    const graph = { root: '/r', modules: [mod('resources', Object.keys(bags).slice(0, 3)), mod('app', ['app/Birthdays.php'])], edges: [], commits: [], fingerprint: 'f', termBag: (f: string) => bags[f] ?? [] };
    const index = buildLexicalIndex(graph, lexicalDefaults);
    const hits = (await searchLexicalIndex(index, 'birthday', { top: 2 })).hits.map((h) => h.id);
    assert.deepEqual(hits, ['app']);
    // the English copy still counts
    assert.deepEqual((await searchLexicalIndex(index, 'welcome', { top: 2 })).hits.map((h) => h.id), ['resources']);
  });
});
