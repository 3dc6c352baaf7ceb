import { isBoilerplateComment } from './extractors/shared/isBoilerplateComment.ts';
import { isScaffoldDescription } from './discovery/isScaffoldDescription.ts';
import { isSupportFile } from './isSupportFile.ts';
import { isBuildScript } from './discovery/isSourceFile.ts';
import type { ModuleSymbol } from './ModuleGraph.ts';
import { ownValue } from '../util/ownValue.ts';

export interface SummaryInput {
  id: string;
  /** The module's folder, where it differs from its id (a listed module). */
  path?: string;
  name?: string;
  description?: string;
  readme?: string;
  fileCount: number;
  languages: Record<string, number>;
  symbols: ModuleSymbol[];
  docComments: string[];
  /**
   * The docs that may open the summary, best first (file docs, then declared types' and functions'):
   * a method's doc says what one method does ("Register the service provider."), not the module.
   * Defaults to docComments.
   */
  openers?: string[];
  dependsOn: string[];
  usedBy: string[];
  /** Members each type declares, by name (see keySymbols); absent: counted from `symbols`' containers. */
  members?: ReadonlyMap<string, number>;
}

/**
 * Bump when summaries would read differently: every module row of an index is written again on its next
 * `index` (2: notes to developers, author lines, README markup, link rows and Javadoc HTML skipped, a main
 * file's two-word title, test files' symbols last; 3: an entry file beside the module's folder speaks first; 4:
 * provenance notes, section markers, doc callouts and build stubs skipped, HTML tags over several lines; 5–6: a
 * `specs/` folder inside `src/` no test folder, and back; 7: precompiled-header stamps, authors' addresses; 8:
 * formatter directives, credits, decorative rules; 9: pointers, visibility notes, quickstart stamps; 10: file stamps,
 * developer notes, compatibility stubs, template placeholders, KDoc links and emphasis, fenced code and its lead-in,
 * test files' symbols only where there are no others; 11: a README's quoted epigraph skipped, a blockquote read without
 * its marker; 12: "This file is part of X" licence openings; 13: only a main file's doc, one of up to three source files',
 * or one whose subject is the module opens it, never whatever file sorted first; a folder's file named in the singular is its own;
 * 14: a block tag's line (`@name Linter`) ends the opening sentence; 15: a declaration's doc opens only when the
 * declaration is named like the module, or like its file where the file's doc would, or the doc names the module;
 * 16: Go's "Package x …" comment in any file of the package; 17: only a known block tag's line ends the sentence,
 * not any `@word`; 18: a README's badges and images whose alt text wraps a line; 19: a README's HTML headings and
 * rows of bracketed links; 20: "Internal use only." opens no card, the root module named "the root" among neighbours,
 * a manifest's description over several lines read as one; 21: examples' and benchmarks' names stand for a module only
 * where it declares nothing else; 22: a README's roadmap and news sections no description; 23: a blank line ends the opening sentence, a
 * paragraph of one word is passed over; 24: among key symbols of a kind, a file's own type or function first; 25: a
 * link's words do not make a doc prose, and any words before a link are no author's name; 26: a namespace reopened in
 * every file (Ruby's `module Jekyll`) speaks for the module from its main file only; 27: a README paragraph is a licence
 * by its text, not its links' addresses, HTML entities read as characters, a paragraph of a link alone passed over;
 * 28: `&lt;` and `&gt;` read after markup lines are dropped; 29: `&amp;` with them, in one pass; 30: a lead-in ending
 * in a colon reads on into its list's first item, the module's namesake type or function the first key symbol; 31: an
 * About heading over nothing but sub-sections is no description, nor is a README's section on related projects; 32: a
 * list's first item read from its own lines, the namesake by the module's folder; 33: a doc's quoted tagline without its
 * `>`, rustdoc's intra-doc links and addresses with parentheses read as their text; 34: a doc's underlined title is no
 * sentence; 35: Sphinx's docs/conf.py names are no key names; 36: a README that opens with a list, or a lead-in to one,
 * is described by its title; 37: a test file's doc describes no module that has code besides its tests; 38: a few words
 * leading into a code block are no description; 39: a quoted notice ("> **Note** …", `> [!WARNING]`) and an
 * "Announcing …" section are no description, nor is a figure's caption; a lead-in's sentences before it stay;
 * 41: not up to an abbreviation's full stop; 42: a title's underline of tildes is no code fence; 43: among key symbols of a kind, the types with most members first,
 * modules ranked with enums and types (they were after methods: devise's Lockable), "Module dependencies." no description,
 * nor a README whose first sentence is a generator's ("A new Flutter project."), nor Rails' Rakefile comment; a doc of a
 * name qualified by the module's ("Devise::Test::…") does not speak for it, nor does every file of a module of tests;
 * 44: a warning ("WARNING: The plugin API is still work in progress …", httpie's plugins) and "This is a copy of …" (a vendored
 * file's header, sidekiq's sd_notify.rb) are no description, a long sentence is cut between words and ends in "…");
 * 45: a quote under its own heading ("> ## Viper v2 feedback") is a callout, no description; 46: a namespace reopened in
 * several files (Ruby's `module Faraday`) after a module's other key names; 47: a module of three code files or fewer whose docs
 * name neither it nor its file is described by its biggest documented class (writeModuleRows.ts); 48: a README's front matter
 * gives its description or tagline only, a label over imports, an rc.d keyword, Sphinx's conf.py and one word of code or a
 * path are no description; a module exporting fewer than three names of its own lists its private ones after them;
 * 49: "Tests the X class." speaks for no module named tests (writeModuleRows.ts); 50: Chinese
 * and Japanese prose without spaces reads as prose, a rule opening a README is no front matter; 51: no doc opening with
 * the test word ("Tests to cover …") speaks for a module named tests; 52: a module's few source files speak for it only
 * when they are a fair part of what it holds (pandoc's data/, two Lua scripts beside 241 templates); 53: an entry file
 * among up to 40 other files still does; 54: a README's link definitions (`[npm]: https://…`) are no text, and a paragraph
 * that opens with what the project is loses only its licence sentence; 55: prose above a README's Overview section is
 * its description (lwt); 56: an exception type's doc opens a summary only after every other type's (doctrine's Tools);
 * 57: reStructuredText roles read as their text (":ref:`custom contracts <topics-contracts>`", scrapy's contracts); 58: RDoc's
 * headings (`= Sinatra::QuietLogger`) and a labelled list opening a paragraph (`Prevented attack:: CSRF`) no description;
 * 59: badge links with titles, a Markdown heading over a doc's text; 60: the lines indented below reStructuredText's explicit
 * markup (`.. list-table::`, sanic's badge table) are markup too; 61: a doc that opens with tags says what it is in its `@summary` or `@description` (date-fns);
 * 62: a README's language switcher ("Language: English | [简体中文](…)", dio's root) is no sentence; 63: a module of one file
 * is named by its stem, and a declaration named like its file in the singular speaks for it (httr2's `req-retries.R`);
 * 64: IDE and linter directives ("ReSharper disable once CheckNamespace", `noinspection`, `cspell:`) are no description;
 * 65: a lead-in without a colon ("… files such as") reads on into its list too, every item where all are a few words (fmt's support/);
 * 66: a build script's names (`build.gradle.kts`, `vite.config.ts`, `setup.py`) are key names only where there are no others (koin);
 * 67: a numbered or dated schema migration supports its module like a test (navidrome's `db` card had read `Up20200130…`);
 * 68: an app generator's README opening ("This project was generated with Angular CLI …") says nothing (paperless-ngx);
 * 69: a file doc opening files of two modules or more, three in all, is the project's banner (qBittorrent's licence header);
 * 70: a row of reference links (`[Homepage][homepage] • [Discord][discord]`, LocalSend's root) is no sentence;
 * 71: the other linters' directives (`oxlint-disable-next-line`, `tslint:disable`, `istanbul ignore`, `type: ignore`) too (outline);
 * 72: a language switcher of one name a line (Lemmy's), a doc that is an import commented out (calibre-web's `cw_login`);
 * 73: an HTML heading that defines the project is a sentence (grocy's `<h3>`), HTML's arrows and dashes as their characters,
 * an authoring stamp ("Created by GitHub Copilot", "Created by Jane on 3/4/14") no description, a line in capitals a
 * plain-text README's heading ("VOLUNTEERS WANTED" skipped as a section that describes nothing);
 * 74: a navigation row an item a line (Tandoor's "Website •", ArchiveBox's "▶️ Quickstart |") and an HTML comment over
 * lines are no text; 75: a code fence is no setext title over the rule that opens its block (Now in Android's Mermaid graphs).
 */
