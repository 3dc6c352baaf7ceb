import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createModuleResolver } from '../../../src/graph/discovery/createModuleResolver.ts';
import { asModuleId } from '../../../src/graph/types.ts';
import type { ModuleDef } from '../../../src/graph/types.ts';

const mod = (id: string, path = id): ModuleDef => ({ id: asModuleId(id), path });

describe('createModuleResolver', () => {
  const nested = [mod('src/compiler'), mod('src/compiler/phases/1-parse'), mod('src/internal/client'), mod('lib-x', 'lib')];

  it('picks the deepest module on / boundaries', () => {
    const resolve = createModuleResolver(nested);
    const files = [
      'src/compiler/index.js',
      'src/compiler/phases/1-parse/acorn.js',
      'src/compiler/phases/1-parse/read/style.js',
      'src/compiler/phases/2-analyze/index.js',
      'src/compilers/x.js', // prefix but not on a '/' boundary
      'src/internal/client/dom/blocks.js',
      'src/internal/server.js',
      'lib/a.js',
      './lib/b.js',
      'README.md',
    ];
    assert.deepEqual(files.map(resolve), [
      'src/compiler',
      'src/compiler/phases/1-parse',
      'src/compiler/phases/1-parse',
      'src/compiler',
      undefined,
      'src/internal/client',
      undefined,
      'lib-x',
      'lib-x',
      undefined,
    ]);
  });

  it('gives a Rust, Lua, Ruby, Elixir or Perl entry file beside a module\'s folder to that module', () => {
    // neovim's review: lua/vim/treesitter.lua, the treesitter module's entry, sat in its parent module;
    // Mojolicious': lib/Mojo/DOM.pm (Mojo::DOM) sat in lib/Mojo, a catch-all of 34 files.
    const resolve = createModuleResolver([mod('src'), mod('src/runtime'), mod('lua/vim'), mod('lua/vim/treesitter'), mod('lib/rails'), mod('web', 'lib/web'), mod('lib/Mojo'), mod('lib/Mojo/DOM')]);
    assert.deepEqual(['src/runtime.rs', 'lua/vim/treesitter.lua', 'lib/rails.rb', 'lib/web.ex', 'src/runtime.js', 'src/other.rs', 'lua/vim/treesitter/query.lua', 'lib/Mojo/DOM.pm', 'lib/Mojo/Base.pm'].map(resolve), [
      'src/runtime', 'lua/vim/treesitter', 'lib/rails', 'web', 'src', 'src', 'lua/vim/treesitter', 'lib/Mojo/DOM', 'lib/Mojo',
    ]);
    // Leiningen's src/leiningen/new.clj (namespace leiningen.new) beside src/leiningen/new/ (leiningen.new.*)
    const clj = createModuleResolver([mod('src/leiningen'), mod('src/leiningen/new')]);
    assert.deepEqual(['src/leiningen/new.clj', 'src/leiningen/jar.clj', 'src/leiningen/new/templates.clj'].map(clj), ['src/leiningen/new', 'src/leiningen', 'src/leiningen/new']);
  });

  it('a module listed for the file itself keeps it, before the folder beside it', () => {
    // puma's review: a list naming lib/puma/cluster.rb and lib/puma/cluster/ left the file's module empty.
    const resolve = createModuleResolver([mod('lib/puma'), mod('lib/puma/cluster'), mod('lib/puma/cluster.rb')]);
    assert.deepEqual(['lib/puma/cluster.rb', 'lib/puma/cluster/worker.rb', 'lib/puma/dsl.rb'].map(resolve), ['lib/puma/cluster.rb', 'lib/puma/cluster', 'lib/puma']);
  });

  it('the root module (path "") owns what no other module does', () => {
    const resolve = createModuleResolver([...nested, mod('.', '')]);
    assert.deepEqual(['src/compilers/x.js', 'README.md', 'src/compiler/a.js'].map(resolve), ['.', '.', 'src/compiler']);
  });

  it('resolves 100k files with 1k modules quickly (map lookups, not a scan of modules)', () => {
    const modules = Array.from({ length: 1000 }, (_, i) => mod(`pkg/m${i}`));
    const resolve = createModuleResolver(modules);
    let owned = 0;
    for (let i = 0; i < 100_000; i++) if (resolve(`pkg/m${i % 1000}/deep/er/file${i}.ts`) !== undefined) owned++;
    assert.equal(owned, 100_000);
  });
});
