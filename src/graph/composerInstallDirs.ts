import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isRecord } from '../util/isRecord.ts';
import { parentDir } from '../util/parentDir.ts';
import { resolveWithin } from '../util/resolveWithin.ts';
import { joinPath } from './discovery/joinPath.ts';

/**
 * Where Composer installs another project's code, when a composer.json says so rather than the default `vendor/`
 * (skipped by name): `config.vendor-dir` puts package `acme/mailer` in `<vendor-dir>/acme/mailer` (FreshRSS's
 * `lib/composer.json` has `"vendor-dir": "./"`, so PHPMailer sat in `lib/phpmailer/` beside the project's own
 * framework and won a third of its review's misses), and composer/installers' `extra.installer-paths` puts a
 * package where a template says (`web/modules/contrib/{$name}`, Drupal's and WordPress's usual layout).
 *
 * Returns the repo-relative folders one composer.json (in `dir`) installs into: one per vendor in the vendor dir
 * (and Composer's own `composer/` there), one per package a template places. Only packages it requires count, so a
 * project's own folders beside them stay.
 */
export const composerInstallDirs = (root: string, dir: string): ReadonlySet<string> => {
  const file = join(root, dir, 'composer.json');
  let stats;
  try {
    stats = statSync(file);
  } catch {
    return NONE;
  }
  if (!stats.isFile()) return NONE;
  const key = `${file}\0${stats.ctimeMs}\0${stats.size}`;
  let known = cache.get(key);
  if (known === undefined) {
    known = readInstallDirs(file, dir);
    if (cache.size >= 256) cache.clear();
    cache.set(key, known);
  }
  return known;
};

const NONE: ReadonlySet<string> = new Set();
const cache = new Map<string, ReadonlySet<string>>();

const readInstallDirs = (file: string, dir: string): ReadonlySet<string> => {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return NONE;
  }
  if (!isRecord(json)) return NONE;
  const packages = [...Object.keys(record(json.require)), ...Object.keys(record(json['require-dev']))]
    .map((name) => name.toLowerCase().split('/'))
    .filter((parts): parts is [string, string] => parts.length === 2 && parts[0] !== '' && parts[1] !== '');
  if (packages.length === 0) return NONE;
  const out = new Set<string>();
  const vendorDir = record(json.config)['vendor-dir'];
  if (typeof vendorDir === 'string') {
    const target = resolveWithin(dir, vendorDir);
    if (target !== undefined) {
      for (const [vendor] of packages) out.add(joinPath(target, vendor));
      if (target !== dir) out.add(joinPath(target, 'composer'));
    }
  }
  for (const [template, names] of Object.entries(record(record(json.extra)['installer-paths']))) {
    if (!Array.isArray(names)) continue;
    const byType = names.some((n) => typeof n === 'string' && n.startsWith('type:'));
    const named = new Set(names.filter((n): n is string => typeof n === 'string' && !n.startsWith('type:')).map((n) => n.toLowerCase()));
    for (const [vendor, name] of packages) {
      if (!byType && !named.has(`${vendor}/${name}`)) continue;
      const path = template.replaceAll('{$vendor}', vendor).replaceAll('{$name}', name);
      if (path.includes('{$')) continue;
      const target = resolveWithin(dir, path);
      if (target !== undefined && target !== dir) out.add(target);
    }
  }
  return out;
};

const record = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

/**
 * Whether `path` (a folder, repo-relative) is where a composer.json in its parent, grandparent or the repository's top
 * installs another project's code. Those three places cover a `vendor-dir` of `./` or one folder, and installer
 * templates written at the top (a stat each, for every folder the walk meets).
 */
export const isComposerInstallDir = (root: string, path: string): boolean => {
  const parent = parentDir(path);
  const places = new Set([parent, parentDir(parent), '']);
  for (const place of places) if (composerInstallDirs(root, place).has(path)) return true;
  return false;
};
