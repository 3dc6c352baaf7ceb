import { ownValue } from '../util/ownValue.ts';

/**
 * Abbreviations programmers write in identifiers and commit subjects, with the words a request
 * written in prose uses instead. Code says `btnLabel`, `cfg`, `ctxMenu`, `ssr`; a product manager
 * writes "button", "configuration", "context menu", "server-side rendering", and neither WordNet nor
 * the repository's own co-occurrences connect them. Each entry lists what the abbreviation may stand
 * for; a phrase (`server rendering`) stands for it only as a whole. Only unambiguous ones are listed (`ts`, `sig`, `mat`, `proto` mean too many things); an expansion is searched only when the
 * index has the term, and down-weighted (`abbreviations` in LexicalOptions).
 */
// (Not `sse` ← "server sent events", `otp` ← "one time password": a phrase's initials reach those already, and as
// glossary words they would stop being initialisms; not `tz` ← "timezone": date-fns' "a timezone offset" went to its tz
// module instead of the ISO parser.)
const GLOSSARY: Record<string, readonly string[]> = {
  a11y: ['accessibility'],
  abs: ['absolute'],
  accel: ['accelerator', 'acceleration'],
  acct: ['account'],
  addr: ['address'],
  admin: ['administrator', 'administration'],
  alloc: ['allocate', 'allocation'],
  amt: ['amount'],
  anim: ['animation'],
  app: ['application'],
  arg: ['argument'],
  arr: ['array'],
  async: ['asynchronous'],
  attr: ['attribute'],
  auth: ['authentication', 'authorization'],
  bg: ['background'],
  btn: ['button'],
  buf: ['buffer'],
  calc: ['calculate', 'calculation'],
  cb: ['callback'],
  cert: ['certificate'],
  cfg: ['configuration', 'config'],
  // LocalSend's "a PIN in the command-line tool's config" never reached its `cli`
  cli: ['command line'],
  cls: ['class'],
  cmd: ['command'],
  cnt: ['count'],
  col: ['column'],
  config: ['configuration'],
  conn: ['connection'],
  coord: ['coordinate'],
  csr: ['client rendering'],
  // CTFd's "import users from a spreadsheet" never reached its `utils/csv`
  csv: ['spreadsheet'],
  ctx: ['context'],
  darwin: ['macos', 'osx'],
  db: ['database'],
  decl: ['declaration'],
  def: ['definition'],
  desc: ['description'],
  dest: ['destination'],
  dev: ['development'],
  dict: ['dictionary'],
  dim: ['dimension'],
  dir: ['directory'],
  doc: ['document', 'documentation'],
  dst: ['destination'],
  el: ['element'],
  elem: ['element'],
  env: ['environment'],
  err: ['error'],
  evt: ['event'],
  exec: ['execute', 'execution'],
  expr: ['expression'],
  ext: ['extension'],
  fg: ['foreground'],
  fmt: ['format'],
  fn: ['function'],
  frag: ['fragment'],
  func: ['function'],
  geom: ['geometry'],
  hdr: ['header'],
  hmr: ['hot reload', 'hot module replacement'],
  i18n: ['internationalization', 'translation', 'locale'],
  idx: ['index'],
  img: ['image'],
  impl: ['implementation'],
  info: ['information'],
  init: ['initialize', 'initialization'],
  iter: ['iterator', 'iteration'],
  k8s: ['kubernetes'],
  kb: ['keyboard'],
  l10n: ['localization', 'locale'],
  lang: ['language'],
  lat: ['latitude'],
  len: ['length'],
  lib: ['library'],
  lng: ['longitude'],
  loc: ['location'],
  lvl: ['level'],
  max: ['maximum'],
  mem: ['memory'],
  mfa: ['multi factor', 'two factor'],
  mgr: ['manager'],
  min: ['minimum'],
  msg: ['message'],
  mssql: ['sql server'],
  nav: ['navigation'],
  notif: ['notification'],
  ns: ['namespace'],
  num: ['number'],
  obj: ['object'],
  opt: ['option'],
  osx: ['macos'],
  param: ['parameter'],
  passwd: ['password'],
  perf: ['performance'],
  perm: ['permission'],
  pg: ['postgres', 'postgresql'],
  pkg: ['package'],
  pos: ['position'],
  postgres: ['postgresql'],
  pref: ['preference'],
  prev: ['previous'],
  proc: ['process'],
  prop: ['property'],
  // gson's review: "protocol buffer map fields" never reached the `proto` module's protobuf
  protobuf: ['protocol buffer', 'protocol buffers'],
  ptr: ['pointer'],
  pwd: ['password'],
  px: ['pixel'],
  qty: ['quantity'],
  // leveldb's review: "a database that lives purely in RAM" never reached its in-memory Env
  ram: ['memory'],
  rect: ['rectangle'],
  ref: ['reference'],
  regex: ['regexp', 'regular expression'],
  repo: ['repository'],
  req: ['request'],
  res: ['response'],
  resp: ['response'],
  sched: ['schedule', 'scheduler'],
  sep: ['separator'],
  seq: ['sequence'],
  spec: ['specification'],
  ssr: ['server rendering'],
  std: ['standard'],
  stmt: ['statement'],
  str: ['string'],
  sync: ['synchronize', 'synchronization'],
  tex: ['texture'],
  tmp: ['temporary'],
  tmpl: ['template'],
  tok: ['token'],
  totp: ['authenticator', 'one time password'],
  tpl: ['template'],
  tx: ['transaction'],
  txn: ['transaction'],
  txt: ['text'],
  // Platforms: code names the family (`ClipboardUtil.Unix.cs`, `darwin`), a request the system the user runs.
  unix: ['linux', 'posix'],
  util: ['utility'],
  val: ['value'],
  var: ['variable'],
  vec: ['vector'],
  ver: ['version'],
  vert: ['vertex'],
  win32: ['windows'],
  ws: ['websocket'],
  xlsx: ['excel', 'spreadsheet'],
};

