import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { markedByGitattributes, projectNamesOf, walkRepository } from '../../src/graph/walkRepository.ts';
import { makeGitRepo, tempDir, writeFiles } from '../helpers/gitFixture.ts';

describe('what the walk skips: .gitattributes marks, build output, listed folders', () => {
  it('files marked linguist-generated or linguist-vendored are skipped and counted; an unset attribute takes a file back; a folder that marks all of itself is skipped whole', async () => {
    const root = tempDir();
    writeFiles(root, {
      '.gitattributes': '# GitHub linguist\n*.pb.swift linguist-generated\nweb/assets/** linguist-vendored=true\nweb/assets/own.js -linguist-vendored\n*.ts text eol=lf\n',
      'ios/Camera.swift': 'class Camera {}\n',
      'ios/Camera.pb.swift': 'struct Msg {}\n',
      'web/assets/jquery.js': 'var $;\n',
      'web/assets/own.js': 'export const own = 1;\n',
      'web/app.ts': 'export const app = 1;\n',
      // Nitro writes this beside its output
      'nitrogen/generated/.gitattributes': '** linguist-generated=true\n',
      'nitrogen/generated/shared/HybridCameraSpec.hpp': 'class HybridCameraSpec {};\n',
      'nitrogen/generated/android/Spec.kt': 'class Spec\n',
      'nitrogen/README.md': '# Nitro\n',
    });
    const walk = await walkRepository(root);
    assert.deepEqual(walk.files, ['.gitattributes', 'ios/Camera.swift', 'nitrogen/README.md', 'web/app.ts', 'web/assets/own.js']);
    // the .pb.swift and jquery; nitrogen/generated, whose own .gitattributes marks all of it, is skipped whole
    assert.equal(walk.skipped.generated, 2);
    assert.equal(walk.skipped.vendored, 1);
    // the attribute file is read, so an edit to it shows at the next run
    assert.ok(walk.reads.some((r) => r[0] === 'nitrogen/generated/.gitattributes' && r[1] === 'file'));
  });

  it('a .gitattributes that marks nothing, or sets the attribute false, changes nothing', () => {
    assert.equal(markedByGitattributes('*.js text\n* -diff\n'), undefined);
    assert.equal(markedByGitattributes('gen/** linguist-generated=false\n'), undefined);
    assert.equal(markedByGitattributes('gen/** linguist-generated\n')?.ignores('gen/a.ts'), true);
  });

  it('build output in one folder per flavour beside src/ is skipped as vendored', async () => {
    const root = tempDir();
    writeFiles(root, {
      'src/index.ts': '', 'src/Screen.tsx': '', 'src/types.ts': '',
      'lib/commonjs/index.js': '', 'lib/commonjs/Screen.js': '', 'lib/commonjs/types.js': '',
      'lib/module/index.js': '', 'lib/module/Screen.js': '', 'lib/module/types.js': '',
      'lib/typescript/index.d.ts': '',
    });
    const walk = await walkRepository(root);
    assert.deepEqual(walk.files, ['src/Screen.tsx', 'src/index.ts', 'src/types.ts']);
    assert.equal(walk.skipped.vendored, 1);
  });

  it("build output for another runtime that copies a src/ further up is skipped (zod's deno/lib); a lib/ of its own is not", async () => {
    const names = ['ZodError', 'errors', 'external', 'index', 'types'];
    const root = tempDir();
    writeFiles(root, {
      ...Object.fromEntries(names.map((n) => [`src/${n}.ts`, `export const ${n} = 1;\n`])),
      ...Object.fromEntries(names.map((n) => [`deno/lib/${n}.ts`, `export const ${n} = 1;\n`])),
      'deno/lib/mod.ts': 'export * from "./index.ts";\n',
      'deno/lib/README.md': '# zod\n',
      // another package's lib/ that shares names with src/ is its own code (sizes unlike, its own manifest)
      'packages/sdk/package.json': '{ "name": "sdk" }',
      'packages/sdk/lib/index.js': '// The SDK entry, much longer than the root\'s index.\nexport * from "./client.js";\nexport * from "./errors.js";\nexport const version = "1.0.0";\n',
      'packages/sdk/lib/ZodError.js': 'export class SdkError extends Error { constructor(m) { super(m); this.name = "SdkError"; } }\n',
      'packages/sdk/lib/errors.js': 'export const errors = { notFound: "not found", denied: "denied", timeout: "timed out" };\n',
      'packages/sdk/lib/types.js': '/** @typedef {{ id: string, name: string, createdAt: Date }} Thing */\nexport {};\n',
      // another package's lib/ that shares two names with src/ is its own code
      'packages/cli/lib/index.ts': 'export const cli = 1;\n',
      'packages/cli/lib/types.ts': 'export type T = 1;\n',
      'packages/cli/lib/args.ts': 'export const args = 1;\n',
      'packages/cli/lib/run.ts': 'export const run = 1;\n',
    });
    const walk = await walkRepository(root);
    assert.ok(!walk.files.some((f) => f.startsWith('deno/lib/')), walk.files.join(', '));
    assert.ok(walk.files.includes('packages/cli/lib/args.ts'));
    assert.ok(walk.files.includes('packages/sdk/lib/errors.js'), walk.files.join(', '));
    assert.equal(walk.skipped.vendored, 1);
  });

  it("folders a composer.json installs its packages into are skipped: a vendor-dir of its own (FreshRSS's lib/), installer-paths templates", async () => {
    const root = tempDir();
    writeFiles(root, {
      'composer.json': JSON.stringify({
        require: { 'drupal/token': '^1', 'drupal/core': '^10' },
        extra: { 'installer-paths': { 'web/modules/contrib/{$name}': ['type:drupal-module'], 'web/core': ['drupal/core'] } },
      }),
      'web/modules/contrib/token/token.module': '<?php function token_help() {}\n',
      'web/modules/custom/billing/billing.module': '<?php function billing_help() {}\n',
      'web/core/lib/Kernel.php': '<?php class Kernel {}\n',
      'lib/composer.json': JSON.stringify({ require: { 'phpmailer/phpmailer': '6.9.1' }, config: { 'vendor-dir': './' } }),
      'lib/phpmailer/phpmailer/src/PHPMailer.php': '<?php class PHPMailer {}\n',
      'lib/Minz/Mailer.php': '<?php class Minz_Mailer {}\n',
      'lib/lib_rss.php': '<?php function rss() {}\n',
      // a composer.json that installs elsewhere leaves folders named like its vendors alone
      'tools/composer.json': JSON.stringify({ require: { 'acme/widgets': '1' } }),
      'tools/acme/build.php': '<?php function build() {}\n',
    });
    const walk = await walkRepository(root);
    assert.deepEqual(walk.vendoredDirs, ['lib/phpmailer', 'web/core', 'web/modules/contrib/token']);
    assert.deepEqual(walk.files.filter((f) => f.endsWith('.php') || f.endsWith('.module')),
      ['lib/Minz/Mailer.php', 'lib/lib_rss.php', 'tools/acme/build.php', 'web/modules/custom/billing/billing.module']);
    // the composer.json is read, so an edit to it shows at the next run
    assert.ok(walk.reads.some((r) => r[0] === 'lib/composer.json' && r[1] === 'file' && r[2] !== null));
  });

  it('ignore patterns match by case, as git does', async () => {
    // caddy's .gitignore `Caddyfile.*` (a user's config) had hidden every `caddyfile.go` source
    const root = tempDir();
    writeFiles(root, {
      '.gitignore': 'Caddyfile.*\n',
      'Caddyfile.local': 'example.com\n',
      'modules/encode/caddyfile.go': 'package encode\n',
      'modules/encode/encode.go': 'package encode\n',
    });
    const walk = await walkRepository(root);
    assert.deepEqual(walk.files, ['.gitignore', 'modules/encode/caddyfile.go', 'modules/encode/encode.go']);
    assert.equal(walk.skipped.ignored, 1);
    // unless the repository says otherwise (git sets core.ignorecase on macOS's and Windows' file systems)
    writeFiles(root, { '.git/config': '[core]\n\trepositoryformatversion = 0\n\tignorecase = true\n[remote "origin"]\n\turl = x\n' });
    const insensitive = await walkRepository(root, { previous: walk });
    assert.deepEqual(insensitive.files, ['.gitignore', 'modules/encode/encode.go']);
  });

  it("a folder a module list names is walked though its .gitattributes says linguist-vendored; linguist-generated still counts", async () => {
    // bat's assets/.gitattributes: `* linguist-vendored` over its own shell completions and man page
    const root = tempDir();
    writeFiles(root, {
      'assets/.gitattributes': '* linguist-vendored\nsyntaxes.bin linguist-generated\n',
      'assets/completions/bat.zsh.in': '#compdef bat\n_bat() { _arguments --theme; }\n',
      'assets/completions/syntaxes.bin': 'x\n',
      'assets/theme_preview.rs': 'fn main() {}\n',
      'src/main.rs': 'fn main() {}\n',
    });
    assert.deepEqual((await walkRepository(root)).files, ['src/main.rs']);
    const listed = await walkRepository(root, { roots: ['assets/completions', 'src'] });
    assert.deepEqual(listed.files, ['assets/completions/bat.zsh.in', 'src/main.rs']);
    assert.equal(listed.skipped.generated, 1);
  });

  it('a folder a module list names is walked though its name looks vendored; vendored folders inside it are still skipped', async () => {
    const root = tempDir();
    writeFiles(root, {
      'src/third-party/WorkletsProxy.ts': 'export const proxy = 1;\n',
      'src/third-party/node_modules/dep/index.js': 'module.exports = 1;\n',
      'src/camera/Camera.ts': 'export class Camera {}\n',
      'vendor/lib.js': 'var x;\n',
    });
    const listed = await walkRepository(root, { roots: ['src/third-party', 'src/camera'] });
    assert.deepEqual(listed.files, ['src/camera/Camera.ts', 'src/third-party/WorkletsProxy.ts']);
    const discovered = await walkRepository(root);
    assert.deepEqual(discovered.files, ['src/camera/Camera.ts']);
  });

  it('a file git tracks is listed though an ignore rule matches it (git ignores .gitignore for it); untracked ignored files stay out', async () => {
    // rebar3's .gitignore names its build output `rebar3`, which also matched its tracked bash completion
    const root = makeGitRepo([
      { message: 'import', date: '2024-01-01T00:00:00Z', files: { 'src/rebar.erl': '-module(rebar).\n', 'priv/shell-completion/bash/rebar3': 'complete -F _rebar3 rebar3\n', 'test/app_data/fixture.erl': '-module(fixture).\n' } },
      { message: 'ignore build output', date: '2024-01-02T00:00:00Z', files: { '.gitignore': 'rebar3\ntest/*_data\n' } },
    ]);
    writeFiles(root, { 'rebar3': '#!/usr/bin/env escript\n', 'test/other_data/new.erl': '-module(new).\n', 'test/app_data/untracked.erl': '-module(u).\n' });
    const walk = await walkRepository(root);
    assert.deepEqual(walk.files, ['.gitignore', 'priv/shell-completion/bash/rebar3', 'src/rebar.erl', 'test/app_data/fixture.erl']);
    // git's index is stamped: a file added or removed there shows at the next run
    assert.ok(walk.reads.some((r) => r[0].endsWith('/.git/index') && r[1] === 'file'));
    // a file force-added after a walk that found none shows at the next walk from that listing; one stamp of the index
    const plain = makeGitRepo([{ message: 'import', date: '2024-01-01T00:00:00Z', files: { '.gitignore': 'build/\n', 'src/a.ts': 'export const a = 1;\n' } }]);
    writeFiles(plain, { 'build/keep.ts': 'export const keep = 1;\n' });
    const before = await walkRepository(plain);
    assert.deepEqual(before.files, ['.gitignore', 'src/a.ts']);
    await new Promise((r) => setTimeout(r, 2100)); // past the stamps' racy window, so the cached listing would be reused
    execFileSync('git', ['add', '-f', 'build/keep.ts'], { cwd: plain });
    const after = await walkRepository(plain, { previous: before });
    assert.deepEqual(after.files, ['.gitignore', 'build/keep.ts', 'src/a.ts']);
    assert.equal(after.reads.filter((r) => r[0].endsWith('/.git/index')).length, 1);
    const outside = tempDir();
    writeFiles(outside, { '.gitignore': 'rebar3\n', 'rebar3': 'x\n', 'a.erl': '' });
    assert.deepEqual((await walkRepository(outside)).files, ['.gitignore', 'a.erl'], 'outside git the rules alone decide');
  });

  it("outside git, a folder named after the project that the built binary's bare ignore pattern matches is walked; folder-only patterns and other names still skip", async () => {
    for (const name of ['memos', 'memos-0.22.0', 'memos-main']) {
      const root = join(tempDir(), name);
      writeFiles(root, {
        '.gitignore': 'memos\nbuild/\ntmp\n',
        'memos': 'ELF\n',
        'cmd/memos/main.go': 'package main\n',
        'cmd/memos/.gitignore': '*.tmp\n',
        'cmd/memos/main.tmp': '',
        'build/memos/out.go': 'package out\n',
        'tmp/memos.go': 'package tmp\n',
        'server/server.go': 'package server\n',
      });
      const walk = await walkRepository(root);
      assert.deepEqual(walk.files, ['.gitignore', 'cmd/memos/.gitignore', 'cmd/memos/main.go', 'server/server.go'], name);
      // a watch's relist of that folder alone takes it back the same way
      writeFiles(root, { 'cmd/memos/flags.go': 'package main\n' });
      const relisted = await walkRepository(root, { previous: walk, relist: ['cmd/memos'] });
      assert.deepEqual(relisted.files, ['.gitignore', 'cmd/memos/.gitignore', 'cmd/memos/flags.go', 'cmd/memos/main.go', 'server/server.go'], name);
    }
    // another project's folder of that name is no source of its binary
    const other = join(tempDir(), 'notes');
    writeFiles(other, { '.gitignore': 'memos\n', 'cmd/memos/main.go': 'package main\n' });
    assert.deepEqual((await walkRepository(other)).files, ['.gitignore']);
    assert.deepEqual([...projectNamesOf('/src/memos-v1.2.3')], ['memos-v1.2.3', 'memos']);
  });

  it("a folder's every entry marked linguist-vendored marks what lies below, unless the folder is a package of its own (AdGuard Home's client/)", async () => {
    const root = tempDir();
    writeFiles(root, {
      '.gitattributes': 'client/* linguist-vendored\ncps/static/js/libs/* linguist-vendored\n',
      'client/package.json': '{"name":"dashboard"}\n',
      'client/webpack.config.js': 'module.exports = {};\n',
      'client/src/components/Dashboard.tsx': 'export const Dashboard = () => null;\n',
      'cps/static/js/libs/jquery.js': 'var jQuery;\n',
      'cps/static/js/libs/tinymce/tinymce.min.js': 'var tinymce;\n',
      'cps/static/js/main.js': 'export const main = 1;\n',
    });
    const walk = await walkRepository(root);
    // git's reading: the files directly in client/ are marked, its src/ is not
    assert.deepEqual(walk.files, ['.gitattributes', 'client/src/components/Dashboard.tsx', 'cps/static/js/main.js']);
    assert.ok(walk.reads.some((r) => r[0] === 'client/package.json'), 'the manifest that decided is stamped');
    // a name without a slash marks at any depth; a folder's pattern marks nothing below it
    assert.equal(markedByGitattributes('*.pb.swift linguist-generated\n')?.ignores('ios/deep/Camera.pb.swift'), true);
    assert.equal(markedByGitattributes('client linguist-vendored\n')?.ignores('client/src/a.ts'), false);
  });
});
