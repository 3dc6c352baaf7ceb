import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resetScanner } from '../../../src/graph/extractors/lua/luaExtractor.ts';
import { extractorRegistry } from '../../../src/graph/extractors/extractorRegistry.ts';
import { createParser } from '../../../src/graph/parse/createParser.ts';

/**
 * Two small programs per grammar. A grammar whose scanner keeps state between parses answers the second
 * parse of the same text differently (tree-sitter-wasms 0.1.13's Lua returned ERROR trees from its second
 * parse on, which is why Lua has no extractor): every grammar an extractor uses must not.
 */
const programs: Record<string, [string, string]> = {
  typescript: ['export function f(a: number): number { return a; }\n', 'interface X { y: string }\nconst z = 1;\n'],
  tsx: ['export const A = () => <div>{1}</div>;\n', 'type P = { x: number };\n'],
  javascript: ['function f(a) { return a; }\n', 'const x = require("y");\n'],
  python: ['def f(a):\n    return a\n', 'class C:\n    x = 1\n'],
  java: ['class A { void f() {} }\n', 'package p;\nimport q.R;\ninterface I {}\n'],
  kotlin: ['fun f(a: Int): Int = a\n', 'class C { val x = 1 }\n'],
  // `#if` and a raw string are lexed by the scanner's state, which tree-sitter-swift allocates with
  // `calloc(0, …)`: left as another allocation had it, both were ERRORs after any earlier parse (fixScannerAlloc.ts).
  swift: ['#if os(Linux)\nimport Glibc\n#endif\nlet raw = #"a "quoted" b"#\nfunc f(a: Int) -> Int { return a }\n', 'struct S { var x = 1 }\n'],
  objc: ['@interface A : NSObject\n@end\n', 'int f(int a) { return a; }\n'],
  c: ['int f(int a) { return a; }\n', '#include "x.h"\nstruct s { int x; };\n'],
  cpp: ['namespace n { int f(int a) { return a; } }\n', 'class C { public: void g(); };\n'],
  go: ['package p\nfunc F(a int) int { return a }\n', 'package q\ntype T struct{ X int }\n'],
  rust: ['pub fn f(a: i32) -> i32 { a }\n', 'use crate::x;\nstruct S { x: i32 }\n'],
  c_sharp: ['class A { void F() {} }\n', 'namespace N { interface I {} }\n'],
  ruby: ['def f(a)\n  a\nend\n', 'class C\n  X = 1\nend\n'],
  php: ['<?php\nfunction f($a) { return $a; }\n', '<?php\nnamespace N;\nclass C {}\n'],
  dart: ['int f(int a) => a;\n', 'class C { int x = 1; }\n'],
  elixir: ['defmodule A do\n  def f(a), do: a\nend\n', 'x = 1\nif x, do: :ok\n'],
  scala: ['object A { def f(a: Int): Int = a }\n', 'package p\nclass C(x: Int)\n'],
  ocaml: ['let f a = a + 1\nlet () = print_int (f 1)\n', 'module M = struct type t = { x : int } end\nopen M\n'],
  // Lua's scanner keeps state between parses unless a text opens with a block comment: the extractor
  // parses every file so (luaExtractor.ts, resetScanner), and so does this test.
  lua: [resetScanner('local M = {}\nfunction M.f(a) return a end\nreturn M\n'), resetScanner('local x = require("a.b")\nif x then print(x) end\n')],
};

test('every grammar an extractor loads parses a text the same however many texts it parsed before', async () => {
  const parse = createParser();
  // (Perl and Haskell read text by line: `grammar: ''`, nothing loaded.)
  const grammars = new Set(Object.values(extractorRegistry).filter((e) => !('grammar' in e && e.grammar === '')).map((e) => ('grammar' in e && e.grammar) || e.language));
  for (const grammar of grammars) {
    const pair = programs[grammar];
    assert.ok(pair, `no sample programs for the ${grammar} grammar: add two to this test`);
    const tree = async (text: string): Promise<string> => {
      const t = await parse(grammar, text);
      try {
        return t.rootNode.toString();
      } finally {
        t.delete();
      }
    };
    const [a, b] = pair;
    const first = await tree(a);
    await tree(b);
    await tree(b);
    assert.equal(await tree(a), first, `${grammar}: the second parse of the same text gave another tree`);
    assert.doesNotMatch(first, /\(ERROR/, `${grammar}: the sample itself should parse cleanly`);
  }
});