/**
 * Locales: code names a translation by its language's code (`Strings.de.resx`, `locales/ja.json`, `i18n/fr/`), a request
 * by the language ("labels still in English when German is selected", Hangfire's review). One way only: a code is also
 * a word of code (serde's `de`, ES modules' `es`, HTML's `tr`), and English is left out: a request names it as what it
 * sees, and every project has it.
 */
const LOCALES: Readonly<Record<string, string>> = {
  arabic: 'ar', german: 'de', spanish: 'es', french: 'fr', japanese: 'ja', korean: 'ko', dutch: 'nl',
  portuguese: 'pt', russian: 'ru', swedish: 'sv', turkish: 'tr', chinese: 'zh',
  // (filebrowser's "the Polish translation is incomplete" had not met its `pl.json`; not Greek, Thai, Catalan, Persian,
  // Croatian, Galician, Malay: `el`, `th`, `ca`, `fa`, `hr`, `gl`, `ms` are words of code, nor Italian, Indonesian: `it`, `id`)
  polish: 'pl', czech: 'cs', danish: 'da', finnish: 'fi', hungarian: 'hu', romanian: 'ro', slovak: 'sk', ukrainian: 'uk',
  vietnamese: 'vi', norwegian: 'nb', hebrew: 'he',
};

interface Glossary {
  /** Word → the words it may stand for or be abbreviated to. */
  words: Map<string, string[]>;
  /** Abbreviations that stand for a phrase, with the phrase's words. */
  phrases: { short: string; words: string[] }[];
}

let glossary: Glossary | undefined;

/** The glossary read both ways: `btn` → `button`, `button` → `btn`, `ssr` → server, rendering. */
const read = (): Glossary => {
  if (glossary) return glossary;
  const words = new Map<string, string[]>();
  const link = (from: string, to: string): void => {
    const list = words.get(from) ?? [];
    if (!list.includes(to)) list.push(to);
    words.set(from, list);
  };
  const phrases: Glossary['phrases'] = [];
  for (const [short, longs] of Object.entries(GLOSSARY)) {
    for (const long of longs) {
      const parts = long.split(' ');
      for (const part of parts) link(short, part);
      if (parts.length === 1) link(long, short);
      else phrases.push({ short, words: parts });
    }
  }
  glossary = { words, phrases };
  return glossary;
};

/**
 * Expansions of a query by the glossary: for each word, its abbreviations or what it abbreviates
 * (`forms` gives the word's other number to try when the word itself is not listed), and the
 * abbreviation of every phrase whose words are all in the query.
 */
export const abbreviationExpansions = (queryWords: readonly string[], forms: (word: string) => string[]): { term: string; from: string }[] => {
  const { words, phrases } = read();
  const out: { term: string; from: string }[] = [];
  const present = new Set(queryWords);
  for (const word of present) {
    const found = words.get(word) ?? forms(word).map((f) => words.get(f)).find((x) => x !== undefined) ?? [];
    for (const term of found) out.push({ term, from: word });
  }
  for (const { short, words: parts } of phrases) {
    if (parts.every((p) => present.has(p))) out.push({ term: short, from: parts.join(' ') });
  }
  for (const word of present) {
    const code = ownValue(LOCALES, word);
    if (code !== undefined) out.push({ term: code, from: word });
  }
  return out;
};

/**
 * Whether a word is in the glossary either way (`admin`, `cfg`, `administrator`): a programmer's word, so never
 * taken for a typo though the dictionary lacks it (`admin` is one edit from a copyright holder's `armin`).
 */
export const isGlossaryWord = (word: string): boolean => read().words.has(word);
