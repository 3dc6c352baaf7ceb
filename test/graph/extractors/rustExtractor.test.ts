import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rustExtractor } from '../../../src/graph/extractors/rust/rustExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const source = `//! Parser crate: turns tokens into an AST.

use std::collections::HashMap;
use crate::lexer::{Token, Lexer};
use super::ast::*;
mod tokens;
pub mod visitor;

/// A parser.
pub struct Parser {
    tokens: Vec<Token>,
}

/// Errors.
pub enum ParseError { Eof }

pub trait Visit {
    fn visit(&self);
}

impl Parser {
    /// Creates a parser.
    pub fn new() -> Self { Parser { tokens: vec![] } }
    fn advance(&mut self) {}
}

impl Visit for Parser {
    fn visit(&self) {}
}

pub fn parse(src: &str) -> Parser { Parser::new() }
fn helper() {}
pub type Result<T> = std::result::Result<T, ParseError>;
pub const MAX_DEPTH: usize = 64;
static COUNTER: i32 = 0;
`;

test('rust: declared symbols with kinds, exported flags and containers', async () => {
  const facts = await extractText(rustExtractor, 'parser/src/lib.rs', source);
  assert.equal(facts.language, 'rust');
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), [
    'MAX_DEPTH constant exported',
    'ParseError enum exported',
    'Parser struct exported',
    'Parser.advance method',
    'Parser.new method exported',
    'Parser.visit method exported',
    'Result type exported',
    'Visit trait exported',
    'Visit.visit method exported',
    'helper function',
    'parse function exported',
  ]);
});

test('rust: imports', async () => {
  const facts = await extractText(rustExtractor, 'parser/src/lib.rs', source);
  assert.deepEqual(importList(facts), [
    'package crate::lexer::Lexer',
    'package crate::lexer::Token',
    'package std::collections::HashMap',
    'package super::ast::*',
    'path ./tokens',
    'path ./visitor',
  ]);
});

test('rust: paths written out in code reference their module, once each (the outermost path)', async () => {
  const code = `use crate::lexer::Token;
fn run() -> crate::error::Result<()> {
    let t: crate::lexer::Token = crate::lexer::next();
    crate::runtime::context::enter(|| crate::lexer::next());
    Ok(())
}
`;
  const facts = await extractText(rustExtractor, 'parser/src/run.rs', code);
  assert.deepEqual(importList(facts), [
    'package crate::error::Result',
    'package crate::lexer::Token',
    'package crate::lexer::next',
    'package crate::runtime::context::enter',
  ]);
});

test('rust: doc comments on declarations and the file', async () => {
  const facts = await extractText(rustExtractor, 'parser/src/lib.rs', source);
  assert.equal(docOf(facts, 'Parser'), 'A parser.');
  assert.equal(docOf(facts, 'ParseError'), 'Errors.');
  assert.equal(docOf(facts, 'new'), 'Creates a parser.');
  assert.deepEqual(facts.docComments, ['Parser crate: turns tokens into an AST.']);
});

test('rust: crate docs after #![…] attributes are the file header (a first-line #![ parses as a shebang)', async () => {
  const source = '#![allow(clippy::module_inception)]\n#![warn(missing_docs)]\n\n//! Asynchronous files and sockets.\n\npub mod fs;\npub struct Runtime;\n';
  const facts = await extractText(rustExtractor, 'src/lib.rs', source);
  assert.deepEqual(facts.docComments, ['Asynchronous files and sockets.']);
  assert.deepEqual(facts.symbols.map((s) => s.name), ['Runtime']);
  // Spread over lines, the first attribute is an ERROR node (tokio's lib.rs): still no code.
  const spread = await extractText(rustExtractor, 'src/lib.rs', '#![allow(\n    clippy::module_inception,\n    clippy::large_enum_variant\n)]\n#![deny(unused_must_use)]\n\n//! A runtime for network applications.\n\npub struct Runtime;\n');
  assert.deepEqual(spread.docComments, ['A runtime for network applications.']);
  // An inner attribute spread over lines after the docs (tracing's crate roots) is no parse error, and hides no item
  // (a `]` inside one of its strings ends nothing)
  const after = await extractText(rustExtractor, 'src/lib.rs', '//! Writers for logs.\n#![doc(\n    html_logo_url = "https://x/logo].png",\n    issue_tracker_base_url = "https://x/issues/"\n)]\n#![warn(\n    missing_docs,\n    rust_2018_idioms\n)]\n\npub struct Appender;\npub fn rolling() {}\n');
  assert.equal(after.hasErrors, undefined);
  assert.deepEqual(after.docComments, ['Writers for logs.']);
  assert.deepEqual(after.symbols.map((s) => `${s.name}:${s.line}`), ['Appender:11', 'rolling:12']);
});

test('items wrapped in brace macros (feature gates, pin_project!) are items; #[macro_export] macros are public', async () => {
  const facts = await extractText(rustExtractor, 'src/net/mod.rs', `//! Networking — sockets and streams (ünïcode before the macros).
