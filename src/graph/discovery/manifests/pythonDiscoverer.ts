import type { DiscoveryContext, ModuleCandidate } from '../DiscoveryContext.ts';
import type { ManifestDiscoverer } from '../ManifestDiscoverer.ts';
import { dominantIndex } from '../dominantIndex.ts';
import { isTestOrFixturePath } from '../isFixturePath.ts';
import { isSkippedDirectory } from '../isSkippedDirectory.ts';
import { joinPath } from '../joinPath.ts';
import { readToml, tomlString } from '../readToml.ts';

const ROOT_MANIFESTS = ['pyproject.toml', 'setup.py', 'setup.cfg'];

/** Top-level importable packages: directories with an __init__.py directly under `base`. */
const packagesUnder = async (ctx: DiscoveryContext, base: string, manifest: string): Promise<ModuleCandidate[]> => {
  const candidates: ModuleCandidate[] = [];
  for (const entry of await ctx.list(base)) {
    if (entry.kind !== 'directory' || isSkippedDirectory(ctx.root, joinPath(base, entry.name))) continue;
    const dir = joinPath(base, entry.name);
    if ((await ctx.list(dir)).some((e) => e.kind === 'file' && e.name === '__init__.py')) {
      candidates.push({ path: dir, name: entry.name, manifest });
    }
  }
  return candidates;
};

const TEST_PACKAGES = new Set(['test', 'tests', 'testing', 'docs', 'examples', 'scripts', 'benchmarks']);

/** Python files directly in a folder that make it a package of its own without an `__init__.py`. */
const NAMESPACE_FILES = 2;

/**
 * Folders beside a package's subpackages that hold Python modules but no `__init__.py`: implicit namespace packages
 * (PEP 420), imported like the others. Dispatch's `ai`, `feedback`, `case_cost`, `evergreen` … (eight of its domains) had
 * gone to the catch-all `src/dispatch` of 618 files. Only beside real subpackages: a package of none stays whole.
 */
const namespacePackagesUnder = async (ctx: DiscoveryContext, base: string, manifest: string): Promise<ModuleCandidate[]> => {
  const candidates: ModuleCandidate[] = [];
  for (const entry of await ctx.list(base)) {
    const dir = joinPath(base, entry.name);
    if (entry.kind !== 'directory' || TEST_PACKAGES.has(entry.name) || isTestOrFixturePath(dir) || isSkippedDirectory(ctx.root, dir)) continue;
    const files = await ctx.list(dir);
    if (files.some((e) => e.kind === 'file' && e.name === '__init__.py')) continue;
    if (files.filter((e) => e.kind === 'file' && /\.py$/u.test(e.name)).length >= NAMESPACE_FILES) candidates.push({ path: dir, name: entry.name, manifest });
  }
  return candidates;
};

/** A package with subpackages this many or more is expanded once more (django/contrib's apps, sqlalchemy/dialects). */
const EXPAND_AT = 4;

/**
 * The package and its subpackages (dotted names), each a module. A subpackage that holds EXPAND_AT or
 * more subpackages of its own is expanded the same way, one level down.
 */
const expandPackage = async (ctx: DiscoveryContext, pkg: ModuleCandidate, manifest: string, depth: number): Promise<ModuleCandidate[]> => {
  const packages = await packagesUnder(ctx, pkg.path, manifest);
  if (packages.length === 0) return [pkg];
  const subs = [...packages, ...(await namespacePackagesUnder(ctx, pkg.path, manifest))].map((c) => ({ ...c, name: `${pkg.name}.${c.name}` }));
  const out: ModuleCandidate[] = [pkg];
  for (const sub of subs) {
    const grand = depth === 0 ? (await packagesUnder(ctx, sub.path, manifest)).length : 0;
    out.push(...(grand >= EXPAND_AT ? await expandPackage(ctx, sub, manifest, depth + 1) : [sub]));
  }
  return out;
};

/** Python source files under a folder, its subfolders included. */
const pythonFilesUnder = async (ctx: DiscoveryContext, dir: string): Promise<number> => {
  let n = 0;
  for (const d of await ctx.walk()) {
    if (d !== dir && !d.startsWith(`${dir}/`)) continue;
    for (const e of await ctx.list(d)) if (e.kind === 'file' && /\.(?:py|pyx)$/u.test(e.name)) n++;
  }
  return n;
};

/**
 * Of several code packages, the one holding four in five of their Python files: the library, beside helper
 * packages (Sphinx's root `utils/` of release scripts beside `sphinx/`, whose 174 files had been one module).
 */
