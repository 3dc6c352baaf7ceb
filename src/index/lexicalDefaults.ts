import { isRecord } from '../util/isRecord.ts';
import type { FeedbackOptions } from './feedbackTerms.ts';

/**
 * Every tunable of the lexical index in one plain object. config/ wraps this shape in zod; the
 * numbers here are the defaults (see README.md for where they come from).
 */

/** Text sources of a module; fields are built from one or more of them. */
export type SourceName = 'path' | 'name' | 'symbols' | 'docs' | 'readme' | 'summary' | 'history' | 'code' | 'pages';
export const sourceNames: readonly SourceName[] = ['path', 'name', 'symbols', 'docs', 'readme', 'summary', 'history', 'code', 'pages'];

export interface FieldOptions {
  /** Multiplies the field's term frequency before saturation (BM25F). 0 disables the field. */
  weight: number;
  /** Length normalization of this field, 0 (none) … 1 (full). */
  b: number;
  sources: SourceName[];
}

export interface LexicalOptions {
  /** Global BM25F saturation. */
  k1: number;
  fields: Record<string, FieldOptions>;
  /** Count a file name once per directory however many build variants ship it (X.js, X.mjs, X.d.ts, X.js.map). */
  distinctFileStems: boolean;
  /** Count each symbol-name term 1 + ⌊log2 n⌋ times per module instead of n (moduleSources.ts dampRepeats). */
  dampSymbols: boolean;
  /** Whether the reserved words of each file's language stay in its term bag (languageKeywords.ts): syntax, not topic. */
  codeKeywords: 'keep' | 'drop';
  /** Porter stemming at index and query time. */
  stem: boolean;
  /** Drop a leading `fix(scope):`-style prefix from queries (and from history subjects); the scope is kept. */
  stripCommitPrefix: boolean;
  /** Drop the framing of a written requirement from queries: "As a user, I want to …", "it would be great if", issue-template headings (util/stripBoilerplate.ts). */
  stripBoilerplate: boolean;
  /** Unique query terms kept; the rest are dropped with a warning. */
  maxQueryTerms: number;
  /**
   * Weight of the whole form of an identifier a request writes out (`no_proxy`, `manualChunks`): a name the code
   * uses, against the request's ordinary words (1).
   */
  identifierWeight: number;
  history: {
    /** A commit's weight halves every this many days before the newest usable commit. */
    halfLifeDays: number;
    /** Floor of the recency weight, so old but unique history still counts. */
    minWeight: number;
    /** Commits touching more modules than this are skipped (mass renames, formatting). */
    maxModulesPerCommit: number;
    /** Also index the first body paragraph. */
    includeBody: boolean;
  };
  compounds: {
    /** Also search adjacent query words joined (`sprite tiling` → `spritetiling`), if the index has the term. */
    enabled: boolean;
    weight: number;
  };
  inflections: {
    /**
     * Also search the singular of a plural query word and the plural of a singular one (`effects` →
     * `effect`), and the base form of a verb's -ing or -ed form (`sleeping` → `sleep`), if the index has
     * it: at `weight`, or at the word's own weight when the index lacks the word as written.
     */
    enabled: boolean;
    weight: number;
  };
  spellings: {
    /** Also search the other spelling of a British or American word (`colour` ↔ `color`, `initialise` ↔ `initialize`, `cancelled` ↔ `canceled`), if the index has it. */
    enabled: boolean;
    weight: number;
  };
  namedFiles: {
    /**
     * A file of the repository the request names (`rules.d.ts`, a stack frame's `…/lib/response.js:75:21`): its module
     * gains weight × top score × its share of the named files (scoreNamedFiles.ts; needs the file level; 0: off).
     */
    weight: number;
    /**
     * A conventional-commit scope that names a file by its stem (`fix(request): …` → `request.js`, `fix(utils/url)` →
     * `utils/url.ts`; at most two files), or else a module by its id or its id's end (`fix(theme)` → `lib/theme`): its
     * module gains scopeWeight × top score (0: off).
     */
    scopeWeight: number;
    /**
     * What a named data or configuration file (`settings.yml`, `appsettings.json`, `sitemap.xml`, `glances.conf`)
     * counts for, against 1 for code: a request names the file where a user saw or set something, and the change is
     * in the code that reads, writes or serves it.
     */
    dataShare: number;
  };
  phrases: {
    /**
     * A phrase the request quotes (an error message, a prompt) found verbatim in a file of the repository:
     * the file's module gains `weight × top score × share of the phrase found` (scorePhrases.ts; 0: off).
     */
    weight: number;
  };
  derivations: {
    /** Also search the agent noun of a query verb and the verb of an agent noun (`log` ↔ `logger`, `iterate` → `iterator`), if the index has it. */
    enabled: boolean;
    weight: number;
    /** The weight of a query noun's verb and a query verb's nouns (`compression` ↔ `compress`, `deploy` → `deployment`; 0: not searched). */
    actionWeight: number;
  };
  typos: {
    /**
     * Also search the index's term one typing mistake away (a letter dropped, doubled, wrong or two swapped)
     * from a query word that neither the index nor the dictionary knows (`recieve` → `receive`,
     * `reactivty` → `reactivity`). Needs the dictionary (WordNet) the caller passes: without it a word
     * can't be told from a typo, and nothing is corrected.
     */
    enabled: boolean;
    weight: number;
    /** Shorter words are left alone: too many terms are one edit from them. */
    minLength: number;
  };
  translations: {
    /**
     * Also search the English words a Chinese word of the request may stand for (CC-CEDICT: `内存` →
     * memory, `泄漏` → leak), so a request written in Chinese finds code and comments written in English.
     * Needs the translator the caller passes (index/chineseGlosses.ts); without it nothing is added.
     */
    enabled: boolean;
    /** Query weight of a word of a Chinese word's first sense; words of its other senses get half. */
    weight: number;
    /**
     * Also index the repository's Chinese text (comments, docs, commit messages) as the English words of
     * its words' first senses, so a request in English finds code commented in Chinese. Changes the index.
     * Off by default: on uview-ui (commented in Chinese) it lifted English requests by folder from 60% to
     * 75% at rank 1 and cost the Chinese ones 100% → 90% (their glosses then match every Chinese comment
     * twice); a team that writes its comments in Chinese writes its requests in Chinese too.
     */
    documents: boolean;
    /**
     * The other way round: on code commented in Chinese (Chinese text in at least half the modules),
     * each English word of a request also searches the Chinese words it translates that the index has
     * (CC-CEDICT read backwards: `button` → 按钮), the two most exact, at `weight`. Changes nothing on
     * code without Chinese text. uview-ui's 20 requests in English: by folder 60% → 80% at rank 1,
     * as discovered 80% → 85%; its Chinese requests unchanged (100%).
     */
    fromEnglish: boolean;
  };
  abbreviations: {
    /** Also search programmers' abbreviations of query words and what query abbreviations stand for (`btn` ↔ `button`; abbreviations.ts), if the index has them. */
    enabled: boolean;
    weight: number;
    /** Weight of a phrase's initials the index has as a term (`byte order mark` → `bom`; parseQuery.ts); 0 turns them off. */
    initialismWeight: number;
  };
  wordnet: {
    enabled: boolean;
    /** Query weight of a synonym, relative to 1 for an original term. */
    weight: number;
    maxSynonymsPerTerm: number;
    /** WordNet lookups per query (each costs ~1–3 ms when not cached). */
    maxLookups: number;
  };
  cooccurrence: {
    enabled: boolean;
    /** Query weight of the best neighbour; others get weight × ppmi / best ppmi. */
    weight: number;
    topK: number;
    /** Minimum number of contexts a pair must share. */
    minCount: number;
    /** Terms of a context beyond this are ignored (long comments would dominate). */
    maxTermsPerContext: number;
    /** Terms in more than this fraction of contexts are not expanded (too common to say anything). */
    maxContextFraction: number;
    /** Use commit subjects (before `asOf`) as contexts, besides doc comments and READMEs. */
    useHistory: boolean;
  };
  files: {
    /**
     * File-level evidence: each module's best single file is scored as a document of its own (path,
     * symbols, code) and the module gains weight × (top module score) × (its best file / best file
     * overall). A request is usually about one file; summed over a big module, the same words spread
     * over unrelated files score as high. 0 turns it off (and the file index is not built).
     */
    weight: number;
    /**
     * The weight where the usable history holds HISTORY_COMMITS (scoreFiles.ts) commits or more: the more
     * history says which modules change together with which words, the less a file's own words should.
     */
    withHistory: number;
    /** A longer request's best files weigh more: × `factor` from `to` words of its own on, × 1 up to `from` words, linearly between. */
    long: { factor: number; from: number; to: number };
  };
  /** Pseudo-relevance feedback (feedbackTerms.ts): the best files' own words join the request. */
  feedback: FeedbackOptions;
  similarCommits: {
    /**
     * Nearest-neighbour history: the `k` earlier commits most like the query (IDF over commits, by
     * length) vote for the modules they touched, and a module gains weight × (top module score) ×
     * (its votes / most votes). Finds the one past change that reads like the request, where the
     * history field pools every subject of a module into one bag. 0 turns it off.
     */
    weight: number;
    k: number;
  };
  platforms: {
    /**
     * Score factor of a module whose folders are named after a platform the request names ("On Android, …"
     * → `android/`), and of one named after only other platforms (divided by it). 1 turns it off.
     */
    factor: number;
  };
  languages: {
    /**
     * Score factor of a module written (at least half) in a language the request names ("The C++ steps()
     * easing …" → the C++ module, not the TypeScript one of the same name), and of one written in only
     * languages it does not name (divided by it). 1 turns it off.
     */
    factor: number;
  };
  headerModules: {
    /**
     * Score factor of a module of public headers (`include/`: nine in ten of its C-family files are headers)
     * where another module holds implementations, unless the request speaks of headers, declarations or
     * macros. 1 turns it off.
     */
    factor: number;
  };
  dataModules: {
    /**
     * Score factor of a module of data shapes (isDataModule.ts: DTOs, API models, entities, a package of structs)
     * unless the request names one of its declarations or speaks of models, fields, schemas or payloads: the code
     * that fills and reads the data is more often what a request is about. 1 turns it off.
     */
    factor: number;
  };
  screenModules: {
    /**
     * Score factor of a module of screens (testModules.ts isScreens: Vue or Svelte components, templates and styles)
     * unless the request names one of its declarations or speaks of a page's look or use (menus, buttons, layout,
     * shortcuts, translations): the logic behind a page is more often what a request is about. 1 turns it off.
     */
    factor: number;
  };
  testModules: {
    /**
     * Score factor of a module made of tests (≥ 80% of its source files are tests, e.g. a top-level `test/`),
     * of examples, or of documentation, when the request does not speak of those: they mirror every name of the
     * code they exercise or describe, yet a request concerns the code. 1 turns it off.
     */
    factor: number;
  };
  graph: {
    /** Fraction of a module's score that flows to its dependency neighbours (split by edge weight). */
    weight: number;
    /**
     * How a module combines what flows in from several neighbours: `sum` lets a hub imported by many
     * weakly matching modules outrank the one the query names; `max` takes the strongest single inflow.
     */
    aggregate: 'sum' | 'max';
  };
  explain: {
    maxTerms: number;
    maxNeighbours: number;
  };
}