cfg_net! {
    pub mod tcp;
    pub use tcp::stream::TcpStream;
}

pin_project! {
    /// A future that completes after a duration.
    #[derive(Debug)]
    pub struct Sleep {
        #[pin]
        entry: u64,
    }
}

cfg_rt! {
    cfg_net! {
        pub struct Registration;
    }
}

pub struct Runtime;
impl Runtime {
    cfg_metrics! {
        pub fn metrics(&self) -> u64 { 0 }
    }
}

lazy_static! {
    static ref TABLE: Vec<u8> = vec![];
}

/// Waits on several futures.
#[macro_export]
macro_rules! select {
    ($($t:tt)*) => {};
}

fn after() {}
`);
  assert.deepEqual(symbolList(facts), [
    'Registration struct exported', 'Runtime struct exported', 'Runtime.metrics method exported', 'Sleep struct exported',
    'after function', 'select function exported',
  ]);
  assert.equal(docOf(facts, 'Sleep'), 'A future that completes after a duration.');
  assert.ok(importList(facts).includes('package tcp::stream::TcpStream'));
  assert.equal(facts.symbols.find((s) => s.name === 'after')?.line, 39);
});

test('rust: a #[cfg(test)] module is no part of the file: no symbols, no imports, however it is marked', async () => {
  const code = `use crate::util::bit;

pub struct Slab;

impl Slab {
    pub fn insert(&mut self) { crate::util::trace::emit(); }
}

#[cfg(all(test, not(loom)))]
pub(crate) mod test {
    use crate::sync::Notify;
    pub(crate) struct Mock;
    impl Iterator for Mock {
        type Item = u8;
        fn next(&mut self) -> Option<u8> { crate::runtime::enter(); None }
    }
}

#[cfg(not(test))]
pub mod real {
    pub fn run() {}
}

#[cfg(test)]
mod tests;
`;
  const facts = await extractText(rustExtractor, 'src/util/slab.rs', code);
  assert.deepEqual(symbolList(facts), [
    'Slab struct exported',
    'Slab.insert method exported',
    'real module exported', // not(test): compiled everywhere but the tests
    'run function exported',
  ]);
  // the module's Notify and runtime::enter are the tests' own, and `mod tests;` pulls in no code of the file's
  // (starship's src had depended on its src/test helpers through `#[cfg(test)] mod test;`)
  assert.deepEqual(importList(facts), ['package crate::util::bit', 'package crate::util::trace::emit']);
});

test("rust: a crate's doc is its //! comment, not a note to developers above its attributes", async () => {
  // newsboat's libnewsboat card read "This lint is nitpicky, I don't think it's really important …".
  const facts = await extractText(rustExtractor, 'rust/libnewsboat/src/lib.rs', [
    "// This lint is nitpicky, I don't think it's really important how the literals are written.",
    '#![allow(clippy::unreadable_literal)]',
    '//! Core of the feed reader: parsing, filtering and the cache.',
    '',
    'pub mod cache;',
  ].join('\n'));
  assert.deepEqual(facts.docComments, ['Core of the feed reader: parsing, filtering and the cache.']);
});

