import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { forEachRawToken } from '../util/rawTokens.ts';
import { inDocumentationCatalog } from './isSupportFile.ts';
import { isStringCatalogue } from './isStringCatalogue.ts';
import { isTestFile } from './isTestFile.ts';
import { STYLESHEET } from './stylesheetWords.ts';

/**
 * A file's term bag: every distinct raw token of its text (identifiers, words of comments and
 * strings) with its count. Written at parse time for each code file, read when the lexical index is
 * built: the module's `code` field. Requests name what the code does in words its body uses (an
 * error message, a local helper, a flag), far more often than in its declared names or doc comments:
 * on ../shared/corpus this field raised `lexical` primary Acc@1 from 49.1 to 58.4 (bench/corpusEval).
 */
export type TermBag = ReadonlyArray<readonly [token: string, count: number]>;

/** Distinct tokens kept per file, most frequent first: a generated table must not make a huge bag. */
export const MAX_BAG_TOKENS = 4000;

/**
 * Code that no extractor parses: shaders, single-file components, scripts, schemas, Vim script (neovim's
 * runtime: 1,603 `.vim` files, `clipboard.vim` the only place that says `wl-copy`), Fortran, Lisps. Prose (Markdown,
 * text), configuration, generic templates, build files and test data get no bag (a web framework's views do:
 * VIEW_TEMPLATE): in a catch-all module (a
 * repository root holding docs/, CI scripts and fixtures) they describe every other module. ProGuard and R8 rules
 * (`.pro`, a library's `META-INF/proguard/gson.pro`) are read: "ship keep rules for R8" had found gson's and moshi's rules
 * by their path alone. On llama.cpp's 20 QA requests (tree with docs/ and 400 root files) bags of every text file gave 5 at
 * rank 1, bags of code only 8; the corpus and the dev bench did not move (their modules hold code). CMake modules
 * (`*.cmake`) neither: with bags, pybind11's `tools/` (its CMake helpers and their tests) won four of its requests about
 * the embedded interpreter and the extension suffix (Catch2's `extras/Catch.cmake` would have gained one). A Prisma schema
 * (`schema.prisma`: models, fields, `@@index`) is read as the data model it is (linkwarden's `packages/prisma` had no words).
 * A shell's or a query language's own library is code too: Nushell's `.nu` (nu-std's `export def` commands) and jq's `.jq`
 * (its `builtin.jq` of jq-defined builtins had no words). So is Qt's QML, a Qt app's screens and their logic (KDE Connect's
 * plasmoid and its plugins' settings pages: 48 files with no words).
 */
const CODE_WITHOUT_EXTRACTOR = /\.(glsl|vert|frag|comp|geom|tesc|tese|wgsl|hlsl|cl|svelte|vue|astro|sh|bash|zsh|fish|ps1|bat|cmd|lua|rb|php|pl|pm|r|scala|dart|zig|nim|ex|exs|erl|xrl|yrl|app\.src|app\.src\.script|hs|ml|mli|mll|mly|clj|cljs|cljc|elm|fs|fsx|jl|groovy|sql|proto|graphql|gql|thrift|prisma|sol|sv|vhd|vhdl|vim|el|tcl|f|for|f90|f95|f03|f08|adb|ads|v|rkt|scm|lisp|peg|pegjs|jison|g4|y|yy|lex|idl|webidl|fbs|capnp|cr|coffee|purs|res|resi|gleam|hx|vb|pas|fnl|moon|raku|rakumod|pm6|vala|odin|gd|cob|cbl|pro|nu|jq|qml)$/iu;

/**
 * Tests and fixtures: they exercise every module in its own words, so in a test module their bags made
 * it the answer to requests about the code under test ("add a Kotlin extractor…" → `test`, on this
 * repository's self-check). Their paths and declared names still count. So a file's text goes into the
 * bag when an extractor parses it or it is code that none does, and it is no test (isTestFile.ts).
 */
export const wantsTermBag = (path: string, hasExtractor: boolean, text = ''): boolean =>
  (hasExtractor || (CODE_WITHOUT_EXTRACTOR.test(path) && !SYNTAX_DEFINITION.test(path)) || VIEW_TEMPLATE.test(path) || STYLESHEET.test(path) || isScript(text)) &&
  !isTestFile(path) &&
  !inDocumentationCatalog(path) &&
  !isStringCatalogue(path, text) &&
  !(COMPLETION.test(path) && !PROGRAM_SOURCE.test(path));

/**
 * Folders of documentation: pages that restate every feature in prose (Jest's Docusaurus `website/`); index/testModules.ts
 * ranks modules of them as docs.
 * (`www`: tRPC's Docusaurus site, 294 pages and its components, was the first answer to 4 of 15 requests in a user's words)
 */
export const DOCS_FOLDERS: ReadonlySet<string> = new Set(['docs', 'doc', 'documentation', 'website', 'www', 'site', 'docsite', 'docs-site', 'guides', 'man', 'manpages']);
// Perl's `.pod` pages too (Mojolicious' Guides: the Cookbook, the FAQ), and manual pages: scdoc's `.scd`, ronn's `.ronn`,
// roff by its section (`alacritty.1`, `tmux.1`, `config.5`, `.mdoc`, `.man`): alacritty's `extra/man/*.scd` had no words, and
// a request about its configuration manual found nothing.
const PROSE = /\.(?:md|mdx|markdown|rst|txt|adoc|asciidoc|rdoc|pod|rd|scd|ronn|mdoc|man|[1-9])$/iu;
/** A page of prose by its extension (Markdown, reStructuredText, AsciiDoc, RDoc, plain text), wherever it lies. */
export const isProseFile = (path: string): boolean => PROSE.test(path);