/**
 * Tuned by `bench/tuneLexical.ts` on ../shared/corpus (9 packages, 2,728 primary cases; never the dev
 * bench): coordinate search over k1, b, field weights, stemming, expansion and graph weights,
 * maximizing mean Acc@1 on primary non-leaking cases, a change kept only if primary (all) Acc@1 loses
 * at most what non-leaking gains. Mean over packages, primary non-leaking / primary / all cases:
 * plain BM25 29.7 / 46.8 / 48.0; the starting points (symbols 1.5, summary 0.5) 31.7 / 46.4 /
 * 49.5; these 33.5 / 45.7 / 49.1 (Acc@5 82.8, R@10 91.6 on primary). Only symbols 1.5 → 3 and summary
 * 0.5 → 0.25 moved.
 * History: the corpus trees (npm tarballs) have no git history, so each package's own cases serve as
 * its history, each query seeing only cases strictly before its date (bench/_exp-style pseudo-history).
 * Against no history (33.9 / 48.3): weight 1, b 0.4 → 41.1 / 55.7; weight 1, b 0.1 → 45.3 / 57.9;
 * weight 2, b 0.1 → 47.4 / 58.0. Real history is noisier than those curated subjects (multi-module
 * commits, chores): on this repository's own self-check (12 requests, real git history) weight 1 kept
 * 11/12, weight 1.5 10/12, weight 2 9/12. Weight 1 with little length normalization is the compromise.
 */
