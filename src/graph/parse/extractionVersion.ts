/**
 * The version of what parsing a file yields (language, facts, skip decisions). A store records the
 * version its files were extracted with; a run under another one re-extracts every file, because
 * a file whose content hash is unchanged is otherwise never parsed again and would keep the facts
 * of the older modroute. Bump it with any change to extractor output: a language newly parsed, a
 * query or doc-comment rule, a skip rule or limit. (Listing and discovery rules have their own
 * versions, WALK_RULES_VERSION and DISCOVERY_RULES_VERSION.)
 *
 * 1: first recorded (a store without one predates it); 2: source files parsed up to 4 MB
 * (limits.maxSourceFileBytes); 3: that limit unset by default again (1 MB for every file, as
 * issue 3 specifies), so stores of version 2 drop the 1–4 MB files they parsed; 4: each text file's
 * term bag (file_terms, graph/codeTermBag.ts); 5: term bags for code only (no prose, config or data);
 * 6: module doc comments (and so summaries) start from the file named like the module; 7: no term
 * bags for tests and fixtures; 8: a Rust crate's `//!` docs after its `#![…]` attributes; 9: Ruby and PHP parsed; 10: Vue and Svelte components' scripts; 11:
 * RDoc markup dropped from Ruby docs; 12: a Ruby constant's candidate files by namespace;
 * 13: Dart parsed; 14: a Vue template's component tags; 15: `<script src>`; 16: Elixir parsed; 17: Scala parsed;
 * 18: files in subdirectories ordered shallowest first for module docs and summaries (Java packages),
 * and their summaries read Javadoc/JSDoc inline tags as their text (`{@link a.b.C}` → `C`); 19: Elixir remote calls as references;
 * 20: test projects by suffix (`Foo.Tests/`, `x-tests/`) are tests (no term bags); 21: C# `<see cref="X"/>` reads "X";
 * 22: Rust paths written out in code (`crate::a::b::f()`) as references; 23: C# type names as references to the enclosing namespaces' classes;
 * 24: those type names from signatures only; 25: `x_unittest.cc`, `XTests.m`, `conftest.py`, Swift's `Tests/` are tests (no term bags);
 * 26: Python's `from pkg import name` tries `pkg.name` as a submodule first (`pkg.name|pkg`);
 * 27: a run of line comments loses its licence paragraphs whole (protobuf's "Redistribution and use …");
 * 28: C++ export macros (`class PROTOBUF_EXPORT X`) blanked before parsing, upper-case macro calls are no functions,
 * a class's static members are exported; 29: PVS-Studio notices are boilerplate, Vim's testdir/ is tests;
 * 30: a JVM file is a test by the folders above its package root only (JOSM's `validation/tests/OpeningHourTest.java` is code).
 */
export const EXTRACTION_VERSION = 30;