const dominantPackage = async (ctx: DiscoveryContext, code: readonly ModuleCandidate[]): Promise<ModuleCandidate | undefined> => {
  if (code.length < 2) return undefined;
  const best = dominantIndex(await Promise.all(code.map((c) => pythonFilesUnder(ctx, c.path))));
  return best === undefined ? undefined : code[best];
};

/**
 * Python: with a root pyproject.toml / setup.py / setup.cfg, the packages directly under the root,
 * under src/ and under lib/ (name = import name), and when there is one such package (tests aside) or one holds four in
 * five of their Python files, its subpackages
 * instead (`django/db`, `django/contrib/auth`; see expandPackage); plus every pyproject.toml in a subdirectory that declares a package (monorepo; not in tests or test data), named by
 * [project] or [tool.poetry]. setup.py `packages=` is not read: it is code (find_packages()), and the
 * __init__.py scan finds the same packages.
 */
/** pyproject.toml tables that make a package: the build system, PEP 621's metadata, a build backend's own settings. */
const PACKAGE_TABLE = /^(?:build-system|project|tool\.(?:poetry|setuptools|hatch|pdm|flit|maturin|scikit-build)(?:\.|$))/u;

export const pythonDiscoverer: ManifestDiscoverer = {
  source: 'python',
  async discover(ctx) {
    const candidates: ModuleCandidate[] = [];
    for (const manifest of ROOT_MANIFESTS) {
      if (!(await ctx.isFile(manifest))) continue;
      // The root and src/; lib/ only where they hold no code package and lib/ is none itself (ansible-core's
      // `package_dir = =lib`: its whole library had been one module; an App Engine app's lib/ holds vendored copies).
      let roots = [...(await packagesUnder(ctx, '', manifest)), ...(await packagesUnder(ctx, 'src', manifest))];
      if (!roots.some((c) => !TEST_PACKAGES.has(c.name ?? ''))) roots = [...roots, ...(await packagesUnder(ctx, 'lib', manifest))];
      const code = roots.filter((c) => !TEST_PACKAGES.has(c.name ?? ''));
      // A library is usually one package (django, sqlalchemy, requests): as a single module it answers
      // every request. Its subpackages are the modules then, as a lone src/ is expanded.
      const only = code.length === 1 ? code[0] : await dominantPackage(ctx, code);
      // The project's own description is its library's: httpx's package card had none beside "The next generation HTTP
      // client." in the root pyproject.toml (the root module, docs and scripts, kept the README's).
      if (only !== undefined && only.description === undefined && manifest === 'pyproject.toml') {
        const toml = readToml((await ctx.readText(manifest)) ?? '');
        const description = tomlString(toml, 'project', 'description') ?? tomlString(toml, 'tool.poetry', 'description');
        if (description !== undefined) only.description = description;
      }
      candidates.push(...(only ? [...roots.filter((c) => c !== only), ...(await expandPackage(ctx, only, manifest, 0))] : roots));
      break;
    }
    for (const dir of await ctx.walk()) {
      if (dir === '' || isTestOrFixturePath(dir)) continue;
      const manifest = joinPath(dir, 'pyproject.toml');
      const entries = await ctx.list(dir);
      const text = entries.some((e) => e.name === 'pyproject.toml') ? await ctx.readText(manifest) : undefined;
      if (text === undefined) continue;
      const toml = readToml(text);
      // A package says how it is built or what it is called, there or in a setup.py / setup.cfg beside it; a
      // pyproject.toml holding only a lint or format tool's settings is a sample configuration (black's
      // `docs/compatible_configs/isort/pyproject.toml`: `[tool.isort]` alone).
      // A setup.cfg only with its `[metadata]`: beside black's sample pyproject.toml files sits a setup.cfg of `[isort]` settings.
      const setupCfg = entries.some((e) => e.name === 'setup.cfg') ? await ctx.readText(joinPath(dir, 'setup.cfg')) : undefined;
      const declaresPackage = [...toml.keys()].some((table) => PACKAGE_TABLE.test(table)) || entries.some((e) => e.name === 'setup.py') || /^\[metadata\]/mu.test(setupCfg ?? '');
      if (!declaresPackage) continue;
      const candidate: ModuleCandidate = { path: dir, manifest };
      const name = tomlString(toml, 'project', 'name') ?? tomlString(toml, 'tool.poetry', 'name');
      const description = tomlString(toml, 'project', 'description') ?? tomlString(toml, 'tool.poetry', 'description');
      if (name !== undefined) candidate.name = name;
      if (description !== undefined) candidate.description = description;
      candidates.push(candidate);
    }
    return candidates;
  },
};