// Length normalization (b) re-checked 2026-11-26 on eleven review sets, 22 stores, in a dozen languages (220 requests
// written by reviewers told to spread them over the code) against the corpus's real commits: every field's b
// + 0.2 → review mean Acc@1 75 → 77, corpus primary / non-leaking 63.6 / 46.0 → 62.6 / 43.3; b 0.75
// everywhere 76 and 60.5 / 41.4 (mongoose −23). Real changes land in big modules more often than spread-out
// requests do, so the corpus's weak normalization stays; big flat folders (pandoc's Writers/) pay for it.
// The docs field alone at b 0.6 (2026-11-28, 319 review stores, the reviews' most common complaint being a big module
// winning a request's generic words from its doc comments): stores 81.27 → 81.66 (+35 −12 stores; b 0.5 81.46, b 0.8
// 81.60), corpus primary / non-leaking 65.0 / 46.7 → 65.0 / 46.4, dev bench svelte 37.8 → 37.4 (pixi.js the same).
export const lexicalDefaults: LexicalOptions = {
  k1: 1.8,
  fields: {
    path: { weight: 3, b: 0.4, sources: ['path'] },
    name: { weight: 2, b: 0.3, sources: ['name'] },
    // Counts damped per module (moduleSources.ts dampRepeats); at 3 before that.
    symbols: { weight: 2, b: 0.4, sources: ['symbols'] },
    docs: { weight: 0.5, b: 0.6, sources: ['docs'] },
    readme: { weight: 0.5, b: 0.4, sources: ['readme'] },
    summary: { weight: 0.25, b: 0.3, sources: ['summary'] },
    // 1 → 0.25 (2026-11-26), measured on REAL git history (bench/realHistory.ts: the nine corpus
    // packages' git trees at their release tags, asked their later commits). Mean primary / non-leaking
    // Acc@1: no history 63.4 / 46.0; weight 1 64.3 / 46.1; 0.5 65.1 / 46.8; 0.25 65.4 / 46.9; 0.1 65.6 /
    // 46.8; with similarCommits 0.2 (below): 0.25 65.4 / 47.6, 0.15 65.4 / 47.4, 0.1 65.4 / 47.1. Real
    // commits are noisier than the curated subjects of the pseudo-history that chose 1 (see above).
    history: { weight: 0.25, b: 0.1, sources: ['history'] },
    // Every word of the module's files (graph/codeTermBag.ts). Corpus mean primary non-leaking / primary
    // Acc@1: without 34.9 / 49.1; weight 0.1 42.3 / 58.5 (b 0.2); 0.15 42.1 / 58.3; 0.2 42.8 / 58.4;
    // 0.3 43.1 / 58.0; at 0.2, b 0.2 43.1 / 58.1, b 0.4 42.3 / 58.1, b 0.6 40.9 / 57.4. Low weight: it
    // is the longest field by far, and every module's code says "function" and "return".
    code: { weight: 0.2, b: 0.3, sources: ['code'] },
    // The words of a documentation module's pages (graph/codeTermBag.ts isDocsPage), searched only when the request is
    // about the docs (testModules.ts supportKindsMentioned): searched always, prose pages won requests about code even
    // ranked as docs (pybind11's review 80 → 55 at rank 1). Review stores (30, ten trees) +6 at rank 1, none down.
    pages: { weight: 0.5, b: 0.3, sources: ['pages'] },
  },
  distinctFileStems: false,
  dampSymbols: true,
  codeKeywords: 'drop',
  stem: false,
  stripCommitPrefix: true,
  stripBoilerplate: true,
  maxQueryTerms: 512,
  // 1 → 1.5 (2026-11-27): corpus 64.3 / 45.8 → 64.6 / 46.2 (2: 64.8 / 46.2; 3: 64.5 / 45.6); 74 review stores +1 −2
  // at rank 1 (2: +4 −4); dev bench the same; real history (hono, undici) 75.5 / 58.0 the same, where 2 cost
  // 0.6 / 0.8 (74.9 / 57.2).
  identifierWeight: 1.5,
  history: { halfLifeDays: 365, minWeight: 0.2, maxModulesPerCommit: 20, includeBody: true },
  // Corpus mean primary non-leaking / primary Acc@1: off 33.9 / 48.3, 0.5 → 34.1 / 48.6, 1 → 34.0 / 48.6, 1.5 → 33.9 / 48.5.
  compounds: { enabled: true, weight: 0.5 },
  // Corpus mean primary non-leaking / primary Acc@1: off 44.5 / 62.2; 0.15 45.0 / 62.9; 0.2 44.8 / 62.8;
  // 0.3 44.8 / 62.9; 0.4 44.3 / 62.5; 0.6 43.9 / 61.7. Verb forms (-ing, -ed) as well: 44.7 / 62.8, left out
  // then; taken in 2026-11-27 with the form at the word's own weight where the index lacks the word: corpus
  // 46.0 / 63.6 → 46.0 / 63.5, the review sets' 26 stores (520 requests written as users do) +4 −1 at rank 1.
  inflections: { enabled: true, weight: 0.2 },
  // Corpus mean primary non-leaking / primary Acc@1: off 45.2 / 63.2; 0.1 45.3 / 63.2; 0.2 45.2 / 63.1.
  // Review sets at 0.1: Rails gems 12 → 13 of 20 at rank 1, netty by package Acc@5 21 → 22 of 24; five others the same.
  // actionWeight (2026-11-27, after reviews whose users wrote "compression" for `compress`): corpus 46.3 / 64.6 →
  // 46.4 / 64.6, 101 review stores 74.31 → 74.26 (0.2 the same, 0.3 74.31): within noise, kept for prose requests.
  derivations: { enabled: true, weight: 0.1, actionWeight: 0.1 },
  // 101 earlier review stores 74.26 → 74.65 (+8 −2; weight 2: 74.80, 0.5: 74.55); curl, ESLint, pytest and git
  // 65.0 → 69.3; corpus and dev bench unchanged.
  // dataShare 1 → 0.25 (2026-11-29, session 40): 81 review stores of 27 trees (1,620 requests) 75.93 → 76.98 at rank 1,
  // +17 −0 in rank (0.5: +12 −0; 0: 77.04); corpus and dev bench the same.
  namedFiles: { weight: 1, scopeWeight: 0.2, dataShare: 0.25 },
  phrases: { weight: 1 },
  // The same word spelled the other way (JOSM: a user's "colour" met `color` nowhere): full weight.
  spellings: { enabled: true, weight: 1 },
  typos: { enabled: true, weight: 0.8, minLength: 5 },
  translations: { enabled: true, weight: 0.5, documents: false, fromEnglish: true },
  abbreviations: { enabled: true, weight: 0.2, initialismWeight: 0.5 },
  wordnet: { enabled: true, weight: 0.2, maxSynonymsPerTerm: 3, maxLookups: 12 },
  cooccurrence: {
    // Off by default: on the corpus every weight tried cost accuracy (mean primary non-leaking / primary
    // / all Acc@1: off 33.6 / 46.8 / 49.7; 0.05 → 33.4 / 46.4 / 49.5; 0.1 → 33.4 / 45.9 / 49.1; 0.2 →
    // 33.3 / 45.5 / 49.0). Generic query words ("add", "data") pull in identifiers that give large
    // modules path hits. The corpus trees have no history, so commit-subject contexts are untested:
    // turn it on (config) for a repository with rich history and measure with `modroute eval`.
    enabled: false,
    weight: 0.2,
    topK: 3,
    minCount: 2,
    maxTermsPerContext: 40,
    maxContextFraction: 0.1,
    useHistory: true,
  },
  // max, 0.2: on the corpus, summing inflows let shared helpers that every rule imports outrank the
  // rule a request names (stylelint primary Acc@1 41.6 with sum 0.1, 55.4 with max 0.2); mean primary
  // non-leaking / primary Acc@1 33.6 / 46.8 (sum 0.1) → 33.9 / 48.3 (max 0.2); no step at all 32.6 / 48.5.
  // 0.2 → 0.1 (2026-11-26): as good on the corpus (primary / non-leaking 63.2 / 45.3 → 63.3 / 45.4; none:
  // 62.8 / 44.1) and better on twelve review stores of six repositories in other languages, where resolved
  // C/C++, Lua and Go edges made hubs collect inflow (mean Acc@1 69 → 70, MRR .790 → .797).
  graph: { weight: 0.1, aggregate: 'max' },
  // 0.3 → 0.2 with the history field at 0.25 (real history, as above): 0 65.1 / 45.7 (field 0),
  // 0.2 65.4 / 47.6, 0.25 65.5 / 47.3, 0.3 65.4 / 46.9, 0.4 64.7 / 45.9; k 5 and 20 no better than 10.
  similarCommits: { weight: 0.2, k: 10 },
  // Review sets of three mobile libraries (expo-modules-core, react-native-vision-camera, react-native-screens;
  // 6 stores, 120 requests): mean Acc@1 68% → 81% (1.5), 82% (2). The corpus (no platform folders) the same.
  platforms: { factor: 1.5 },
  // Review sets (34 stores, 680 requests written before this existed): protobuf as discovered 70 → 75%, by folder
  // 45 → 70% (its runtimes in seven languages), awesome by folder 65 → 70%, no store lower (2: Haskell's pandoc
  // 100 → 95%); react-native-reanimated (C++ and TypeScript twins) 73 → 75%. The corpus (JavaScript) the same.
  languages: { factor: 1.5 },
  // Review stores with C or Objective-C header folders: GNUstep 75 → 85% as discovered, 65 → 75% by folder; SDL2
  // 90 → 100%, 70 → 80% (the set that showed it); protobuf the same at 0.7 (MRR .80 → .78 at 0.5). C++'s headers
  // are left out after mapnik's include/ (its code) lost 10 points at rank 1; the other stores the same.
  headerModules: { factor: 0.7 },
  // 0.5 → 0.3 (2026-11-27, 74 review stores: +1 −0 at rank 1, rollup's finer store, whose 11,000 fixture files
  // named after features led 3 requests at 0.5); corpus and dev bench hold no test module.
  testModules: { factor: 0.3 },
  // 2026-11-29, 446 review stores (8,914 requests), Vue and Svelte modules: 80.70 → 80.93 at rank 1 (+23 −2), the
  // 8,554 of the stores built before it +13 −2; 0.8 +6 −0, 0.6 +13 −5. Then templates and style sheets counted too and
  // requests about the look of a page let alone (testModules.ts ABOUT_SCREENS): 504 stores, 10,072 requests, 80.17 →
  // 80.39 (+40 −18; the stores built before the session +24 −13). React components in an app's `components/`, `pages/` …
  // too: 522 stores 80.13 → 80.31 (+28 −9). Corpus and dev bench hold no such module.
  // 2026-11-29, session 40: 54 review stores of 18 trees (1,080 requests) 79.07 → 80.00 at rank 1, +13 −0 in rank
  // (gotify's `model`, Kavita's `API/DTOs`, Jellyfin's `MediaBrowser.Model` had led requests about the code using them).
  dataModules: { factor: 0.7 },
  screenModules: { factor: 0.7 },
  // Corpus mean primary non-leaking / primary Acc@1 (Acc@5): off 42.8 / 58.4 (87.8); 0.25 43.5 / 60.7
  // (88.6); 0.35 43.6 / 61.3 (88.7); 0.5 43.5 / 61.8 (88.6). With pseudo-history (later half of each
  // package's cases, earlier ones as commits): off 52.3 / 65.2; 0.25 51.8 / 66.7; 0.35 50.9 / 67.0;
  // 0.5 49.5 / 66.3: the more history says, the less a file's code words should. 0.35 is the
  // compromise. Files scored with the module fields' own weights and b (code b 0.75 instead: 43.1 /
  // 61.3 at 0.5); mongoose, whose modules are few and flat, loses past 0.5 (41.5 at 2).
  // 0.35 → 0.5 (2026-11-27): review sets' 30 stores +7 −1 at rank 1; corpus 46.0 / 63.5 → 46.0 / 63.7; real
  // history (hono, undici) 75.3 / 58.3 → 75.7 / 58.0. 0.7: review +11 −1, corpus 45.4 / 63.9, real 76.6 / 57.1.
  // 0.5 → 1 without history (2026-11-27, 68 review stores of 34 trees, 1,360 requests): mean Acc@1 76.5 → 77.6
  // (+20 −6; 1.3: 78.2, +24 −9; 1.6: 78.2, +26 −14); corpus 46.0 / 63.7 → 46.1 / 64.5 (1.3: 44.8 / 64.2); dev
  // bench svelte 36 → 37, pixi.js 74 → 76. With real history (hono, undici) 1 gave 76.5 / 56.8 against 75.5 /
  // 58.0 at 0.5, so a history of its own keeps 0.5.
  // 0.5 → 1 with history too (2026-11-28): the 48 review stores indexed from git clones (24 trees' requests in a
  // user's words, 960) mean Acc@1 85.6 → 87.0, MRR .916 → .925, +16 −4 (pydantic's history had let its biggest
  // module win on a commit or two where the plugin loader's own file matched); real history (hono, undici) primary
  // 76.2 → 77.0, non-leaking 59.3 → 58.4 (0.75: 76.5 / 58.4); no history elsewhere, so the corpus and the dev bench are as they were.
  // long (2026-11-29, session 36): the 246 review stores of libraries and applications (requests as users write them, median
  // about 20 words) 78.30 → 78.98 at rank 1, MRR .8604 → .8641 (+53 −26 stores; × 2 everywhere 79.00, but the corpus's
  // commit subjects lost 0.7 / 1.8 non-leaking; × 3 from 8 to 14 words 78.98; from 6 to 12 79.04, corpus non-leaking
  // 45.7); their 110 git stores 87.53 → 87.67; the corpus 67.5 / 66.4 / 45.9 → 67.4 / 66.3 / 46.0; the dev bench the same.
  files: { weight: 1, withHistory: 1, long: { factor: 2, from: 8, to: 14 } },
  // Pseudo-relevance feedback, off → weight 0.1, 3 files, 3 terms, requests of 9 words or more (2026-11-29, 241 review
  // stores of 85 trees, requests as users write them): mean Acc@1 80.79 → 81.33, MRR .8796 → .8829 (+46 −25 stores);
  // on every request 81.27 (+45 −27); 10 terms at 0.05 81.10; 2 files 81.27, 5 files 81.08; 12 words 81.21. Commit
  // subjects (corpus; median 6–8 words) lose with it on every request (primary non-leaking 46.0 → 43.5) and stay
  // (45.9) with the 9-word floor; the dev bench loses one svelte case at rank 1.
  feedback: { weight: 0.1, docs: 3, terms: 3, minWords: 9 },
  explain: { maxTerms: 4, maxNeighbours: 2 },
};