/**
 * A page of a documentation folder (`docs/advanced/transports.md`, `docs/topics/leaks.rst`): prose that gets a term bag
 * of its own, read only for a module of documentation (buildLexicalIndex.ts). A request about the docs ("the
 * documentation page about environment variables doesn't mention SSL_CERT_DIR", "the shell-completion docs don't
 * explain fish") had found such a module by its file names alone. Anywhere else (a root module holding `docs/`) the
 * pages would describe every other module (see CODE_WITHOUT_EXTRACTOR), so their bags are not read there.
 */
export const isDocsPage = (path: string): boolean =>
  PROSE.test(path) && !isTestFile(path) && path.split('/').slice(0, -1).some((seg) => seg.toLowerCase().split(/[-_.]+/u).some((w) => DOCS_FOLDERS.has(w)));

/**
 * A web framework's views (Rails' `.erb`, `.haml`, `.slim`; Phoenix's `.eex`, `.heex`; Razor's `.cshtml`; Mojolicious'
 * `.html.ep` (its built-in error pages) and Template Toolkit's `.tt2` (not `.tt`: .NET's T4 code generators are named so,
 * Humanizer's `On.Days.tt` beside the `On.Days.cs` it writes); `.twig`,
 * `.hbs`, `.ejs`, `.pug`, `.liquid`, `.njk`): code and the text a user reads, "Didn't receive unlock instructions?"
 * in devise's `_links.html.erb`, which a request quotes. Generic templates (`.jinja`, `.mustache`, `.tmpl`) stay
 * without a bag: llama.cpp's hundred chat templates are data.
 */
const VIEW_TEMPLATE = /\.(?:erb|rhtml|haml|slim|eex|heex|leex|ecr|cshtml|razor|twig|hbs|handlebars|ejs|pug|jade|liquid|njk|ep|tt2)$/iu;

/**
 * Shell completions (`bash_completion.bash`, `zsh_completion.zsh`, `completions/_tool`, `shell-completion/fish/`,
 * Emacs's `pcmpl-lein.el`) list every command of a tool with its description: with term bags the folder that
 * holds them ranked second for 13 of Leiningen's 20 review requests. Their names still count.
 */
const COMPLETION = /(?:^|\/)[^/]*completions?\b[^/]*(?:\/|$)|(?:^|\/)pcmpl-[^/]+\.el$/iu;

/**
 * The code that writes completions is code: cobra's `bash_completions.go`, `zsh_completions.go`, `completions.go`
 * had no code words at all. Only scripts of a shell (or of Emacs) and files without an extension are the lists.
 */
const PROGRAM_SOURCE = /\.(?:go|rs|py|js|mjs|cjs|ts|mts|tsx|jsx|java|kt|scala|swift|c|cc|cpp|h|hpp|cs|rb|php|dart|ex|exs|lua|hs|ml|clj)$/iu;

/** A script named without an extension (awesome's `utils/awesome-client`, a `bin/` tool): its first line is a shebang. */
const isScript = (text: string): boolean => /^#!\s*\/\S+/u.test(text);

/**
 * An editor's syntax definitions are keyword lists of other languages (nginx's `contrib/vim/syntax/nginx.vim`
 * names every directive; neovim's `runtime/syntax/` holds 600 of them): in a bag they match any request.
 */
const SYNTAX_DEFINITION = /(^|\/)(syntax|ftplugin|indent)\/[^/]+\.vim$/u;

/**
 * Counts a text's raw tokens; undefined when it has none. Stored deflated: `token count` pairs,
 * space-separated. A plain Uint8Array, as a pool worker's result arrives: structured clone drops
 * Buffer's prototype.
 */
export const encodeTermBag = (text: string): Uint8Array | undefined => {
  const counts = new Map<string, number>();
  forEachRawToken(text, (token) => counts.set(token, (counts.get(token) ?? 0) + 1));
  if (counts.size === 0) return undefined;
  let entries = [...counts];
  if (entries.length > MAX_BAG_TOKENS) {
    entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    entries = entries.slice(0, MAX_BAG_TOKENS);
  }
  const parts: string[] = [];
  for (const [token, count] of entries) parts.push(token, String(count));
  // A copy, not a view: zlib's output may sit in a larger buffer, which a worker would clone whole.
  return new Uint8Array(deflateRawSync(Buffer.from(parts.join(' '), 'utf8')));
};

/** The bag of a stored blob; a damaged blob reads as empty (the file then only misses its code terms). */
export const decodeTermBag = (blob: Uint8Array): TermBag => {
  let text: string;
  try {
    text = inflateRawSync(blob).toString('utf8');
  } catch {
    return [];
  }
  const parts = text.split(' ');
  const out: [string, number][] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const count = Number(parts[i + 1]);
    if (parts[i] !== '' && Number.isInteger(count) && count > 0) out.push([parts[i] as string, count]);
  }
  return out;
};
