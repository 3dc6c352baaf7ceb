import type { ModuleId } from '../graph/types.ts';
import { COMMIT_ID_BYTES, type FieldIndex, type LexicalIndex, type PreparedCommit } from './LexicalIndex.ts';
import { GLOSS_FORMAT } from './chineseGlosses.ts';
import { fileIndexOptions, type LexicalOptions } from './lexicalDefaults.ts';
import { packedTermTable, termOrder, type Postings, type Rows, type TermTable } from './postings.ts';

/** Bump when the layout below changes; a cache with another version is rebuilt, never read. */
// v16: the tokenizer's CJK character pairs (terms changed, layout did not); v17: Chinese text also indexed as
// English glosses; v18: the share of modules with Chinese text; v19: the platforms each module is named after; v20–21: `src/**/specs/` no test folder, and back; v22: each module's language; v23: modules of public headers; v24: platform folder words (apple, unix, the other Unixes, backend APIs; the deepest segment decides); v25: no module is Java's where Kotlin or Scala outweigh Java; Kotlin Multiplatform's targets (jvm, native) and source sets, platform masks as 32-bit integers; v26: binary assets' names out of the path field and the file level; v27: Erlang among the languages a request names; v28: server and client sides as a platform axis; v29: Clojure among the languages; v30: a module with 20 exported declarations outside its tests is code however many fixtures it holds, and `test` inside a folder name (`jest-test-sequencer`) names no test suite; v31: a code module's own tests, fixtures and examples out of its path and symbols fields and the file level; v32: a header folder holds nine in ten of all its code files, not only of its C-family ones; v33: Cython counts as Python, OCaml among the languages; v34: a folder of TypeScript declarations beside JavaScript code is public headers, and headers are counted against code files less tests; v35: such a folder is a kind of its own (declarations), and a test word must be a whole word of a code module's id to name code; v36: `node_modules`, `__pycache__`, `site-packages` one term each; v37: documentation folders a kind of their own, a docs site's `docs_src/` examples, a module's share of tests counted over its source files; v38: a docs folder mostly of source files is code, snippets folders exporting 20 names are code; v39: `disable`, `todo`, `null` and `undefined` are no stopwords; v40: a file's language's reserved words out of its term bag; v41: C++ headers implemented file by file in another module are headers; v42: negated auxiliaries' stems (`shouldn`, `couldn`) are stopwords; v43: a named extension (`.bash`, `.zsh`, `.vim`, `.sql` …) is a path term; v44: "like" is a stopword; v45: Cargo's `benches/` are a module's support files; v46: so are TypeScript declarations beside JavaScript code; v47: discourse words (though, even, however, still, instead …) are stopwords; v48: an Elixir or Ruby file in `lib/` is code, not a test; v49: headers that read as C in a repository with no C source are C++; v50: the test words naming the code (a testing tool's own), stored; v51: letters with their digits a part of a compound (`coverage-v8` → v8); v52: only where the digits end the chunk or meet a capital, an acronym joined back (`IPv6` → ipv6), and a test's file implements no header; v53: `www`, `site` and `docsite` folders are docs, a snippets folder no module uses is examples; v54: a legacy copy (`v1/`, `legacy/` mirroring live code) a support kind; v55: ignore files (`.gitignore`, `.pubignore`) out of the file level; v56: a legacy copy mirrors its parent or a sibling, and a pre-release (`v1beta1`) is a version's folder; v57: release signatures and checksums (`.asc`, `.sha256`) are binary assets; v58: `androidx` names Android, a library named for testing that holds code is code; v59: a declared name that is one stopword (`between`) a symbol term, a folder named after Unix that holds Windows code below it shared code; v60: a Swift DocC catalog's files support files; v61: a module with a build's main source set is no test suite by its share of tests; v62: nor a Rust crate with code in `src/`; v63: a constant's doc out of the docs field; v64: a folder of mostly tests that code imports is code, a folder of prose alone is docs; v65: no platform the product is named after (actix-web); v66: the singulars of plural folder words in the path field; v67: a benchmark suite by its folder name is examples; v68: a Go package named test below another is code; v69: a test-support folder that is a build's main source set is code; v70: Perl's `.pod` pages are prose; v71: no Unix platform where nothing is Windows', a C++ header folder half implemented elsewhere is declarations; v72: a top-level performance folder nothing imports is a benchmark; v73: build tools' extensions (`.bazel`, `.bzl`, `.gradle`, `.proto`, `.tf`) are path terms; v74: tsd's type tests are tests; v75: Cucumber's features and steps are tests, `bench/` and `*-examples/` folders a module's support files; v76: a TypeScript file of types and interfaces alone counts as declarations; v77–v83: see the git log of this line; v84: a Dockerfile (Jenkinsfile, Podfile …) names its tool in the path field; v85: modules of screens (Vue, Svelte, markup, styles) a support kind; v86: a text catalog's translations out of the code field and the file level; v87: screens by their files (templates and style sheets too); v88: React components in an app's screen folders too; v89: Flutter's pages and widgets too; v90: a module whose folder is named after a language is that language's; v91: a JVM package's namespace folders (`com/google/samples/`) name no examples. The glosses' own format is part of the key: a change of them changes the terms.
export const LEXICAL_INDEX_FORMAT = `lexical-index.v94.zh${GLOSS_FORMAT}`;

