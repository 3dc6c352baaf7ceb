import type { FileFacts } from '../../types.ts';
import type { Extractor } from '../Extractor.ts';
import { capDoc } from '../shared/cleanDoc.ts';
import { createFactsCollector } from '../shared/createFactsCollector.ts';
import { hasShebang } from '../shared/hasShebang.ts';

/**
 * Perl, read by line (no grammar ships for it): `package Mojo::DOM;` is a module symbol, `sub name` a
 * function of the package above it (exported unless it or a part of the package's name starts with `_`: Mojo::Server::PSGI's
 * helper `Mojo::Server::PSGI::_IO` is no API), `has name => …` (Moose, Moo,
 * Mojo::Base) a property; `use`/`require Mojo::Base` and the classes a `use parent`/`use base`/`use
 * Mojo::Base 'X'` line names are imports of `Mojo/Base.pm`, found on the search path like a C include.
 * POD is the documentation: `=head1 NAME` ("Mojo::DOM - Minimalistic HTML/XML DOM parser") and the first
 * paragraph of `=head1 DESCRIPTION` are file docs, a `=head2 name` paragraph documents the sub of that name.
 * Mojolicious' review: 119 modules gave no symbol, summary or edge.
 */
export const perlExtractor = {
  language: 'perl',
  // No tree-sitter grammar: nothing to load ahead.
  grammar: '',
  shouldUse: (file) => /\.(pm|pl|perl)$/u.test(file.path) || hasShebang(file, /\bperl\b/),
  extract: async (file) => extractPerl(file.text),
} satisfies Extractor;

