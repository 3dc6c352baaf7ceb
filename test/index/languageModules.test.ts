import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ModuleGraph, ModuleNode } from '../../src/graph/ModuleGraph.ts';
import { asModuleId } from '../../src/graph/types.ts';
import { buildLexicalIndex } from '../../src/index/buildLexicalIndex.ts';
import { findLanguageModules, languageNames, languagesOfModule, languagesOfRequest } from '../../src/index/languageModules.ts';
import { lexicalDefaults, mergeLexicalOptions } from '../../src/index/lexicalDefaults.ts';
import { searchLexicalIndex } from '../../src/index/searchLexicalIndex.ts';
import { deserializeLexicalIndex, serializeLexicalIndex } from '../../src/index/serializeLexicalIndex.ts';

const node = (path: string, languages: Record<string, number>, symbols: string[], docs: string[]): ModuleNode => ({
  id: asModuleId(path), path, files: [`${path}/main.x`], languages, bytes: 100,
  symbols: symbols.map((name) => ({ name, kind: 'function', file: `${path}/main.x`, exported: true })),
  docComments: docs, summary: '',
});

// One feature written twice, in TypeScript for the web and in C++ for the native side.
const graph: ModuleGraph = {
  root: '/repo',
  modules: [
    node('src/css/easing', { typescript: 6 }, ['steps', 'stepsEasing', 'jumpEnd', 'cubicBezier', 'linearEasing'], ['CSS easing functions: steps(), cubic-bezier() and linear() for the web.', 'The steps() easing jumps at the end of each step (jump-end), or at its start.']),
    node('Common/cpp/CSS/easing', { cpp: 4, other: 2 }, ['StepsEasing', 'createEasing'], ['Easing functions of CSS animations.']),
    node('Common/cpp/Fabric', { cpp: 3 }, ['ReanimatedCommitHook'], ['Commit hook of the shadow tree.']),
  ],
  edges: [],
  commits: [],
  fingerprint: 'languages-1',
};