const MAGIC = 'MRLX';

type ArrayKind = 'i32' | 'f64' | 'f32' | 'u8';
type Typed = Int32Array | Float64Array | Float32Array | Uint8Array;

/** Small things as JSON; every typed array as raw bytes after it, 8-byte aligned, described here. */
interface Header {
  format: string;
  fingerprint: string;
  options: LexicalOptions;
  ids: string[];
  fields: { name: string; weight: number; b: number; hasHistory: boolean }[];
  commitModules: number[][];
  adjacency: LexicalIndex['adjacency'];
  staticContextCount: number;
  chineseShare: number;
  codeTestWords: string[];
  /** The file level follows the other arrays: its own serialized bytes (terms omitted) and the owners. */
  hasFiles: boolean;
  arrays: { kind: ArrayKind; offset: number; length: number }[];
}

const kindOf = (a: Typed): ArrayKind => (a instanceof Int32Array ? 'i32' : a instanceof Float64Array ? 'f64' : a instanceof Float32Array ? 'f32' : 'u8');

/**
 * The built index as one buffer: `MRLX`, a uint32 header length, the JSON header, then the arrays.
 * Reading it back is a JSON.parse of the small header and zero-copy views of the rest, far cheaper
 * than re-analyzing every symbol and comment of the graph. Cutoff states are not stored.
 */
export const serializeLexicalIndex = (index: LexicalIndex, fingerprint: string, sharedTerms = false): Buffer => {
  const arrays: Typed[] = [];
  const push = (a: Typed) => arrays.push(a);
  for (const f of index.fields) [f.postings.offsets, f.postings.docs, f.postings.tfs, f.lengths].forEach(push);
  const commitTermOffsets = new Int32Array(index.commits.length + 1);
  index.commits.forEach((c, i) => (commitTermOffsets[i + 1] = (commitTermOffsets[i] as number) + c.terms.length));
  const commitTerms = new Int32Array(commitTermOffsets[index.commits.length] as number);
  index.commits.forEach((c, i) => commitTerms.set(c.terms, commitTermOffsets[i]));
  [
    Float64Array.from(index.commits, (c) => c.time), commitTermOffsets, commitTerms,
    index.moduleCommits.offsets, index.moduleCommits.values, index.termCommits.offsets, index.termCommits.values, index.commitIds, index.contexts.offsets, index.contexts.values,
    index.commitContext, index.termContexts.offsets, index.termContexts.values, index.identifier, index.vocabulary, index.testModules, index.platforms, index.languages,
  ].forEach(push);
  if (!sharedTerms) {
    // Terms as one newline-joined UTF-8 array, not JSON: a 14,000-file tree has 400,000 terms, and
    // splitting them is about a third of the cost of parsing them as a JSON array.
    push(new Uint8Array(Buffer.from(index.terms.terms.join('\n'), 'utf8')));
    push(termOrder(index.terms.terms));
  }
  if (index.files) {
    const nested = serializeLexicalIndex(index.files.index, fingerprint, true);
    push(new Uint8Array(nested.buffer, nested.byteOffset, nested.byteLength));
    push(index.files.owner);
  }
  let offset = 0;
  const descriptors = arrays.map((a) => {
    const d = { kind: kindOf(a), offset, length: a.length };
    offset += Math.ceil(a.byteLength / 8) * 8;
    return d;
  });
  const header: Header = {
    format: LEXICAL_INDEX_FORMAT,
    fingerprint,
    options: index.options,
    ids: index.ids,
    fields: index.fields.map(({ name, weight, b, hasHistory }) => ({ name, weight, b, hasHistory })),
    commitModules: index.commits.map((c) => c.modules),
    adjacency: index.adjacency,
    staticContextCount: index.staticContextCount,
    chineseShare: index.chineseShare,
    codeTestWords: index.codeTestWords,
    hasFiles: index.files !== undefined,
    arrays: descriptors,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const dataStart = Math.ceil((8 + json.length) / 8) * 8;
  const out = Buffer.alloc(dataStart + offset);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(json.length, 4);
  json.copy(out, 8);
  arrays.forEach((a, i) => out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), dataStart + (descriptors[i]?.offset ?? 0)));
  return out;
};

/**
 * Restores an index, or returns undefined when the buffer is not a usable cache: another format, another
 * graph fingerprint, other options (compared as JSON), or damaged bytes. Callers then rebuild and overwrite.
 */
