import { posix } from 'node:path';

/** A dependency a manifest declares on another project: by the folder it lies in, or by its package name. */
export interface ManifestDependency {
  /** Repo-relative folder of the project depended on (a path dependency, a project reference). */
  dir?: string;
  /** Package name (npm, Cargo, pub), matched against the repository's own packages. */
  name?: string;
}

/** Manifests whose declared dependencies become module edges: npm, Cargo, pub and .NET project files. */
export const DEPENDENCY_MANIFEST = /(?:^|\/)(?:package\.json|Cargo\.toml|pubspec\.yaml|[^/]+\.(?:cs|fs|vb)proj)$/u;

/**
 * The dependencies a manifest at `path` declares, for edges between the repository's own projects (a project
 * whose code names the other only inside macros, or by a namespace both share, had no edge: serde on serde_core,
 * Hangfire.AspNetCore on Hangfire.NetCore). Development-only dependencies (npm's devDependencies, Cargo's
 * dev-dependencies, pub's dev_dependencies) are left out: they serve tests and tools, not the code.
 */
export const manifestDependencies = (path: string, text: string): ManifestDependency[] => {
  const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path);
  const at = (relative: string): string => {
    const joined = posix.normalize(posix.join(dir, relative.replaceAll('\\', '/')));
    return joined === '.' ? '' : joined.replace(/\/$/u, '');
  };
  const base = posix.basename(path);
  if (base === 'package.json') return npmDependencies(text);
  if (base === 'Cargo.toml') return cargoDependencies(text).map((d) => (d.path !== undefined ? { dir: at(d.path) } : { name: d.name }));
  if (base === 'pubspec.yaml') return pubDependencies(text).map((d) => (d.path !== undefined ? { dir: at(d.path) } : { name: d.name }));
  // <ProjectReference Include="..\Hangfire.NetCore\Hangfire.NetCore.csproj" />
  return [...text.matchAll(/<ProjectReference\s+Include\s*=\s*"([^"]+)"/giu)].map((m) => {
    const folder = posix.dirname(at(m[1] as string));
    return { dir: folder === '.' ? '' : folder };
  });
};

const npmDependencies = (text: string): ManifestDependency[] => {
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return [];
  }
  const out: ManifestDependency[] = [];
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    const deps = manifest[field];
    if (deps && typeof deps === 'object' && !Array.isArray(deps)) for (const name of Object.keys(deps)) out.push({ name });
  }
  return out;
};

/** `[dependencies]`, `[build-dependencies]`, `[target.'cfg(…)'.dependencies]` entries, and `[dependencies.x]` tables. */
const cargoDependencies = (text: string): { name: string; path?: string }[] => {
  const out: { name: string; path?: string }[] = [];
  let section = '';
  let table: { name: string; path?: string } | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+#.*$/u, '').trim();
    const header = /^\[([^\]]+)\]$/u.exec(line);
    if (header) {
      section = (header[1] as string).trim();
      const own = /^(?:target\..+\.)?(?:build-)?dependencies\.([\w-]+)$/u.exec(section);
      table = own ? { name: own[1] as string } : undefined;
      if (table) out.push(table);
      continue;
    }
    if (table) {
      const path = /^path\s*=\s*"([^"]+)"/u.exec(line);
      if (path) table.path = path[1] as string;
      const renamed = /^package\s*=\s*"([^"]+)"/u.exec(line);
      if (renamed) table.name = renamed[1] as string;
      continue;
    }
    if (!/^(?:target\..+\.)?(?:build-)?dependencies$/u.test(section)) continue;
    const entry = /^([\w-]+)\s*=\s*(.*)$/u.exec(line);
    if (!entry) continue;
    const value = entry[2] as string;
    const path = /\bpath\s*=\s*"([^"]+)"/u.exec(value)?.[1];
    const renamed = /\bpackage\s*=\s*"([^"]+)"/u.exec(value)?.[1];
    out.push({ name: renamed ?? (entry[1] as string), ...(path !== undefined ? { path } : {}) });
  }
  return out;
};

/** The `dependencies:` block of a pubspec: each key, with the `path:` below it if any. */
const pubDependencies = (text: string): { name: string; path?: string }[] => {
  const out: { name: string; path?: string }[] = [];
  let inBlock = false;
  let indent = -1;
  let last: { name: string; path?: string } | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+#.*$/u, '');
    if (line.trim() === '') continue;
    if (!/^\s/u.test(line)) {
      inBlock = /^dependencies:\s*$/u.test(line);
      indent = -1;
      last = undefined;
      continue;
    }
    if (!inBlock) continue;
    const depth = line.length - line.trimStart().length;
    if (indent < 0) indent = depth;
    const entry = /^\s*([\w-]+):\s*(.*)$/u.exec(line);
    if (!entry) continue;
    if (depth === indent) {
      last = { name: entry[1] as string };
      out.push(last);
    } else if (last && entry[1] === 'path') last.path = (entry[2] as string).replace(/^(["'])(.*)\1$/u, '$2').trim();
  }
  return out;
};
