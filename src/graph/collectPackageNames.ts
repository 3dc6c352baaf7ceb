import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { takeStamp, type Stamp } from './fsStamps.ts';
import { readTsconfigPaths, type PathAlias } from './readTsconfigPaths.ts';

export interface PackageName {
  /** Directory of the manifest, repo-relative ('' = root). */
  dir: string;
  /** '' for a package.json that names no package but has a `main`. */
  name: string;
  kind: 'npm' | 'cargo' | 'go' | 'pub' | 'alias';
  /** kind 'npm': the file its `main` names (relative to `dir`), which `require` of the package or its folder loads. */
  main?: string;
  /** kind 'alias': a tsconfig `paths` entry (name = its pattern, dir = its scope). */
  targets?: string[];
}

const MANIFESTS: Record<string, PackageName['kind']> = { 'package.json': 'npm', 'Cargo.toml': 'cargo', 'go.mod': 'go', 'pubspec.yaml': 'pub' };

/** The manifests collectPackageNames reads among `paths`. */
export function manifestPaths(paths: Iterable<string>): string[] {
  const out: string[] = [];
  for (const path of paths) {
    // (a suffix test first: this runs over every listed file at each re-index)
    if (!/(^|\/)(package\.json|Cargo\.toml|go\.mod|pubspec\.yaml|[tj]sconfig(\.base)?\.json)$/.test(path)) continue;
    if (!/(^|\/)(test|tests|testdata|fixtures|__fixtures__)\//.test(path)) out.push(path);
  }
  return out;
}

const EXAMPLE = /(^|\/)examples?\//u;

/**
 * Names that code imports by, read from every manifest among the indexed files, whatever way the
 * modules were discovered: with an explicit list or config globs, `import '@acme/ui'`,
 * `use acme_core::x` or a Go import path must still resolve to the module holding that manifest.
 * tsconfig/jsconfig `paths` aliases (`@app/*` → `src/app/*`) come along as kind 'alias'.
 */
export function collectPackageNames(root: string, paths: Iterable<string>, reads?: Stamp[]): PackageName[] {
  const out: PackageName[] = [];
  for (const path of manifestPaths(paths)) {
    reads?.push(takeStamp(root, path, true));
    let text: string;
    try {
      text = readFileSync(join(root, path), 'utf8');
    } catch {
      continue;
    }
    const kind = MANIFESTS[posix.basename(path)];
    if (kind === undefined) {
      out.push(...readTsconfigPaths(path, text).map((a: PathAlias) => ({ dir: a.scope, name: a.pattern, kind: 'alias' as const, targets: a.targets })));
      continue;
    }
    const npm = kind === 'npm' ? npmFields(text) : {};
    const name =
      kind === 'npm' ? npm.name
      : kind === 'cargo' ? /^\s*name\s*=\s*"([^"]+)"/m.exec(text.split(/^\s*\[(?!package\])/m)[0] ?? '')?.[1]
      : kind === 'pub' ? pubspecField(text, 'name')
      : /^\s*module\s+(\S+)/m.exec(text)?.[1];
    const { main } = npm;
    // (a package.json without a name, an app's or a workspace root's, still says which file its folder loads)
    if (name || main !== undefined) out.push({ dir: posix.dirname(path) === '.' ? '' : posix.dirname(path), name: name ?? '', kind, ...(main !== undefined ? { main } : {}) });
  }
  // An example's manifest names the example's own packages (bloc's examples/flutter_todos/packages/todos_api, imported
  // as `package:todos_api/…`), but an example that takes the library's name, as many do, must not take its imports,
  // nor may two examples of one name take each other's.
  const key = (p: PackageName): string => `${p.kind}\0${p.name}`;
  const inExample = (p: PackageName): boolean => p.kind !== 'alias' && EXAMPLE.test(`${p.dir}/`);
  const outside = new Set(out.filter((p) => !inExample(p)).map(key));
  const examples = new Map<string, number>();
  for (const p of out) if (inExample(p)) examples.set(key(p), (examples.get(key(p)) ?? 0) + 1);
  return out.filter((p) => !inExample(p) || (!outside.has(key(p)) && examples.get(key(p)) === 1));
}

/** A package.json's `name` and `main`, parsed once; bad JSON reads as neither. */
function npmFields(text: string): { name?: string; main?: string } {
  try {
    const v = JSON.parse(text) as { name?: unknown; main?: unknown };
    return {
      ...(typeof v.name === 'string' ? { name: v.name } : {}),
      ...(typeof v.main === 'string' && v.main.trim() !== '' ? { main: v.main.trim() } : {}),
    };
  } catch {
    return {};
  }
}

/** A top-level scalar of a pubspec.yaml (`name: shop`, `description: "…"`, or a `>` / `|` block below it). */
export function pubspecField(text: string, key: string): string | undefined {
  const match = new RegExp(`^${key}:[ \\t]*(.*)$`, 'm').exec(text);
  if (!match) return undefined;
  const value = (match[1] ?? '').replace(/\s+#.*$/, '').trim();
  if (/^[>|][-+]?$/.test(value)) {
    const block: string[] = [];
    for (const line of text.slice(match.index + match[0].length + 1).split('\n')) {
      if (line.trim() !== '' && !/^\s/.test(line)) break;
      block.push(line.trim());
    }
    return block.join(' ').replace(/\s+/g, ' ').trim() || undefined;
  }
  return value.replace(/^(["'])(.*)\1$/, '$2').trim() || undefined;
}