export const deserializeLexicalIndex = (
  data: Uint8Array,
  expected: { fingerprint: string; options: LexicalOptions },
  shared?: TermTable,
): LexicalIndex | undefined => {
  try {
    const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (buf.length < 8 || buf.toString('latin1', 0, 4) !== MAGIC) return undefined;
    const jsonLength = buf.readUInt32LE(4);
    const header = JSON.parse(buf.toString('utf8', 8, 8 + jsonLength)) as Header;
    if (header.format !== LEXICAL_INDEX_FORMAT || header.fingerprint !== expected.fingerprint) return undefined;
    if (JSON.stringify(header.options) !== JSON.stringify(expected.options)) return undefined;
    // Views need 8-byte alignment: a file read whole starts aligned and is used in place; anything else
    // (a slice at an odd offset) is copied once into an aligned section.
    const dataStart = Math.ceil((8 + jsonLength) / 8) * 8;
    let section = buf.subarray(dataStart);
    if (section.byteOffset % 8 !== 0) {
      const copy = new Uint8Array(section.length);
      copy.set(section);
      section = Buffer.from(copy.buffer);
    }
    const base = section.byteOffset;
    let next = 0;
    const take = <K extends ArrayKind>(kind: K): K extends 'i32' ? Int32Array : K extends 'f64' ? Float64Array : K extends 'f32' ? Float32Array : Uint8Array => {
      const d = header.arrays[next++];
      if (d === undefined || d.kind !== kind) throw new RangeError('array layout mismatch');
      const bytes = d.length * (kind === 'f64' ? 8 : kind === 'u8' ? 1 : 4);
      if (d.offset + bytes > section.length) throw new RangeError('array past the end');
      const at = base + d.offset;
      const view = kind === 'i32' ? new Int32Array(section.buffer, at, d.length) : kind === 'f64' ? new Float64Array(section.buffer, at, d.length) : kind === 'f32' ? new Float32Array(section.buffer, at, d.length) : new Uint8Array(section.buffer, at, d.length);
      return view as never;
    };
    const fields: FieldIndex[] = header.fields.map((f) => {
      const postings: Postings = { offsets: take('i32'), docs: take('i32'), tfs: take('f32') };
      return { ...f, postings, lengths: take('f64') };
    });
    const times = take('f64');
    const commitTermOffsets = take('i32');
    const commitTerms = take('i32');
    const commits: PreparedCommit[] = header.commitModules.map((modules, i) => ({
      time: times[i] as number,
      modules,
      terms: commitTerms.slice(commitTermOffsets[i], commitTermOffsets[i + 1]),
    }));
    const moduleCommits: Rows = { offsets: take('i32'), values: take('i32') };
    const termCommits: Rows = { offsets: take('i32'), values: take('i32') };
    const commitIds = take('u8');
    const contexts: Rows = { offsets: take('i32'), values: take('i32') };
    const commitContext = take('i32');
    const termContexts: Rows = { offsets: take('i32'), values: take('i32') };
    const identifier = take('u8');
    const vocabulary = take('u8');
    const testModules = take('u8');
    const platforms = take('i32');
    const languages = take('i32');
    let terms = shared;
    if (!terms) {
      const bytes = take('u8');
      // A term holding a newline (none can: tokens are letters, digits and joiners) would not read back.
      terms = packedTermTable(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), take('i32'));
      if (!terms) return undefined;
    }
    // A file level was built first into the shared table: it may know fewer terms than the whole.
    const termCount = shared ? vocabulary.length : terms.size;
    if (commits.length !== times.length || commitIds.length !== commits.length * COMMIT_ID_BYTES || vocabulary.length !== termCount || identifier.length !== termCount || termCount > terms.size) return undefined;
    if (testModules.length !== header.ids.length || platforms.length !== header.ids.length || languages.length !== header.ids.length || fields.some((f) => f.lengths.length !== header.ids.length)) return undefined;
    let files: LexicalIndex['files'];
    if (header.hasFiles) {
      const nested = deserializeLexicalIndex(take('u8'), { fingerprint: expected.fingerprint, options: fileIndexOptions(expected.options) }, terms);
      const owner = take('i32');
      if (!nested || owner.length !== nested.ids.length) return undefined;
      files = { index: nested, owner };
    }
    return {
      ...(files ? { files } : {}),
      options: header.options,
      ids: header.ids as ModuleId[],
      terms,
      fields,
      commits,
      moduleCommits,
      termCommits,
      commitIds,
      adjacency: header.adjacency,
      contexts,
      staticContextCount: header.staticContextCount,
      chineseShare: header.chineseShare,
      codeTestWords: header.codeTestWords,
      commitContext,
      termContexts,
      identifier,
      vocabulary,
      testModules,
      platforms,
      languages,
      cutoffs: new Map(),
    };
  } catch {
    return undefined;
  }
};
