import { posix } from 'node:path';

/** A dependency a manifest declares on another project: by the folder it lies in, or by its package name. */
export interface ManifestDependency {
  /** Repo-relative folder of the project depended on (a path dependency, a project reference). */
  dir?: string;
  /** Package name (npm, Cargo, pub), matched against the repository's own packages. */
  name?: string;
  /** Candidate folders of a Gradle project path (`:core:datastore-proto`), tried in order: the first that holds files is it. */
  dirs?: string[];
}

/** Manifests whose declared dependencies become module edges: npm, Cargo, pub, .NET project files and Gradle build scripts. */
export const DEPENDENCY_MANIFEST = /(?:^|\/)(?:package\.json|Cargo\.toml|pubspec\.yaml|[^/]+\.(?:cs|fs|vb)proj|build\.gradle(?:\.kts)?)$/u;

/**
 * The dependencies a manifest at `path` declares, for edges between the repository's own projects (a project
 * whose code names the other only inside macros, or by a namespace both share, had no edge: serde on serde_core,
 * Hangfire.AspNetCore on Hangfire.NetCore). Development-only dependencies (npm's devDependencies, Cargo's
 * dev-dependencies, pub's dev_dependencies) are left out: they serve tests and tools, not the code.
 */
export const manifestDependencies = (path: string, raw: string): ManifestDependency[] => {
  const text = raw.replace(/\r\n?/gu, '\n');
  const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path);
  // A folder outside the repository (`..\..\other\X.csproj` from a shallow project) is none of its modules.
  const at = (relative: string): string | undefined => {
    const joined = posix.normalize(posix.join(dir, relative.replaceAll('\\', '/')));
    if (joined === '..' || joined.startsWith('../') || posix.isAbsolute(joined)) return undefined;
    return joined === '.' ? '' : joined.replace(/\/$/u, '');
  };
  const byPath = (d: { name: string; path?: string }): ManifestDependency[] => {
    if (d.path === undefined) return [{ name: d.name }];
    const folder = at(d.path);
    return folder === undefined ? [] : [{ dir: folder }];
  };
  const base = posix.basename(path);
  if (base === 'package.json') return npmDependencies(text);
  if (base === 'Cargo.toml') return cargoDependencies(text).flatMap(byPath);
  if (base === 'pubspec.yaml') return pubDependencies(text).flatMap(byPath);
  if (base === 'build.gradle' || base === 'build.gradle.kts') return gradleDependencies(text);
  // <ProjectReference Include="..\Hangfire.NetCore\Hangfire.NetCore.csproj" />, its attributes in any order, not in a comment;
  // `$(MSBuildThisFileDirectory)` is the project's own folder, a property naming the repository's or solution's root
  // (`$(RepoRoot)\src\X\X.csproj`, `$(SolutionDir)`: RestSharp's tests had no edge to the projects they test) the top
  const out: ManifestDependency[] = [];
  for (const tag of text.replace(/<!--[\s\S]*?-->/gu, '').matchAll(/<ProjectReference\b[^>]*>/giu)) {
    const include = /\bInclude\s*=\s*(?:"([^"]+)"|'([^']+)')/iu.exec(tag[0]);
    const raw = (include?.[1] ?? include?.[2])?.replace(/^\$\(MSBuildThisFileDirectory\)|^\$\(MSBuildProjectDirectory\)[\\/]?/iu, '');
    // (only names that mean the root: `$(SrcRoot)` is often src/, `$(RepositoryEngineeringDir)` arcade's eng/)
    const fromRoot = raw === undefined ? undefined : /^\$\((?:RepoRoot|RepositoryRoot|RepoRootDir|RootDir|RootDirectory|SolutionDir)\)[\\/]?(?=[^\\/])/iu.exec(raw);
    const file = fromRoot ? `${'../'.repeat(dir === '' ? 0 : dir.split('/').length)}${raw?.slice(fromRoot[0].length)}` : raw;
    if (file === undefined || file.includes('$(')) continue;
    const project = at(file);
    if (project === undefined) continue;
    const folder = posix.dirname(project);
    out.push({ dir: folder === '.' ? '' : folder });
  }
  return out;
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
  const dotted = new Map<string, { name: string; path?: string }>();
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+#.*$/u, '').trim();
    // `[[bin]]`, `[[example]]`: tables of targets, no dependencies
    if (/^\[\[/u.test(line)) {
      section = line;
      table = undefined;
      continue;
    }
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
    // `b = { path = "../b" }`, `b = "1"`, and dotted keys: `b.path = "../b"`, `b.workspace = true`
    const entry = /^([\w-]+)(?:\.([\w-]+))?\s*=\s*(.*)$/u.exec(line);
    if (!entry) continue;
    const [, key, field, value = ''] = entry as unknown as [string, string, string | undefined, string];
    const known = dotted.get(key);
    const dep = known ?? { name: key };
    if (!known) {
      out.push(dep);
      if (field !== undefined) dotted.set(key, dep);
    }
    const quoted = /^"([^"]+)"/u.exec(value)?.[1];
    const path = field === 'path' ? quoted : field === undefined ? /\bpath\s*=\s*"([^"]+)"/u.exec(value)?.[1] : undefined;
    const renamed = field === 'package' ? quoted : field === undefined ? /\bpackage\s*=\s*"([^"]+)"/u.exec(value)?.[1] : undefined;
    if (path !== undefined) dep.path = path;
    if (renamed !== undefined) dep.name = renamed;
  }
  return out;
};