const PACKAGE = /^\s*package\s+([A-Za-z_][\w:]*)\s*(?:[\d.v_]+\s*)?[;{]/u;
const SUB = /^\s*sub\s+([A-Za-z_]\w*)/u;
const HAS = /^\s*has\s+(?:'|")?([A-Za-z_]\w*)/u;
const USE = /^\s*(?:use|require)\s+([A-Z][\w]*(?:::\w+)*)([^;]*)/u;
const INHERIT = /^\s*use\s+(parent|base)\b([^;]*)/u;
const CLASS_NAME = /^[A-Z]\w*(?:::\w+)*$/u;

/** A package named private by one of its parts (`Mojo::Server::PSGI::_IO`). */
const isPrivatePackage = (pkg: string | undefined): boolean => pkg !== undefined && pkg.split('::').some((part) => part.startsWith('_'));

/** POD formatting codes read as their text: `C<$dom-E<gt>find>` → `$dom->find`, `L<Mojo::DOM/"at">` → `Mojo::DOM`, `L<the spec|https://…>` → `the spec`. */
const podText = (text: string): string => {
  // Escapes first, as placeholders, so that `C<…E<gt>…>` still reads as one code.
  let out = text.replace(/E<gt>/gu, '\u0001').replace(/E<lt>/gu, '\u0002');
  for (let i = 0; i < 4 && /[A-Z]<[^<>]*>/u.test(out); i++) {
    // `L<text|target>` reads as its text (Mojo::Promise's `L<Promises/A+|https://promisesaplus.com>` had read "https:"),
    // `L<Mojo::DOM/"at">` as the page it names
    out = out.replace(/L<([^|<>]*)\|[^<>]*>/gu, '$1').replace(/L<([^/<>]*)(?:\/[^<>]*)?>/gu, '$1').replace(/[A-Z]<([^<>]*)>/gu, '$1');
  }
  return out.replace(/\u0001/gu, '>').replace(/\u0002/gu, '<').replace(/\s+/gu, ' ').trim();
};

export const extractPerl = (text: string): FileFacts => {
  const out = createFactsCollector('perl');
  const lines = text.split('\n');
  const subs = new Map<string, { name: string; line: number; container?: string }>();
  const podDocs = new Map<string, string>();
  let pkg: string | undefined;
  let inPod = false;
  let podHeading = '';
  let podPara: string[] = [];
  let podParaDone = false;
  const flushPara = () => {
    if (podPara.length === 0) return;
    const para = podText(podPara.join(' '));
    podPara = [];
    if (para === '' || podParaDone) return;
    podParaDone = true;
    if (/^NAME$/iu.test(podHeading)) {
      // "Mojo::DOM - Minimalistic HTML/XML DOM parser with CSS selectors": the part after the dash.
      const dash = para.indexOf(' - ');
      out.addFileDoc(capDoc(dash >= 0 ? para.slice(dash + 3) : para));
    } else if (/^DESCRIPTION$/iu.test(podHeading)) out.addFileDoc(capDoc(para));
    else if (podHeading.startsWith('2 ')) {
      const name = /^2\s+([A-Za-z_]\w*)/u.exec(podHeading)?.[1];
      if (name !== undefined && !podDocs.has(name)) podDocs.set(name, capDoc(para));
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^__(END|DATA)__\s*$/u.test(line)) {
      // What follows is data or documentation: only POD is read from here on.
      inPod = true;
      continue;
    }
    if (/^=[a-zA-Z]/u.test(line)) {
      flushPara();
      if (/^=cut\b/u.test(line)) {
        inPod = false;
        continue;
      }
      inPod = true;
      const head = /^=head([1-4])\s+(.*)$/u.exec(line);
      if (head) {
        podHeading = head[1] === '1' ? (head[2] ?? '').trim() : `${head[1]} ${(head[2] ?? '').trim()}`;
        podParaDone = false;
      }
      continue;
    }
    if (inPod) {
      if (line.trim() === '') flushPara();
      // Verbatim (indented) lines are code examples, not prose.
      else if (!/^\s/u.test(line)) podPara.push(line);
      continue;
    }
    const p = PACKAGE.exec(line);
    if (p?.[1]) {
      pkg = p[1];
      out.addSymbol({ name: pkg, kind: 'module', line: i + 1, exported: !isPrivatePackage(pkg) });
      continue;
    }
    const s = SUB.exec(line);
    if (s?.[1]) {
      if (!subs.has(s[1])) subs.set(s[1], { name: s[1], line: i + 1, ...(pkg !== undefined ? { container: pkg } : {}) });
      continue;
    }
    const h = HAS.exec(line);
    if (h?.[1]) {
      out.addSymbol({ name: h[1], kind: 'property', line: i + 1, exported: !h[1].startsWith('_') && !isPrivatePackage(pkg), ...(pkg !== undefined ? { container: pkg } : {}) });
      continue;
    }
    const u = USE.exec(line) ?? INHERIT.exec(line);
    if (u?.[1]) {
      if (u[1] !== 'parent' && u[1] !== 'base') addImport(out, u[1]);
      // `use parent -norequire, 'A::B'`, `use base qw(A B)`, `use Mojo::Base 'Mojo::EventEmitter'`: the classes named.
      for (const quoted of (u[2] ?? '').match(/'[^']*'|"[^"]*"|qw\s*[(/[{][^)\]}/]*/gu) ?? []) {
        for (const name of quoted.replace(/^qw\s*./u, '').replace(/['"]/gu, '').split(/\s+/u)) if (CLASS_NAME.test(name) && name.includes('::')) addImport(out, name);
      }
    }
  }
  flushPara();
  for (const sub of subs.values()) {
    const doc = podDocs.get(sub.name);
    out.addSymbol({ name: sub.name, kind: sub.container ? 'method' : 'function', line: sub.line, exported: !sub.name.startsWith('_') && !isPrivatePackage(sub.container), ...(sub.container ? { container: sub.container } : {}), ...(doc ? { doc } : {}) });
  }
  return out.build(false);
};

/** `Mojo::Base` → the file `Mojo/Base.pm` on the search path; pragmas (`strict`, `warnings`) are lower-case and never reach here. */
const addImport = (out: ReturnType<typeof createFactsCollector>, name: string): void => {
  if (name === 'Exporter' || name === 'POSIX' || name.startsWith('Test::More')) return;
  out.addImport({ spec: `${name.replace(/::/gu, '/')}.pm`, kind: 'include', system: true });
};