describe('languages', () => {
  it('of a module: the one that makes half its parsed files; of a request: the first named, as written', () => {
    assert.deepEqual(languageNames(languagesOfModule({ cpp: 4, objc: 1, other: 9 })), ['cpp']);
    assert.deepEqual(languageNames(languagesOfModule({ kotlin: 2, java: 2 })), ['kotlin', 'java']);
    assert.deepEqual(languageNames(languagesOfModule({ typescript: 5 })), [], 'TypeScript and JavaScript are left out');
    const present = languagesOfModule({ cpp: 1 }) | languagesOfModule({ kotlin: 1 }) | languagesOfModule({ swift: 1 });
    const about = (q: string) => languageNames(languagesOfRequest(q, present).about);
    assert.deepEqual(about('The C++ steps() easing rounds the wrong way'), ['cpp']);
    assert.deepEqual(about('Swift records should report the key path'), ['swift']);
    assert.deepEqual(about('a swift response is expected'), [], 'a plain word, not the language');
    assert.deepEqual(about('the Kotlin and Swift sides disagree'), ['swift', 'kotlin']);
    // a language's name joined to another word names a project (yaml-cpp's own name in "find_package(yaml-cpp)")
    assert.deepEqual(about('find_package(yaml-cpp) cannot find the installed config'), []);
    assert.deepEqual(about('swift-nio crashes on start'), []);
    assert.deepEqual(about('In C++17 the easing overflows'), ['cpp']);
    // written as the language, joined or not
    assert.deepEqual(about('a C++-only crash in the easing'), ['cpp']);
    assert.deepEqual(about('the Swift-side easing rounds down'), ['swift']);
    assert.deepEqual(about('the Kotlin/Swift interop breaks'), ['swift', 'kotlin']);
    assert.deepEqual(about('easing.cpp returns NaN'), ['cpp']);
    // F# beside C# (a .NET library with an F# wrapper): "F#" names the F# modules
    const dotnet = languagesOfModule({ c_sharp: 3 }) | languagesOfModule({ fsharp: 2 });
    assert.deepEqual(languageNames(languagesOfRequest('The F# computation expression drops the error', dotnet).about), ['fsharp']);
    assert.deepEqual(languageNames(languagesOfRequest('The C# handler drops the error', dotnet).about), ['csharp']);
    // .NET and dotnet name C#, beside another language named (Livebook's ElixirKit launcher)
    const launcher = languagesOfModule({ elixir: 5 }) | languagesOfModule({ c_sharp: 2 });
    const named = languagesOfRequest('The .NET launcher of an Elixir release ignores the exit code', launcher);
    assert.deepEqual([languageNames(named.named), languageNames(named.about)], [['csharp', 'elixir'], ['csharp']]);
    assert.deepEqual(languageNames(languagesOfRequest('dotnet build fails on the launcher', launcher).about), ['csharp']);
    assert.deepEqual(languageNames(languagesOfRequest('the planet.NETwork stays', launcher).about), []);
    // Nim bindings beside C (pixie's bindings): "Nim" names the Nim modules
    const bound = languagesOfModule({ nim: 5 }) | languagesOfModule({ c: 2 });
    assert.deepEqual(languageNames(languagesOfRequest('The Nim API leaks the image', bound).about), ['nim']);
    // a language no module is written in is what the code reads: no steering
    assert.deepEqual(about('add a Python extractor'), []);
  });

  it('a request naming a language ranks the modules written in it first; one naming none, or one no module is written in, changes nothing', async () => {
    const index = buildLexicalIndex(graph, mergeLexicalOptions(lexicalDefaults, { languages: { factor: 1.5 } }));
    const query = 'The C++ steps() easing jumps at the end of each step';
    const result = await searchLexicalIndex(index, query, { top: 3 });
    assert.equal(result.hits[0]?.id, 'Common/cpp/CSS/easing');
    assert.match(result.hits[0]?.reason ?? '', /cpp ×1\.5/);
    assert.equal(result.hits.find((h) => h.id === 'src/css/easing')?.evidence.language, undefined, 'TypeScript modules have no language mask');

    const off = buildLexicalIndex(graph, mergeLexicalOptions(lexicalDefaults, { languages: { factor: 1 } }));
    assert.equal((await searchLexicalIndex(off, query, { top: 3 })).hits[0]?.id, 'src/css/easing', 'without it the TypeScript twin wins on its words');
    const neutral = 'the steps() easing jumps at the end of each step';
    assert.deepEqual((await searchLexicalIndex(index, neutral, { top: 3 })).hits.map((h) => h.score), (await searchLexicalIndex(off, neutral, { top: 3 })).hits.map((h) => h.score));
  });

  it('survive the index cache', () => {
    const index = buildLexicalIndex(graph, lexicalDefaults);
    const back = deserializeLexicalIndex(serializeLexicalIndex(index, 'fp'), { fingerprint: 'fp', options: lexicalDefaults });
    assert.deepEqual([...(back?.languages ?? [])], [...index.languages]);
    assert.deepEqual(languageNames(index.languages[1] ?? 0), ['cpp']);
  });

  it('a module whose folder is named after a language is that language\'s too, whatever it is written in (bindings)', async () => {
    // OpenSCAD's src/python is C++ that embeds Python; stash's pkg/python is Go that runs it; `go/` names no language
    const bindings: ModuleGraph = {
      ...graph,
      modules: [
        node('src/python', { cpp: 6 }, ['python_import', 'python_export'], ['Python bindings: scripts build geometry with import and export.']),
        node('src/io', { cpp: 12 }, ['import_stl', 'export_stl'], ['Import and export of STL, OFF and 3MF files.']),
        node('go', { cpp: 2 }, ['go_button'], []),
      ],
    };
    assert.deepEqual([...findLanguageModules(bindings)].map(languageNames), [['cpp', 'python'], ['cpp'], ['cpp']]);
    const index = buildLexicalIndex(bindings, lexicalDefaults);
    const hits = (await searchLexicalIndex(index, 'Python bindings: add import() and export() so a script can load an STL', { top: 2 })).hits;
    assert.equal(hits[0]?.id, 'src/python');
  });

  it('in a repository written mostly in Kotlin or Scala, "Java" names the host: no module is Java\'s there', async () => {
    const jvm: ModuleGraph = {
      ...graph,
      modules: [
        node('src/reflect', { scala: 9 }, ['reflectMethod', 'InstanceMirror'], ['Runtime reflection: mirrors of instances and their static methods.']),
        node('src/forkjoin', { java: 3 }, ['ForkJoinPool', 'ForkJoinTask'], ['A Java fork/join pool: worker threads throwing and stealing static work.']),
      ],
    };
    assert.deepEqual([...findLanguageModules(jvm)].map(languageNames), [['scala'], []]);
    const mostlyJava: ModuleGraph = { ...jvm, modules: [...jvm.modules, node('src/util', { java: 20 }, ['Util'], [])] };
    assert.deepEqual([...findLanguageModules(mostlyJava)].map(languageNames), [['scala'], ['java'], ['java']], 'where Java outweighs them it is a language of its own');
    const index = buildLexicalIndex(jvm, mergeLexicalOptions(lexicalDefaults, { languages: { factor: 1.5 } }));
    const hit = (await searchLexicalIndex(index, 'reflectMethod on a Java static method throws', { top: 2 })).hits[0];
    assert.equal(hit?.id, 'src/reflect');
    assert.doesNotMatch(hit?.reason ?? '', /×/, 'no language steering');
  });
});
