import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractorFor, extractorRegistry, languageForPath } from '../../../src/graph/extractors/extractorRegistry.ts';

test('extractorFor picks the language by extension', () => {
  const byPath = Object.fromEntries(
    ['a.ts', 'a.d.ts', 'a.mts', 'a.tsx', 'a.js', 'a.mjs', 'a.cjs', 'a.jsx', 'a.py', 'a.pyi', 'A.java', 'A.kt', 'b.kts',
      'a.swift', 'a.m', 'a.mm', 'a.c', 'a.cpp', 'a.cc', 'a.hpp', 'a.go', 'a.rs', 'a.cs', 'README.md', 'a.rb', 'a.php', 'Makefile']
      .map((path) => [path, extractorFor(path)?.language ?? null]),
  );
  assert.deepEqual(byPath, {
    'a.ts': 'typescript', 'a.d.ts': 'typescript', 'a.mts': 'typescript', 'a.tsx': 'tsx',
    'a.js': 'javascript', 'a.mjs': 'javascript', 'a.cjs': 'javascript', 'a.jsx': 'javascript',
    'a.py': 'python', 'a.pyi': 'python', 'A.java': 'java', 'A.kt': 'kotlin', 'b.kts': 'kotlin',
    'a.swift': 'swift', 'a.m': 'objc', 'a.mm': 'objc', 'a.c': 'c', 'a.cpp': 'cpp', 'a.cc': 'cpp', 'a.hpp': 'cpp',
    'a.go': 'go', 'a.rs': 'rust', 'a.cs': 'c_sharp', 'README.md': null, 'a.rb': 'ruby', 'a.php': 'php', Makefile: null,
  });
});

test('a .h header is C unless its text shows Objective-C or C++ markers', () => {
  assert.equal(extractorFor('x.h', 'int f(void);\n')?.language, 'c');
  assert.equal(extractorFor('x.h', '#import <Foundation/Foundation.h>\n@interface A : NSObject\n@end\n')?.language, 'objc');
  assert.equal(extractorFor('x.h', '#pragma once\nnamespace gfx {\nclass Renderer;\n}\n')?.language, 'cpp');
  assert.equal(extractorFor('x.h', 'template <typename T> struct Box { T v; };\n')?.language, 'cpp');
  assert.equal(extractorFor('x.h')?.language, 'c');
});

test("a .ts file that is XML is a Qt Linguist catalogue, not TypeScript (keepassxc's share/translations)", () => {
  const catalogue = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de_DE">\n<context><name>AboutDialog</name></context>\n</TS>\n';
  assert.equal(extractorFor('share/translations/keepassxc_de.ts', catalogue), undefined);
  assert.equal(extractorFor('share/translations/keepassxc_en.ts', '\uFEFF<TS version="2.1" language="en_US"></TS>\n'), undefined);
  // TypeScript, generics at the top included, stays TypeScript
  assert.equal(extractorFor('src/box.ts', 'export const box = <T>(v: T) => v;\n')?.language, 'typescript');
  assert.equal(extractorFor('src/box.ts')?.language, 'typescript');
});

test('extensionless scripts are recognized by their shebang', () => {
  assert.equal(extractorFor('bin/tool', '#!/usr/bin/env python3\nprint(1)\n')?.language, 'python');
  assert.equal(extractorFor('bin/cli', '#!/usr/bin/env node\nconsole.log(1)\n')?.language, 'javascript');
  assert.equal(extractorFor('bin/run', '#!/bin/sh\necho hi\n')?.language, 'shell');
  assert.equal(extractorFor('bin/notes', 'no shebang at all\n'), undefined);
});

test('languageForPath names the registry language or undefined', () => {
  assert.equal(languageForPath('src/a/b.go'), 'go');
  assert.equal(languageForPath('include/api.h', '@interface X\n@end\n'), 'objc');
  assert.equal(languageForPath('docs/guide.md'), undefined);
  for (const [language, extractor] of Object.entries(extractorRegistry)) assert.equal(extractor.language, language);
});