/** Plain BM25: one field with every source, textbook k1/b, no expansion, no graph step. */
export const bm25BaselineOptions: LexicalOptions = {
  ...lexicalDefaults,
  identifierWeight: 1,
  k1: 1.2,
  fields: { all: { weight: 1, b: 0.75, sources: sourceNames.filter((s) => s !== 'pages') } },
  stripCommitPrefix: false,
  dampSymbols: false,
  codeKeywords: 'keep',
  stripBoilerplate: false,
  compounds: { ...lexicalDefaults.compounds, enabled: false },
  inflections: { ...lexicalDefaults.inflections, enabled: false },
  derivations: { ...lexicalDefaults.derivations, enabled: false },
  namedFiles: { weight: 0, scopeWeight: 0, dataShare: 1 },
  phrases: { weight: 0 },
  spellings: { ...lexicalDefaults.spellings, enabled: false },
  typos: { ...lexicalDefaults.typos, enabled: false },
  translations: { ...lexicalDefaults.translations, enabled: false },
  abbreviations: { ...lexicalDefaults.abbreviations, enabled: false },
  wordnet: { ...lexicalDefaults.wordnet, enabled: false },
  cooccurrence: { ...lexicalDefaults.cooccurrence, enabled: false },
  files: { ...lexicalDefaults.files, weight: 0, withHistory: 0 },
  feedback: { ...lexicalDefaults.feedback, weight: 0 },
  similarCommits: { ...lexicalDefaults.similarCommits, weight: 0 },
  platforms: { factor: 1 },
  languages: { factor: 1 },
  headerModules: { factor: 1 },
  dataModules: { factor: 1 },
  screenModules: { factor: 1 },
  testModules: { factor: 1 },
  graph: { weight: 0, aggregate: 'sum' },
};