export const SUMMARY_VERSION = 75;

/**
 * A deterministic one-paragraph description of a module built only from graph facts (no model):
 * what it says about itself first (manifest description, README, file docs), then what it declares
 * and how it connects. Used by search, by `show`, and as the card an LLM sees.
 */
export function summarizeModule(m: SummaryInput): string {
  const parts: string[] = [];
  const label = m.name && m.name !== m.id ? `${m.id} (${m.name})` : m.id;
  const openers = m.openers ?? m.docComments;
  // The main file's doc may be a title ("Result Backends.", celery's backends/__init__.py): two words will do there.
  const opener = openers[0] !== undefined && readsAsProse(openers[0], 2) ? openers[0] : openers.find((d) => readsAsProse(d));
  // A manifest's description may run over lines (Cargo's `description = """…"""`: ripgrep's cards read "…file paths.\n. 17 files").
  const description = m.description?.replace(/\s+/gu, ' ').trim();
  const readme = m.readme === undefined ? undefined : withoutFrontMatter(m.readme);
  const readmeText = readme ? templateless(stripMarkup(withoutBoilerplate(readme))) : '';
  // A README whose text opens with a list, or a line leading into one, is described better by its title (zstd's
  // tests: "Programs and scripts for automated testing of Zstandard" over "This directory contains …: - datagen …").
  const title = readme !== undefined && LIST_FIRST.test(readmeText) ? readmeTitle(readme) : undefined;
  const about = readableInlineTags(description || title || firstSentence(readmeText) || firstSentence(opener ?? ''));
  // A sentence of its own even when the source sentence lacks its full stop; the root module `.` reads "root".
  const name = label === '.' ? 'root' : label;
  parts.push(about ? `${name}: ${/[.!?:;…]$/u.test(about) ? about : `${about}.`}` : `${name}.`);
  const langs = Object.entries(m.languages)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([l, n]) => `${n} ${l}`)
    .join(', ');
  parts.push(`${m.fileCount} file${m.fileCount === 1 ? '' : 's'}${langs ? ` (${langs})` : ''}.`);
  const key = keySymbols(m.symbols, 8, { path: m.path ?? m.id, ...(m.name ? { name: m.name } : {}), ...(m.members ? { members: m.members } : {}) });
  if (key.length) parts.push(`Declares ${key.join(', ')}.`);
  // The root module's id is "." (ninja's misc card read "Used by ..").
  const ids = (list: readonly string[]): string => list.slice(0, 5).map((id) => (id === '.' ? 'the root' : id)).join(', ');
  if (m.dependsOn.length) parts.push(`Depends on ${ids(m.dependsOn)}.`);
  if (m.usedBy.length) parts.push(`Used by ${ids(m.usedBy)}.`);
  return parts.join(' ');
}