/** The `dependencies:` block of a pubspec: each key, with the `path:` below it if any. */
const pubDependencies = (text: string): { name: string; path?: string }[] => {
  const out: { name: string; path?: string }[] = [];
  let inBlock = false;
  let indent = -1;
  let last: { name: string; path?: string } | undefined;
  let childDepth = -1;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/(?:^|\s+)#.*$/u, '');
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
      childDepth = -1;
      continue;
    }
    // a `path:` right below the dependency; one under its `git:` is a folder of that other repository
    if (childDepth < 0) childDepth = depth;
    if (last && depth === childDepth && entry[1] === 'path') last.path = (entry[2] as string).replace(/^(["'])(.*)\1$/u, '$2').trim();
  }
  return out;
};

// A dependency declaration: its configuration (`implementation`, `api`, `testImplementation` …) and what follows on the line.
const GRADLE_DECLARATION = /^\s*([A-Za-z]\w*)\s*[( ]\s*(.*)$/gmu;
const GRADLE_PROJECT = /\bproject\s*\(\s*(?:path\s*[:=]\s*)?["'](:[\w.:-]+)["']/gu;
// (a typesafe project accessor: `projects.core.datastoreProto` is `:core:datastore-proto`)
const GRADLE_ACCESSOR = /\bprojects((?:\.[A-Za-z_]\w*)+)/gu;

/**
 * The projects a Gradle build script depends on: `implementation(project(":core:ui"))`, Groovy's `api project(':lib')`,
 * and typesafe accessors, `implementation(projects.core.datastoreProto)` (Now in Android's every module: its modules'
 * cards said "depends on –"). A project path names a folder below the root (`:core:ui` is `core/ui`); an accessor's
 * camelCase part may be spelled `datastore-proto`, `datastore_proto` or as written, so each spelling is a candidate.
 * Test configurations (`testImplementation`, `androidTestImplementation`, `testFixtures…`) are left out, as npm's
 * devDependencies are. A project whose folder `settings.gradle` moves elsewhere is not followed.
 */
const gradleDependencies = (raw: string): ManifestDependency[] => {
  const text = raw.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/(^|[^:"'])\/\/.*$/gmu, '$1');
  const out: ManifestDependency[] = [];
  for (const [, configuration, rest] of text.matchAll(GRADLE_DECLARATION)) {
    if (configuration === undefined || rest === undefined || /test|benchmark|lint/iu.test(configuration)) continue;
    for (const m of rest.matchAll(GRADLE_PROJECT)) out.push({ dirs: [gradlePathDir(m[1] ?? '')] });
    for (const m of rest.matchAll(GRADLE_ACCESSOR)) {
      const parts = (m[1] ?? '').slice(1).split('.');
      if (parts.at(-1) === 'dependencyProject') parts.pop();
      if (parts.length === 0) continue;
      const spell = (sep: string) => parts.map((p) => p.replace(/(?<=[a-z0-9])([A-Z])/gu, (c) => `${sep}${c.toLowerCase()}`)).join('/');
      out.push({ dirs: [...new Set([spell('-'), spell('_'), parts.join('/')])] });
    }
  }
  return out;
};

const gradlePathDir = (path: string): string => path.split(':').filter(Boolean).join('/');