test('rust: a crate doc keeps its paragraphs after a licence run, so its quoted tagline is its first sentence', async () => {
  // clap's src/lib.rs: the card had read "> Command Line Argument Parser for Rust Quick Links: - Derive tutorial …"
  const { summarizeModule } = await import('../../../src/graph/summarizeModule.ts');
  const crate = '// Copyright 2015 Kevin and contributors.\n// Licensed under the MIT license\n\n//! > **Command Line Argument Parser for Rust**\n//!\n//! Quick Links:\n//! - Derive [tutorial][_derive::_tutorial::chapter_0]\n\npub fn run() {}\n';
  const facts = await extractText(rustExtractor, 'src/lib.rs', crate);
  assert.match(facts.docComments[0] ?? '', /Rust\*\*\n\nQuick Links:/u);
  assert.match(summarizeModule({ id: 'src', fileCount: 1, languages: {}, symbols: [], docComments: facts.docComments, dependsOn: [], usedBy: [] }), /^src: Command Line Argument Parser for Rust\. 1 file\./u);
});

test('rust: `extern crate` is an import of the crate (a façade that re-exports others), the language\'s own crates aside', async () => {
  const code = `pub extern crate grep_cli as cli;\npub extern crate grep_matcher as matcher;\nextern crate std;\nextern crate alloc;\n`;
  const facts = await extractText(rustExtractor, 'crates/grep/src/lib.rs', code);
  assert.deepEqual(importList(facts), ['package grep_cli', 'package grep_matcher']);
});

test("rust: a trait impl's associated types and constants are no symbols of the module; an inherent impl's constants are", async () => {
  const facts = await extractText(rustExtractor, 'src/dns/resolve.rs', `pub struct Name(String);
impl std::str::FromStr for Name {
    type Err = std::io::Error;
    const KIND: &'static str = "name";
    fn from_str(s: &str) -> Result<Self, Self::Err> { Ok(Name(s.into())) }
}
impl Name {
    pub const MAX: usize = 253;
    pub fn as_str(&self) -> &str { &self.0 }
}
`);
  assert.deepEqual(symbolList(facts), ['Name struct exported', 'Name.MAX constant exported', 'Name.as_str method exported', 'Name.from_str method exported']);
});

test('rust: syntax newer than the grammar (C strings, unsafe extern blocks, raw borrows, use<> bounds) loses no declaration', async () => {
  // alacritty 0.17's renderer and window code
  const code = `unsafe extern "C" {
    pub safe fn sqrt(x: f64) -> f64;
}

pub fn uniform(program: u32) -> i32 {
    let name = c"cellWidth";
    let p = &raw const PROGRAM;
    unsafe { glGetUniformLocation(program, name.as_ptr()) }
}

pub fn glyphs<'a>(cache: &'a Cache) -> impl Iterator<Item = u8> + use<'a> {
    cache.iter()
}

pub struct Renderer;
`;
  const facts = await extractText(rustExtractor, 'alacritty/src/renderer/mod.rs', code);
  assert.equal(facts.hasErrors ?? false, false);
  assert.deepEqual(symbolList(facts), ['Renderer struct exported', 'glyphs function exported', 'uniform function exported']);
});

test('rust: async closures, expr_2021 fragments, labelled blocks and attributes on parameters lose no declaration', async () => {
  // atuin 18.19's history database, fish import and search inspector
  const code = `macro_rules! fishtory {
    ($timestamp:expr_2021, $command:expr_2021) => { ($timestamp, $command) };
}

pub async fn import(lines: Vec<String>) -> usize {
    let mut process = async |cmd: &str| { cmd.len() };
    let found = 'scan: {
        if lines.is_empty() { break 'scan 0; }
        1
    };
    found
}

#[rstest]
async fn lists_range(
    #[future(awt)]
    #[from(empty_db)]
    db: Sqlite,
    #[with(40u16, 8u16)] (mut terminal, chunk): (Terminal, Rect),
) {
    db.list();
}

pub struct Database;
`;
  const facts = await extractText(rustExtractor, 'crates/atuin-client/src/database.rs', code);
  assert.equal(facts.hasErrors ?? false, false);
  assert.deepEqual(symbolList(facts), ['Database struct exported', 'fishtory function', 'import function exported', 'lists_range function']);
});