// Javadoc's and JSDoc's inline tags: `{@link java.net.SocketAddress}` reads "SocketAddress", `{@link Foo the foo}`
// "the foo", `{@code a + b}` "a + b" (netty's handler summary opened "… replace local / remote {@link
// java.net.SocketAddress}."). Only in the summary's sentence: the stored docs keep the link targets' words for search.
const INLINE_TAG = /\{@(link|linkplain|linkcode|code|literal|value)\s+([^}\s]+)(?:\s+([^}]*))?\}/gu;
const inlineTagText = (_: string, tag: string, target: string, label: string | undefined): string => {
  if (tag === 'code' || tag === 'literal') return label === undefined ? target : `${target} ${label}`;
  if (label !== undefined && label.trim() !== '') return label.trim();
  return target.replace(/^(?:[a-z_$][\w$]*\.)+(?=[A-Z#])/u, '');
};
// KDoc's and Markdown's links and emphasis: "Adds [element] into to this channel, **blocking** …" (kotlinx-coroutines' channels card).
// rustdoc's intra-doc links too, their text in code (`[`Command`][crate::Command]`, clap's parser card read
// "[`Command`]crate::Command line argument parser"), and an address with parentheses (`…/wiki/Roff_(software)`).
// (not a Rust attribute: serde's "implementation of #[derive(Serialize, Deserialize)]" had read "#derive(…)")
const MARKDOWN_INLINE = /(?<!#!?)\[(`?[A-Za-z][^\]\n]*)\](?:\((?:[^()\s]|\([^()\s]*\))*\)|\[[^\]\s]*\])?|\*\*([^*\n]+)\*\*|__([^_\n]+)__/gu;

// Ruby's RDoc and YARD links: `{Apache common log format}https://…` and `{text}[url]` read "Apache common log format",
// `{#call}` "call", `{Puma::Server the server}` "the server" (puma's cards read them as written).
const RDOC_LINK = /\{([^{}\n]+)\}(?:\[[^\]\s]*\]|https?:\/\/[^\s)]*[^\s).,;:!?])/gu;
// Bare, only what reads as Ruby (`{#call}`, `{Puma::Server}`, `{Server#run}`): `{Name}` and `{K: V}` elsewhere are text.
const YARD_LINK = /\{(https?:\/\/[^\s}]+|#?[A-Z]\w*(?:::\w+)*(?:#[\w?!=]+)?|#[\w?!=]+)\s+([^}]+)\}|\{(#[\w?!=]+|[A-Z]\w*(?:::\w+)+(?:#[\w?!=]+)?|[A-Z]\w*#[\w?!=]+)\}/gu;
const rubyLinks = (text: string): string =>
  text.replace(RDOC_LINK, '$1').replace(YARD_LINK, (_, target?: string, label?: string, bare?: string) => label?.trim() || (bare ?? target ?? '').replace(/^#/u, ''));

/**
 * reStructuredText's roles (Sphinx): ":ref:`custom contracts <topics-contracts>`" reads "custom contracts",
 * ":class:`~scrapy.http.Request`" `Request`, ":func:`urljoin`" `urljoin` (scrapy's contracts card had read the markup).
 */
const RST_ROLE = /:(?:[a-z]+:)?[a-z]+:`(~?)([^`<]*?)\s*(?:<[^`>]*>)?`/gu;
const rstRoleText = (_: string, tilde: string, text: string): string => {
  const shown = tilde === '~' ? (text.split('.').pop() ?? text) : text;
  return /^[\w.]+(?:\(\))?$/u.test(shown) ? `\`${shown}\`` : shown;
};

export const readableInlineTags = (text: string): string => {
  const roles = text.includes(':`') ? text.replace(RST_ROLE, rstRoleText) : text;
  const linked = roles.includes('{@') ? roles.replace(INLINE_TAG, inlineTagText) : roles.includes('{') ? rubyLinks(roles) : roles;
  const tags = linked.includes('[') || linked.includes('**') || linked.includes('__') ? linked.replace(MARKDOWN_INLINE, (_, link?: string, strong?: string, under?: string) => link?.replaceAll('`', '') ?? strong ?? under ?? '') : linked;
  // Javadoc's HTML (`<p>`, `<br>`, `<ul><li>`, `<a href>`): JOSM's mappaint summary read "<br> … <ul> <li>XML: …".
  return tags.includes('<') ? tags.replace(/<\/?(?:p|br|ul|ol|li|a|b|i|em|strong|code|tt|pre|h\d|div|span|table|tr|td|th|dl|dt|dd)\b[^>]*>/giu, ' ').replace(/\s{2,}/gu, ' ').trim() : tags;
};

const ENTRY_STEMS: ReadonlySet<string> = new Set(['main', 'index', 'init', 'mod', 'lib', 'app', 'run', 'setup']);

const squash = (name: string): string => name.toLowerCase().replace(/[-_.]/gu, '');

/** Exported types and classes first, then functions (a module exporting nothing: its own); those of test files and build scripts only when there are no others (protobuf's cpp-io read "Declares CodedStreamTest, VarintCase"); each name once. */
export function keySymbols(symbols: ModuleSymbol[], limit: number, module?: { path: string; name?: string; members?: ReadonlyMap<string, number> }): string[] {
  const rank: Record<string, number> = { class: 0, interface: 0, struct: 0, trait: 0, protocol: 0, enum: 1, type: 1, module: 1, function: 2, constant: 3, variable: 3, method: 4 };
  const inSupport = new Map<string, number>();
  // tests, and examples and benchmarks: ripgrep's `crates/grep` card read "Declares main, try_main, search" from its example
  // and build scripts: koin's Android cards read "Declares dagger, androidCompileSDK, androidMinSDK, sourcesJar", three of
  // them its build.gradle.kts's `val … by project`
  const tested = (file: string): number =>
    inSupport.get(file) ?? inSupport.set(file, isSupportFile(file) || isBuildScript(file.slice(file.lastIndexOf('/') + 1)) ? 1 : 0).get(file) ?? 0;
  const seen = new Set<string>();
  // A test's or example's names only where the module declares nothing else (kotlinx-coroutines' slf4j card read
  // "Declares MDCContextTest, setUp, tearDown" after its three real names; gh's `cmd/gh`, a `package main`
  // whose exported names were all its tests', "Declares Test_printError").
  const code = symbols.filter((s) => tested(s.file) === 0);
  const pool = code.length > 0 ? code : symbols;
  // A program's package declares nothing for others (Go's `package main`, restic's helpers): its own names then.
  const anyExported = pool.some((s) => s.exported);
  // A file's own type or function (`class LogContext` in LogContext.cs) before a helper nested in another file
  // (Serilog's Context card read "Declares … Enumerator, ContextStackBookmark" before its LogContext).
  // (not an entry file's `main` in main.go: a program's entry point is no key name)
  const ownsFile = (s: ModuleSymbol): number => {
    const file = s.file.slice(s.file.lastIndexOf('/') + 1);
    const stem = file.slice(0, file.indexOf('.') > 0 ? file.indexOf('.') : undefined).toLowerCase().replace(/[-_]/gu, '');
    return !ENTRY_STEMS.has(stem) && s.name.toLowerCase().replace(/[-_]/gu, '') === stem ? 0 : 1;
  };
  // The module's namesake first (Retrofit's `retrofit` listed twenty classes from A to R, and not `Retrofit`).
  const namesakes = new Set(module ? [module.path.slice(module.path.lastIndexOf('/') + 1), module.name?.replace(/^.*[/:]/u, '') ?? ''].map(squash).filter((n) => n.length > 1) : []);
  const namesake = (s: ModuleSymbol): number => (namesakes.has(squash(s.name)) && s.kind !== 'method' ? 0 : 1);
  // Then the types with most members: the API a module is used by (requests' Session, Response) before
  // exceptions and small helpers a folder's file order put first (BaseAdapter, AuthBase, … CookieConflictError).
  let members = module?.members;
  if (!members) {
    const counted = new Map<string, number>();
    for (const s of pool) if (s.container) counted.set(s.container, (counted.get(s.container) ?? 0) + 1);
    members = counted;
  }
  const size = (s: ModuleSymbol): number => (s.kind === 'method' ? 0 : (members.get(s.name) ?? 0));
  // A namespace every file reopens (Ruby's `module Faraday` around each class of faraday's folders) names no part of the
  // module: after the rest.
  const isNamespace = (s: ModuleSymbol): boolean => s.kind === 'module' || s.kind === 'namespace';
  const filesOf = new Map<string, Set<string>>();
  for (const s of pool) if (isNamespace(s)) (filesOf.get(s.name) ?? filesOf.set(s.name, new Set()).get(s.name)!).add(s.file);
  const reopened = (s: ModuleSymbol): number => (isNamespace(s) && (filesOf.get(s.name)?.size ?? 0) >= 2 ? 1 : 0);
  // A module exporting fewer than three names of its own (a Rust file whose `pub fn module` is its only API, the rest
  // trait methods: starship's kubernetes card read "Declares module, get, as_str, as_array") lists its own types and
  // functions after them.
  const ownName = (s: ModuleSymbol): boolean => s.kind !== 'method' && s.kind !== 'variable';
  const fewExported = anyExported && pool.filter((s) => s.exported && ownName(s)).length < 3;
  // (its own names first, then the others', exported members last)
  const hidden = (s: ModuleSymbol): number => (!fewExported ? 0 : s.exported && ownName(s) ? 0 : s.exported ? 2 : 1);
  return pool
    .filter((s) => (anyExported ? s.exported || (fewExported && ownName(s)) : ownName(s)))
    .sort((a, b) => hidden(a) - hidden(b) || namesake(a) - namesake(b) || reopened(a) - reopened(b) || (rank[a.kind] ?? 5) - (rank[b.kind] ?? 5) || ownsFile(a) - ownsFile(b) || size(b) - size(a))
    .map((s) => s.name)
    .filter((n) => !seen.has(n) && seen.add(n) && n.length > 1)
    .slice(0, limit);
}

/**
 * Openings of doc comments that say nothing of what the code does, each found on a review set's cards.
 * Any one of them keeps a comment from opening a summary.
 */
const BOILERPLATE = new RegExp(
  [
    // tags, directives, generator and licence notices (a GPL header's "This file is part of Ansible.", 21 of that
    // review's 63 cards; "This code is part of Ansible, but is an independent component.")
    /^\s*(@|#|\/\/)|generated (by|with|from)|do not edit|copyright|licen[cs]e|spdx|all rights reserved|redistribution and use|eslint-|@ts-|^\W*this (?:file|code|program|library) is (?:a )?part of\b/u,
    // notes to fellow developers ("NOTE: This is an implementation header file", "TODO: move to sql_utils", mapnik;
    // "Developer note: scala -J-Dscala.process.debug …", Scala 2.11) and file stamps ("Added: Sat Oct 7 16:08:21 2006",
    // "File: LinkedNode.java Originally written by …")
    /^\s*(todo|fixme|xxx|hack|note|nb|bug)\b|^\W*(?:warning|caution|attention|deprecated)\s*[:!]|^\W*(?:for )?internal use only\b|^\s*authors?:|^\s*(?:developer|implementation|dev|internal) notes?\s*:|^\s*(?:added|created|modified|date|last (?:modified|changed)|file|filename|revision)\s*:|\boriginally written by\b/u,
    // where the code came from ("Implementation adapted from react-native-safe-area-context", "OpenBSD original: …",
    // "This file was obtained from the Android SDK Sources")
    /^\W*(?:\w+\W+){0,3}(?:adapted|copied|ported|taken|borrowed|forked) from\b|^\s*\w+ original\s*:|\b(?:file|code|was|were|is) obtained from\b|^\W*this (?:file |code )?is a (?:copy|fork|port|vendored copy) of\b/u,
    // section markers (`// MARK: -`, `#pragma mark`) and Swift doc callouts ("- Warning: …")
    /^\s*(?:pragma\s+)?mark\b|^\s*-\s*(?:warning|note|important|attention|precondition|returns?|parameters?|throws)\s*:/u,
    // files kept only for the build ("Dummy implementation file", "This translation unit exists solely so the pch
    // target…", expo) and Visual Studio's precompiled-header stamp ("pch.h : include file for standard system include files")
    // ("A compatibility stub.", "Generated Code, validated by …"; Scala 2.11)
    /\b(?:dummy|placeholder) (?:implementation|source|translation unit|file)\b|\b(?:compatibility|dummy|empty) (?:stub|shim)\b|^\s*(?:auto-?)?generated code\b|translation unit exists|intentionally (?:left )?(?:empty|blank)|include file for standard system include files|precompiled header/u,
    // formatters' and linters' directives (`/* *INDENT-OFF* */`, `clang-format off`; SDL2; JetBrains' "ReSharper disable once
    // CheckNamespace", Humanizer's Bytes card; "noinspection SpellCheckingInspection")
    /^\W*indent-(?:off|on)\b|\b(?:clang-format|prettier-ignore|rubocop:|pylint:|noqa|nolint)\b|^\W*(?:resharper\s+(?:disable|restore)|noinspection|stylecop|codemaid|biome-ignore|deno-lint-ignore)\b|^\W*(?:jscpd|cspell):/u,
    // …and the other linters' (outline's app and server cards read "oxlint-disable-next-line import/no-unresolved")
    /^\W*(?:oxlint|tslint|jshint|jscs|stylelint|markdownlint|swiftlint|ktlint|detekt|phpcs|phpstan|psalm|mypy|pyright|isort|flake8|checkstyle|golangci-lint|staticcheck)\b[-:\s]*(?:disable|enable|ignore|off|on|skip|suppress)|^\W*(?:istanbul|c8|v8)\s+ignore\b|\btype:\s*ignore\b|^\W*fmt:\s*(?:off|on|skip)\b/u,
    // pointers elsewhere, visibility notes and generators' stamps ("See https://…", "This file is private to libuv",
    // "created by sphinx-quickstart")
    /^\s*see <?https?:|\bis private to\b|-quickstart\b/u,
    // RDoc's call signatures ("call-seq: parser.new -> parser", puma's ext card)
    /^\s*call-seq:/u,
    // a template's placeholders ("{{desc}} $ rebar3 compile.", rebar3's scaffold README)
    /\{\{\s*[\w.]+\s*\}\}/u,
    // the comment Rails writes into every generated Rakefile (devise's test app: "Add your own tasks in files placed in lib/tasks …")
    /\badd your own tasks in files placed in\b/u,
    // credits ("Thanks to @slime73 on GitHub", SDL2), and a file's authoring stamp ("Created by GitHub Copilot (GPT-5.2 (Preview)).",
    // Transmission's tests card; Xcode's "Created by Jane Doe on 3/4/14.")
    /^\s*(?:thanks to|thanks go to|credits? (?:to|go))\b|^\W*(?:created|written|generated|authored) (?:by|with|using) [^.]{0,60}(?:\bon \d[\d./-]*|\bcopilot\b|\bchatgpt\b|\bclaude\b|\bgpt-?\d[^.]*|\bai\b)/u,
    // section labels of Node.js sources (`/*! Module dependencies. */`, "Module exports.": mongoose's and express's
    // cards read them as their description)
    /^\W*module (?:dependencies|exports?|variables|imports)\W*$/u,
    // …and of the imports under them ("Standard libraries.", puma's lib/puma.rb), an rc.d script's keywords ("PROVIDE:
    // puma", puma's docs card), Sphinx's conf.py ("Configuration file for the Sphinx documentation builder.", black's docs)
    /^\W*(?:(?:standard|external|third[- ]party|local|internal|core|builtin|built-in|stdlib|system|project)\s+)?(?:libraries|libs|imports|requires|dependencies|includes|headers)\W*$|^\s*(?:provide|require|keyword|before|after)\s*:|configuration file for the sphinx\b/u,
  ]
    .map((pattern) => pattern.source)
    .join('|'),
  'iu',
);

/**
 * An author's name with an address ("Erica Sadun, http://…", react-native-svg). By case: under the `i` flag of the
 * rest, `\p{Lu}` took any words before a link for a name ("Keeps the redirect loop of https://…").
 */
const AUTHOR_WITH_ADDRESS = /^\s*\p{Lu}[\p{L}'-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{L}'-]+)+,?\s+(?:<?https?:\/\/|<?[\w.+-]+@[\w-]+\.)/u;

/**
 * Whether a doc comment can open a summary: it starts like a sentence (three words or more, or as many
 * as asked) and is no tag, import, licence or generator notice (`@import { Derived } from '#client'`,
 * "generated with scripts/gen-unicode-data.py") or note to developers.
 */
export const readsAsProse = (doc: string, minWords = 3): boolean => {
  // (the words of links do not count: axios's test card had opened with a doc of bare issue URLs)
  const sentence = firstSentence(doc);
  // (one word of code or a path is no sentence: "curlx_base64_decode().", "benchmarks/local/long_tail_hey-0-2-4-8.sh.")
  // (Chinese and Japanese prose has no spaces)
  return (/\S\s+\S/u.test(sentence) || /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(sentence)) && !BOILERPLATE.test(sentence) && !AUTHOR_WITH_ADDRESS.test(sentence) && wordsBesideLinks(sentence) >= minWords && !LEAD_IN_TO_CODE.test(doc) && !COMMENTED_IMPORT.test(doc.trimStart().split('\n', 1)[0] ?? '');
};

/** An import statement commented out (calibre-web's `cw_login` package opened "# from .__about__ import __version__"). */
const COMMENTED_IMPORT = /^\s*(?:from\s+\.*[\w.]*\s+import\s+[\w*, ()]+|import\s+[\w.]+(?:\s+as\s+\w+)?;?|#\s*include\s*[<"][^>"]+[>"])\s*$/u;

/**
 * A few words leading into a code block ("Run with\n\n```\ncargo run -p example-cors\n```", 38 of axum's 55 examples)
 * are an instruction, not what the module is: no title either.
 */
// (a fence of tildes is three and its info string: a title's underline, `requests.sessions` over `~~~~~~~~~`, is none)
const LEAD_IN_TO_CODE = /^\s*(?:\S+[ \t]+){0,3}\S+[ \t]*:?[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:```|~~~(?!~)[\w+-]*[ \t]*(?:\n|$))/u;

/** Words of two letters or more in a text, its links' addresses aside (`https://zod.dev` is no words). */
const wordsBesideLinks = (text: string): number => (text.replace(/\b[a-z][\w+.-]*:\/\/\S+/giu, ' ').match(/\p{L}{2,}/gu) ?? []).length;

/** A full stop that ends no sentence: an initial ("by D. Bernstein") or a Latin or title abbreviation. */
const ABBREVIATION = /(?:^|[\s(])(?:\p{Lu}|e\.g|i\.e|vs|cf|Mr|Mrs|Ms|Dr|St|approx|incl|resp)\.$/u;

/** A line opening with a JSDoc, Javadoc or Doxygen block tag (not any `@word`: "Thanks to\n@octocat", "the\n@media rule"). */
const BLOCK_TAG_LINE =
  /\n\s*@(?:param|arg|argument|returns?|throws|exception|name|deprecated|example|see|since|author|version|type|typedef|property|prop|memberof|private|public|protected|internal|override|todo|module|class|constructor|function|func|method|namespace|callback|template|extends|augments|implements|default|license|file|fileoverview|brief|note|remarks|inheritdoc)\b/u;

const ATX_HEADING = /^[ \t]{0,3}#{1,6}[ \t]+\S.*$/gmu;

/**
 * A doc that opens with tags (date-fns's "@name addDays\n@category Day Helpers\n@summary Add the specified number of days
 * to the given date.") says what it is in its `@summary` or `@description`: that text, to the next tag.
 */
const TAGGED_SUMMARY = /(?:^|\n)[ \t]*@(?:summary|description)\b[ \t]*\n?([^]*?)(?=\n[ \t]*@\w|$)/u;
const taggedText = (text: string): string => {
  if (!/^\s*@\w/u.test(text)) return text;
  const tagged = TAGGED_SUMMARY.exec(text)?.[1]?.trim();
  return tagged !== undefined && tagged !== '' ? tagged : text;
};

export function firstSentence(doc: string): string {
  const text = taggedText(doc);
  // a decorative rule of asterisks, dashes or equals signs before the text (SDL's "* * * * … A default cursor.");
  // the description ends where a block tag's line begins (ESLint's "… verifying JavaScript text\n@name Linter")
  const tag = text.search(BLOCK_TAG_LINE);
  // A blank line ends the sentence: a title line over its text ("Item Loader\n\nSee documentation in …", scrapy's
  // docstrings) had read "Item Loader See documentation in …".
  const all = (tag >= 0 ? text.slice(0, tag) : text).split(/\n[ \t]*\n/u);
  // A Markdown heading over the text is its title, no sentence (hyper's `//! # hyper C API` over "This part of the
  // documentation describes the C API for hyper."; its card had no description): the text says it, a title alone will do.
  const bodies = all.map((p) => p.replace(ATX_HEADING, '')).filter((p) => p.trim() !== '');
  const paragraphs = bodies.length > 0 ? bodies : all.map((p) => p.replace(/^[ \t]{0,3}#{1,6}[ \t]+/gmu, ''));
  // (a paragraph of one word is a title repeated, or a label, and one of a link alone a pointer: the next one says more)
  // (a title over its underline is a heading, no sentence: Flask's json/tag.py docstring "Tagged JSON\n~~~~~~~~~~~" had
  // opened its card as "Tagged JSON ~~~~~~~~~~~.")
  const raw = paragraphs.map((p) => withoutRdocMarkup(withoutHeadings(p))).filter((p) => p.trim() !== '');
  // (a blockquote's marker goes: a crate doc's tagline is often quoted, clap's "//! > **Command Line Argument Parser**")
  const texts = raw.map((p) => p.replace(/\s+/g, ' ').trim().replace(/^(?:[*=~#+_-]\s*){3,}/u, '').replace(/^(?:>\s*)+/u, '').trim());
  const best = texts.findIndex((p) => p !== '' && wordsBesideLinks(p) >= 2);
  const at = best >= 0 ? best : texts.findIndex((p) => p !== '');
  const found = texts[at];
  if (!found) return '';
  const clean = withListItems(found, raw[at + 1]);
  for (const match of clean.matchAll(/[.!?](?=\s|$)/gu)) {
    const end = match.index + 1;
    if (end < 13) continue;
    if (end > 241) break;
    // A stop after a space ends no sentence: code in prose ("when using 'from . import compilers'", meson's card).
    if (match[0] === '.' && /\s/u.test(clean[match.index - 1] ?? '')) continue;
    if (match[0] === '.' && ABBREVIATION.test(clean.slice(Math.max(0, end - 8), end))) continue;
    return clean.slice(0, end).trim();
  }
  if (clean.length <= 200) return clean.trim();
  // cut between words, and say so (fastify's four-oh-four card had ended "… has already been set kFourOhFo.")
  const cut = clean.slice(0, 201);
  const space = cut.lastIndexOf(' ');
  return `${(space > 120 ? cut.slice(0, space) : cut.slice(0, 200)).trim().replace(/[\s,;:(–-]+$/u, '')}…`;
}

/** A list item's marker: a bullet or a number. */
const LIST_MARKER = String.raw`(?:[-*+•]|\d{1,2}[.)])`;
/** Text that opens with a list item, or with a line that leads into one. */
const LIST_FIRST = new RegExp(String.raw`^\s*(?:${LIST_MARKER}\s|[^\n]*:[ \t]*\n\s*${LIST_MARKER}\s)`, 'u');
const ITEM_START = new RegExp(String.raw`^\s*${LIST_MARKER}\s+`, 'u');

/**
 * A README's title, where it comes before any other text and says something (three words or more, no project name
 * alone): `# Zstandard library : usage examples`, or a line over its underline.
 */
const readmeTitle = (readme: string): string | undefined => {
  const lines = readme.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || /^\s*(?:<|\[!\[|!\[)/u.test(line)) continue;
    const atx = /^\s*#{1,6}\s+(.+?)\s*#*\s*$/u.exec(line)?.[1];
    const text = atx ?? (isUnderlinedTitle(lines, i) ? line.trim() : undefined);
    if (text === undefined) return undefined;
    const plain = readableInlineTags(text).replace(/[`*_]/gu, '').trim();
    return (plain.match(/\p{L}{2,}/gu)?.length ?? 0) >= 3 && !NON_DESCRIPTIVE_SECTION.test(plain) ? plain : undefined;
  }
  return undefined;
};

/**
 * RDoc's headings (`= Sinatra::QuietLogger`, `== Usage`) and labelled lists (`Prevented attack:: CSRF`, a field list
 * whose lines say what, not what for): sinatra's contrib cards had read the heading, its protections' the label list.
 */
const RDOC_HEADING = /^\s*=+[ \t]+\S/u;
const RDOC_LABEL = /^\s*[\p{L}][\p{L}\d ._/-]*::[ \t]+\S/u;
const withoutRdocMarkup = (paragraph: string): string => {
  if (!paragraph.includes('=') && !paragraph.includes('::')) return paragraph;
  const lines = paragraph.split('\n').filter((line) => line.trim() !== '');
  if (RDOC_LABEL.test(lines[0] ?? '')) return '';
  return lines.filter((line) => !RDOC_HEADING.test(line)).join('\n');
};

/** A paragraph less its underlined headings (reStructuredText, Markdown's setext) and bare rules. */
const withoutHeadings = (paragraph: string): string => {
  if (!/[=\-~^"'`#*+]{3}/u.test(paragraph)) return paragraph;
  const lines = paragraph.split('\n');
  return lines.filter((line, i) => !UNDERLINE.test(line) && !isUnderlinedTitle(lines, i)).join('\n');
};

/** A paragraph that leads into what follows: a colon, or an unfinished "such as", "including", "the following". */
const LEAD_IN = /(?::|\b(?:such as|including|like|the following|as follows|e\.g\.?|for example))$/iu;
/** Items this short, none a sentence, name parts, not points: all of them are read (fmt's support/README "such as" CMake modules, build scripts). */
const SHORT_ITEM_WORDS = 6;
const MAX_SHORT_ITEMS = 8;

/**
 * A lead-in to a list says nothing alone ("These are in a separate module for two reasons:", Retrofit's java-test
 * README; "This directory contains build support files such as", fmt's support/): it reads on into the list, every
 * item when all are a few words, else its first item to that item's end.
 */
const withListItems = (paragraph: string, next: string | undefined): string => {
  if (!LEAD_IN.test(paragraph) || next === undefined) return paragraph;
  // (the item's own lines, up to the next item: a dash inside it, "Parse - read the file", is no new item)
  const lines = next.trim().split('\n');
  if (!ITEM_START.test(lines[0] ?? '')) return paragraph;
  const items: string[] = [];
  for (const line of lines) {
    if (ITEM_START.test(line)) items.push(line.replace(ITEM_START, ''));
    else if (items.length > 0) items[items.length - 1] += ` ${line}`;
  }
  const texts = items.map((item) => item.replace(/\s+/gu, ' ').trim()).filter((item) => item !== '');
  if (texts.length === 0) return paragraph;
  // (an item that ends with a full stop is a sentence, a point of its own)
  const short = texts.length <= MAX_SHORT_ITEMS && texts.every((t) => t.split(' ').length <= SHORT_ITEM_WORDS && !/[.!?]$/u.test(t));
  return `${paragraph} ${short ? texts.map((t) => t.replace(/[;,]$/u, '')).join(', ') : texts[0]}`;
};

const UNDERLINE = /^\s*([=\-~^"'`#*+])\1{2,}\s*$/u;
/**
 * Whether line `i` is a title over its underline (reStructuredText, Markdown's setext). A code fence is no title, though
 * the block's first line is a rule: a Mermaid diagram's front matter (a `mermaid` fence over `---` and `config:`,
 * Now in Android's every module README) had opened its fence as a heading, and the diagram became the card.
 */
const isUnderlinedTitle = (lines: readonly string[], i: number): boolean =>
  UNDERLINE.test(lines[i + 1] ?? '') && /\p{L}/u.test(lines[i] ?? '') && !/^\s*(?:```|~~~)/u.test(lines[i] ?? '');
// A section on the project's news says nothing of what it is (RxJS's README opens with "The Roadmap from RxJS 7 to 8":
// "Curious what's next for RxJS?").
/**
 * A plain-text README's heading: a line of one to six words in capitals at the left margin, no sentence (Transmission's
 * qt/README.txt: "VOLUNTEERS WANTED", then "ABOUT TRANSMISSION-QT" over what the client is).
 */
const SHOUTED_HEADING = /^(?=[^\p{Ll}\n]*\p{Lu}{2})[\p{Lu}\p{N}][\p{Lu}\p{N}+&/'-]*(?:[ \t]+[\p{Lu}\p{N}+&/'-]+){0,5}[ \t]*:?[ \t]*$/u;

const NON_DESCRIPTIVE_SECTION = /^((?:volunteers?|help|contributors?|maintainers?|translators?) wanted|donations?|sponsors?|sponsorship|backers?|funding|(for )?enterprise|commercial support|support(ing)?( the project)?|contents|table of contents|licen[cs]e|contributing|badges|status|(the )?roadmap\b.*|news|announcements?|announcing\b.*|what'?s new\b.*|release notes|changelog|changes|related (projects|crates|packages|libraries)|see also|alternatives)$/iu;

/** A heading's words: no markers, links as their text, no leading emoji (gin's "## 📰 [Announcing Gin 1.12.0!](…)"). */
const headingText = (line: string): string =>
  line.replace(/^\s*#+\s*/u, '').replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1').replace(/^[^\p{L}\p{N}]+/u, '').replace(/\s*#*\s*$/u, '').trim();

/** A quote that opens as a notice: GitHub's alerts (`[!NOTE]`), a bold or plain "Note"/"Warning" label. */
const ADMONITION = /^(?:\[!\w+\]|\*\*\s*(?:note|warning|important|tip|caution|attention|notice|info|update|deprecat\w*)\s*:?\s*\*\*|(?:note|warning|important|notice|update)\s*:)/iu;

/**
 * A row of links and nothing else (`[Documentation](…) | [Chat](…) | [Twitter](…)`, neovim's README; fd's
 * translations `[[中文](…)]`; reference links, LocalSend's `[Homepage][homepage] • [Discord][discord]`, whose root card
 * had read "Homepage • Discord • GitHub • Codeberg").
 */
const isLinkRow = (line: string): boolean =>
  /\]\(|\]\[/u.test(line) && line.replace(/\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])/gu, '').replace(/[\s|·•,/()[\]-]/gu, '') === '';

/** A language's name as a README's language switcher writes it (in English or in that language). */
const LANGUAGE_NAME = /^(?:english|español|espanol|spanish|português(?: \(brasil\))?|portugues|portuguese|deutsch|german|français|francais|french|italiano|italian|русский|russian|українська|ukrainian|polski|polish|türkçe|turkish|nederlands|dutch|tiếng việt|vietnamese|bahasa indonesia|indonesian|日本語|japanese|한국어|korean|中文|汉语|漢語|简体|繁體|简体中文|繁體中文|繁体中文|正體中文|chinese|svenska|swedish|norsk|dansk|suomi|čeština|magyar|română|ελληνικά|עברית|català|simplified chinese|traditional chinese|العربية|arabic|فارسی|persian|हिन्दी|hindi|ไทย|thai)$/iu;

/**
 * A README's language switcher: "Language: English | [简体中文](README-ZH.md)", "English · [日本語](…)" (dio's root
 * card had read "Language: English | 简体中文"), also one name a line with its separator (Lemmy's HTML switcher, a
 * link a line: "English |", "Español |" had opened its card).
 */
const isLanguageSwitcher = (line: string): boolean => {
  const names = line
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/^[\s>*_🌐🌍🌎🌏]*(?:languages?|lang|translations?|read (?:this|it) in(?: other languages)?|other languages)\s*:\s*/iu, '')
    .split(/[|·•,/]/u)
    .map((part) => part.replace(/[*_[\]()🌐🌍🌎🌏]/gu, '').trim())
    .filter((part) => part !== '');
  return (names.length >= 2 || (names.length === 1 && /^\s*[|·•]|[|·•]\s*$/u.test(line))) && names.every((name) => LANGUAGE_NAME.test(name));
};

/** A heading that defines the project: a name of one to three words, then "is a", "is an", "are" …, eight words at least. */
const DEFINING_HEADING = /^(?:\S+\s){1,3}(?:is|are)\s+(?:a|an|the)\s(?:\S+\s+){3,}\S+$/iu;

/** An item of a navigation row: up to four words (symbols such as ▶️ or & among them), no sentence's end. */
const ITEM = String.raw`[^\s•|·.!?][^•|·.!?\n]{0,40}?`;
/** One item and the separator of a navigation row before or after it (`Website •`, `▶️ Quickstart |`, `| Docs`). */
const NAV_ITEM = new RegExp(String.raw`^\s*(?:${ITEM}\s*[•|·]|[•|·]\s*${ITEM})\s*$`, 'u');
/** The last item of such a row: up to four words, no sentence. */
const SHORT_ITEM = new RegExp(String.raw`^\s*${ITEM}\s*$`, 'u');
const fewWords = (line: string): boolean => (line.match(/\S+/gu) ?? []).filter((w) => !/^[•|·]$/u.test(w)).length <= 4;

/** A Markdown link reference definition: `[label]: url` or `[label]: <url> "title"`. */
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S/u;

/** Lines with letters in under a third of their visible characters: ASCII-art logos, rules, tables. */
const isDrawing = (line: string): boolean => {
  const visible = line.replace(/\s/gu, '');
  return visible.length > 0 && (visible.match(/\p{L}/gu) ?? []).length < visible.length / 3;
};

/**
 * A README less its licence and copyright paragraphs (GNUstep's `Tools/make_strings/README` opens, under its
 * title, with "Copyright (C) 2005, Free Software Foundation, Inc.", which became the module's summary).
 */
const withoutBoilerplate = (readme: string): string =>
  fromDescription(readme)
    .split(/\n\s*\n/u)
    .map(withoutLicenceSentences)
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');

/**
 * A paragraph, judged by its text, not its links' addresses (zod's badge row, `https://opensource.org/licenses/MIT`
 * among them, shared a paragraph of HTML with its tagline, and both went as a licence): a licence or copyright goes;
 * where the paragraph opens with something else, only its sentences of licence go (jackson-databind's README opens
 * "This project contains the general-purpose data-binding functionality …", and ends "Project is licensed under …").
 */
const withoutLicenceSentences = (paragraph: string): string => {
  const boilerplate = (text: string): boolean => isBoilerplateComment(text.replace(/<[^<>]*>/gu, ' ').replace(/\]\([^)\s]*\)/gu, ']').replace(/\bhttps?:\/\/\S+/giu, ' '));
  if (!boilerplate(paragraph)) return paragraph;
  const sentences = paragraph.split(/(?<=[.!?])\s+(?=[\p{Lu}[])/u);
  if (sentences.length < 2 || boilerplate(sentences[0] ?? '')) return '';
  return sentences.filter((sentence) => !boilerplate(sentence)).join(' ');
};

/**
 * A page's YAML front matter is the site generator's, not text: its `description` (or a home page's `tagline`) says
 * what the page is about, the rest goes (starship's docs card had read `metaTitle: "Starship: Cross-Shell Prompt"`).
 */
const withoutFrontMatter = (readme: string): string => {
  // (a key on its first line: a README may open with a rule, `---`, over its text)
  const m = /^\uFEFF?---[ \t]*\r?\n(?=[\w-]+[ \t]*:)([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u.exec(readme);
  if (m === null) return readme;
  const value = (key: string): string | undefined => {
    const v = new RegExp(`^[ \\t]*${key}:[ \\t]*(.+?)[ \\t]*$`, 'mu').exec(m[1] ?? '')?.[1];
    const text = v?.replace(/^(['"])(.*)\1$/u, '$2').trim();
    return text && /\p{L}{2,}/u.test(text) && !/^[|>]-?$/u.test(text) ? text : undefined;
  };
  const about = value('description') ?? value('tagline');
  const rest = readme.slice(m[0].length);
  return about === undefined ? rest : `${about}\n\n${rest}`;
};

/** A generator's README ("A new Flutter project." and its "Getting Started" links: riverpod's devtool) says nothing. */
const templateless = (text: string): string => (isScaffoldDescription(firstSentence(text)) ? '' : text);

/** Words of a paragraph above a Description section that make it the opening description (a tagline has fewer). */
const OPENING_PROSE_WORDS = 12;

const DESCRIPTION_HEADING = /^\s*(?:#{1,6}\s*)?(?:description|overview|about|intro|introduction|summary)\s*:?\s*$/iu;

/** A README with a Description (Overview, About …) section read from it: what comes before is a title, notices, badges. */
const fromDescription = (readme: string): string => {
  const lines = readme.split('\n');
  const at = lines.findIndex((line, i) => DESCRIPTION_HEADING.test(line) && (line.trimStart().startsWith('#') || UNDERLINE.test(lines[i + 1] ?? '')));
  if (at < 0) return readme;
  // Prose above it already says what the project is (lwt's "Lwt is a concurrent programming library for OCaml." over
  // its badges; its card had read the Overview section's "Lwt compiles to native code on Linux, macOS, Windows …").
  if (stripMarkup(lines.slice(0, at).join('\n')).split(/\n\s*\n/u).map(withoutLicenceSentences).some((paragraph) => wordsBesideLinks(paragraph) >= OPENING_PROSE_WORDS && /[.!?]/u.test(paragraph))) return readme;
  // An About heading over nothing but sub-sections (clap_complete's "## About", then "### Related Projects") is no description.
  const body = lines.slice(at + (UNDERLINE.test(lines[at + 1] ?? '') ? 2 : 1));
  const end = body.findIndex((line, i) => /^\s*#{1,6}\s/u.test(line) || isUnderlinedTitle(body, i));
  return body.slice(0, end < 0 ? undefined : end).some((line) => /\p{L}/u.test(line)) ? lines.slice(at).join('\n') : readme;
};

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", rarr: '→', larr: '←', harr: '↔', mdash: '—', ndash: '–',
  hellip: '…', middot: '·', bull: '•', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', times: '×',
};
const htmlEntity = (name: string): string => {
  const lower = name.toLowerCase();
  if (!lower.startsWith('#')) return ownValue(NAMED_ENTITIES, lower) ?? '';
  const code = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number.parseInt(lower.slice(1), 10);
  return code === 160 ? ' ' : code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
};

/**
 * Drops the paragraph just kept when it does not end a sentence: it leads into the code block that follows. Its whole
 * sentences before the lead-in stay (Polly's snippets: "Various code-snippets used in the Polly documentation. Run the
 * following command … to update the snippets in the docs:" had gone whole, and a later line described the folder).
 */
const dropLeadIn = (kept: string[]): void => {
  let last = kept.length - 1;
  while (last >= 0 && (kept[last] ?? '').trim() === '') last--;
  if (last < 0 || /[.!?]["')]?\s*$/u.test(kept[last] ?? '')) return;
  const end = last;
  while (last >= 0 && (kept[last] ?? '').trim() !== '') last--;
  const paragraph = kept.slice(last + 1, end + 1).join(' ');
  // the last full stop before a capital that ends no abbreviation ("e.g. from the registry like so:" is one sentence)
  let cut = -1;
  for (const m of paragraph.matchAll(/[.!?]["')]?(?=\s+\p{Lu})/gu)) {
    if (!/\b(?:e\.g|i\.e|etc|vs|cf|approx|incl|viz|Mr|Dr|St|no)\.$/iu.test(paragraph.slice(0, (m.index ?? 0) + 1))) cut = (m.index ?? 0) + m[0].length;
  }
  kept.length = last + 1;
  if (cut > 0) kept.push(paragraph.slice(0, cut));
};

/**
 * README text without its markup: Markdown headings, images, HTML, fences and tables, reStructuredText
 * directives (`.. image::`), field lists (`:Version: 5.2.6`) and substitutions (`|build-status|`), and
 * drawings (celery's README opened ".. image:: http://… :Version: 5.2.6"; mapnik's with its ASCII-art logo).
 */
function stripMarkup(text: string): string {
  // HTML tags, also those spread over lines (`<img\n  src="…"\n  alt="…" />`, expo's README): their
  // attributes' lines were read as prose.
  const lines = text
    // An HTML comment is no text, however many lines it spans (ArchiveBox's commented-out install command)
    .replace(/<!--[^]*?-->/gu, (comment) => comment.replace(/[^\n]/gu, ''))
    // An HTML heading is a title, like a Markdown one (black's `<h2 align="center">The Uncompromising Code Formatter</h2>`
    // had run into the next sentence: "The Uncompromising Code Formatter Black is …").
    // One that says what the project is, a sentence of its own ("Grocy is a web-based self-hosted groceries & household
    // management solution for your home", grocy's `<h3>`), is read as one.
    .replace(/<h([1-6])\b[^<>]*>[^]*?<\/h\1\s*>/giu, (heading) => {
      const text = heading.replace(/<[^<>]*>/gu, ' ').replace(/\s+/gu, ' ').trim();
      return DEFINING_HEADING.test(text) ? `${heading.replace(/[^\n]/gu, '')}${text}${/[.!?]$/u.test(text) ? '' : '.'}\n` : heading.replace(/[^\n]/gu, '');
    })
    // A figure's caption says what the picture shows (tRPC's root read "The client above is not importing any code …").
    .replace(/<figcaption\b[^<>]*>[^]*?<\/figcaption\s*>/giu, (caption) => caption.replace(/[^\n]/gu, ''))
    .replace(/<[A-Za-z!/][^<>]*>/gu, (tag) => tag.replace(/[^\n]/gu, ''))
    // Badges and images, also those whose alt text wraps a line (Fastify's `[![Package Manager\nCI](…)](…)`,
    // whose second line had opened the card as "CI](https://…badge.svg…)").
    // A link's target may carry a title (`(https://… "Average time to resolve an issue")`: nlohmann/json's root card read
    // `](https://isitmaintained.com/… "Average time to resolve an issue")`).
    .replace(/\[?!\[[^\]]{0,200}\]\([^)\s]*(?:\s+"[^"\n]*")?\)(?:\]\([^)\s]*(?:\s+"[^"\n]*")?\))?/gu, (image) => image.replace(/[^\n]/gu, ''))
    // HTML's entities as their characters (zod's nav bar read "Documentation &nbsp;&nbsp;•&nbsp;&nbsp; Discord"); `&lt;`,
    // `&gt;` and `&amp;` only at the end, in one pass, or "&lt;Button&gt; renders …" would read as markup and go
    .replace(/&(nbsp|quot|apos|rarr|larr|harr|mdash|ndash|hellip|middot|bull|laquo|raquo|copy|reg|trade|times|#\d{1,6}|#x[\da-f]{1,6});/giu, (_, name: string) => htmlEntity(name))
    .split('\n');
  const kept: string[] = [];
  let field = false;
  let fenced = false;
  let skippedSection = false;
  let notice = false;
  // (reStructuredText's explicit markup, `.. list-table::`, `.. |badge| image::`, `.. comment`, goes on over the lines
  // indented below it: sanic's badge table had opened its card as "- Build - Tests| - Docs - UserGuideDocumentation|")
  let markupIndent = -1;
  let navRow = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (markupIndent >= 0) {
      if (line.trim() === '' || (/^\s*/u.exec(line)?.[0].length ?? 0) > markupIndent) continue;
      markupIndent = -1;
    }
    const explicit = /^(\s*)\.\.(?:\s|$)/u.exec(line);
    if (explicit) {
      markupIndent = explicit[1]?.length ?? 0;
      continue;
    }
    // A heading underlined (reStructuredText, Markdown's setext): the title is no sentence; sections that
    // never describe the project (celery's README opens with "Donations") are skipped to the next heading.
    const underlined = isUnderlinedTitle(lines, i);
    const atx = /^\s*#{1,6}\s/u.exec(line) !== null;
    if (underlined || atx || SHOUTED_HEADING.test(line)) {
      skippedSection = NON_DESCRIPTIVE_SECTION.test(headingText(line).toLowerCase());
      continue;
    }
    // A field list's value may go on over indented lines (`:Keywords: task, queue,\n    python, …`).
    if (field && /^\s+\S/u.test(line)) continue;
    field = /^\s*:[\w -]+:(\s|$)/u.test(line);
    // A fenced block is code, and the words that lead into it ("Build application with", "To install:") no
    // sentence: kotlinx-coroutines' example read "Build application with The resulting application can be found…".
    if (/^\s*(?:```|~~~)/u.test(line)) {
      fenced = !fenced;
      if (fenced) dropLeadIn(kept);
      continue;
    }
    if (fenced) continue;
    // A blockquote that opens with a quotation mark is an epigraph (Leiningen's README: '> "Leiningen!" he shouted.');
    // another is the project's own words ("> Fast, unopinionated, minimalist web framework"), read without its marker.
    if (/^\s*>/u.test(line)) {
      const quoted = line.replace(/^\s*(?:>\s*)+/u, '');
      // A notice in a quote ("> **Note** This is the documentation for Monolog 3.x", GitHub's `> [!WARNING]`) is
      // about the README, not the project: the whole quote goes, as does a quote in a skipped section.
      // A quote under its own heading is a callout box (viper's "> ## Viper v2 feedback" survey), as is one that
      // follows such a heading.
      notice ||= ADMONITION.test(quoted) || /^#{1,6}\s/u.test(quoted);
      if (notice || skippedSection || /^["“'‘«]/u.test(quoted)) continue;
      kept.push(quoted);
      continue;
    }
    notice = false;
    // A rule ends a skipped section as a heading would (gin's announcement, then "---", then what Gin is).
    if (UNDERLINE.test(line) && !/\p{L}/u.test(lines[i - 1] ?? '')) skippedSection = false;
    // (and a link's definition, `[npm-badge]: https://img.shields.io/…`: react-router's card had read its badges' addresses)
    // A navigation row written an item a line ("Website •", "Docs •", … "Discord": Tandoor's README), its last item too.
    const navItem: boolean = fewWords(line) && (NAV_ITEM.test(line) || (navRow && SHORT_ITEM.test(line)));
    navRow = navItem;
    if (navItem) continue;
    if (field || skippedSection || /^\s*(#|!\[|\[!\[|<|\||-{3,}|={3,}|\.\.\s)/u.test(line) || LINK_DEFINITION.test(line) || isDrawing(line) || isLinkRow(line) || isLanguageSwitcher(line)) continue;
    kept.push(line);
  }
  // Lines, not one run of words: a blank line ends the opening sentence (mockwebserver's tagline over its text).
  return kept
    .join('\n')
    .replace(/&(lt|gt|amp);/giu, (_, name: string) => htmlEntity(name))
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\|[\w -]+\|_?/g, '')
    .replace(/`([^`<]*?)\s*<[^>]*>`_+/g, '$1')
    .replace(/[*`]/g, '')
    // Emphasis underscores, not those inside identifiers (`make_strings`).
    .replace(/(^|[^\p{L}\p{N}_])_+|_+(?=[^\p{L}\p{N}_]|$)/gu, '$1');
}