/**
 * The options of the file-level index inside a module index: the same fields and weights, but no
 * history (commits are linked to modules), no expansion index, no graph step, no files of files.
 */
export const fileIndexOptions = (options: LexicalOptions): LexicalOptions => ({
  ...options,
  fields: Object.fromEntries(Object.entries(options.fields).filter(([, f]) => !f.sources.includes('history'))),
  cooccurrence: { ...options.cooccurrence, enabled: false },
  files: { ...options.files, weight: 0, withHistory: 0 },
  feedback: { ...options.feedback, weight: 0 },
  similarCommits: { ...options.similarCommits, weight: 0 },
  graph: { ...options.graph, weight: 0 },
});


/**
 * Overlays already-validated partial options on a base, one level of nesting deep (`fields` entries are
 * merged per field, so `{ fields: { docs: { weight: 0 } } }` only changes that weight).
 */
export const mergeLexicalOptions = (base: LexicalOptions, overrides: Record<string, unknown>): LexicalOptions => {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const current = out[key];
    if (key === 'fields' && isRecord(value) && isRecord(current)) {
      const fields: Record<string, unknown> = { ...current };
      for (const [name, field] of Object.entries(value)) {
        const prev = fields[name];
        fields[name] = isRecord(field) && isRecord(prev) ? { ...prev, ...field } : field;
      }
      out[key] = fields;
    } else if (key === 'files' && isRecord(value) && isRecord(current)) {
      // A file-level weight set alone is the weight with history too: `{"files": {"weight": 0.8}}` must not
      // leave a repository of 100 commits at the default's 0.5. `long` merges key by key.
      const long = isRecord(value.long) && isRecord(current.long) ? { ...current.long, ...value.long } : (value.long ?? current.long);
      out[key] = { ...current, ...value, withHistory: value.withHistory ?? value.weight ?? current.withHistory, long };
    } else if (isRecord(value) && isRecord(current)) {
      out[key] = { ...current, ...value };
    } else {
      out[key] = value;
    }
  }
  return out as unknown as LexicalOptions;
};

/** The lexical overrides inside a backend's options (`options.lexical`, from the config's `lexical` section). */
export const lexicalOverrides = (options: Record<string, unknown>): Record<string, unknown> => {
  const value = options.lexical;
  return isRecord(value) ? value : {};
};
