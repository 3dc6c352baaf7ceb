import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ModuleSymbol } from '../../src/graph/ModuleGraph.ts';
import { keySymbols, summarizeModule } from '../../src/graph/summarizeModule.ts';

const sym = (name: string, kind: ModuleSymbol['kind'], file: string, container?: string): ModuleSymbol => ({ name, kind, file, exported: true, ...(container ? { container } : {}) });

// requests' layout: files in alphabetical order put adapters, auth and exceptions before the classes it is used by.
const requests: ModuleSymbol[] = [
  sym('BaseAdapter', 'class', 'requests/adapters.py'),
  sym('send', 'method', 'requests/adapters.py', 'BaseAdapter'),
  sym('AuthBase', 'class', 'requests/auth.py'),
  sym('ConnectionError', 'class', 'requests/exceptions.py'),
  sym('Response', 'class', 'requests/models.py'),
  ...['json', 'text', 'ok', 'raise_for_status'].map((m) => sym(m, 'method', 'requests/models.py', 'Response')),
  sym('Session', 'class', 'requests/sessions.py'),
  ...['get', 'post', 'request', 'send', 'close', 'mount'].map((m) => sym(m, 'method', 'requests/sessions.py', 'Session')),
  sym('request', 'function', 'requests/api.py'),
];

describe('keySymbols', () => {
  it("leaves a build script's names out where the module declares others (koin's Android modules)", () => {
    const bridge = [sym('androidCompileSDK', 'variable', 'koin-dagger-bridge/build.gradle.kts'), sym('sourcesJar', 'variable', 'koin-dagger-bridge/build.gradle.kts'), sym('dagger', 'function', 'koin-dagger-bridge/src/main/java/DaggerBridge.kt')];
    assert.deepEqual(keySymbols(bridge, 5), ['dagger']);
    assert.deepEqual(keySymbols(bridge.slice(0, 2), 5), ['androidCompileSDK', 'sourcesJar'], 'a build alone: its names');
  });

  it('lists the types with most members first within a kind, counted from the symbols or given whole', () => {
    assert.deepEqual(keySymbols(requests, 5), ['Session', 'Response', 'BaseAdapter', 'AuthBase', 'ConnectionError']);
    // counts over all of a module's symbols (a card reads only the first 1,000) win over the ones at hand
    assert.deepEqual(keySymbols(requests, 2, { path: 'requests', members: new Map([['AuthBase', 40], ['Session', 6]]) }), ['AuthBase', 'Session']);
  });

  it("puts a module's namesake first, and modules with enums and types, before functions (devise's Lockable)", () => {
    const devise = [sym('authenticate', 'function', 'lib/devise/helpers.rb'), sym('Lockable', 'module', 'lib/devise/models/lockable.rb'), sym('lock_access!', 'method', 'lib/devise/models/lockable.rb', 'Lockable'), sym('Devise', 'module', 'lib/devise.rb')];
    assert.deepEqual(keySymbols(devise, 3, { path: 'lib/devise' }), ['Devise', 'Lockable', 'authenticate']);
  });
});

describe('keySymbols of a module exporting little', () => {
  it("lists its own types and functions after its few exported names, before exported members (starship's kubernetes.rs)", () => {
    const hide = (s: ModuleSymbol): ModuleSymbol => ({ ...s, exported: false });
    const kube = [
      sym('module', 'function', 'src/modules/kubernetes.rs'),
      sym('get', 'method', 'src/modules/kubernetes.rs', 'JsonValue'),
      sym('as_str', 'method', 'src/modules/kubernetes.rs', 'JsonValue'),
      hide(sym('get_kube_ctx_components', 'function', 'src/modules/kubernetes.rs')),
      hide(sym('KubeCtxComponents', 'struct', 'src/modules/kubernetes.rs')),
      hide(sym('helper_value', 'variable', 'src/modules/kubernetes.rs')),
    ];
    assert.deepEqual(keySymbols(kube, 8, { path: 'src/modules/kubernetes.rs' }), ['module', 'KubeCtxComponents', 'get_kube_ctx_components', 'get', 'as_str']);
    // three exported names of its own: those alone, as before
    assert.deepEqual(keySymbols(requests, 8), ['Session', 'Response', 'BaseAdapter', 'AuthBase', 'ConnectionError', 'request', 'send', 'json']);
  });
});

describe('summarizeModule: what describes no module', () => {
  const base = { id: 'lib/cursor', fileCount: 2, languages: { javascript: 2 }, symbols: [], dependsOn: [], usedBy: [] };
  it('a Node.js section label ("Module dependencies.") is passed over for the next doc', () => {
    assert.match(summarizeModule({ ...base, docComments: ['Module dependencies.', 'A QueryCursor is a concurrency primitive for processing query results one document at a time.'] }), /^lib\/cursor: A QueryCursor is a concurrency primitive/u);
    assert.match(summarizeModule({ ...base, docComments: ['Module exports.'] }), /^lib\/cursor\. 2 files/u);
    assert.match(summarizeModule({ ...base, docComments: ['WARNING: The plugin API is still work in progress and will probably be completely reworked in the future.'] }), /^lib\/cursor\. 2 files/u);
    // a vendored file's header (sidekiq's lib/sidekiq/sd_notify.rb)
    assert.match(summarizeModule({ ...base, docComments: ['This is a copy of https://github.com/agis/ruby-sdnotify as of commit a7d52ee.'] }), /^lib\/cursor\. 2 files/u);
    // Rails writes this into every generated Rakefile (devise's test app)
    assert.match(summarizeModule({ ...base, docComments: ['Add your own tasks in files placed in lib/tasks ending in .rake, for example lib/tasks/capistrano.rake, and they will automatically be available to Rake.'] }), /^lib\/cursor\. 2 files/u);
  });

  it('nor a label over imports, an rc.d keyword, Sphinx\'s conf.py, one word of code or a path (puma, black, curl)', () => {
    for (const doc of ['Standard libraries.', 'PROVIDE: puma', 'Configuration file for the Sphinx documentation builder.', 'curlx_base64_decode().', 'benchmarks/local/long_tail_hey-0-2-4-8.sh.']) {
      assert.match(summarizeModule({ ...base, docComments: [doc, 'Reads a cursor one document at a time.'] }), /^lib\/cursor: Reads a cursor one document at a time\./u, doc);
    }
    // two words of prose still open a main file's doc, and Chinese or Japanese prose has no spaces
    assert.match(summarizeModule({ ...base, docComments: ['Result backends.'] }), /^lib\/cursor: Result backends\./u);
    assert.match(summarizeModule({ ...base, docComments: ['高性能、易扩展的Web框架，支持中间件。'] }), /^lib\/cursor: 高性能/u);
  });

  it("a README's front matter gives its description or tagline, nothing else of it (starship's docs)", () => {
    const page = (front: string) => `---\nlayout: home\nhero:\n  text: null\n${front}# Used for the description meta tag, for SEO\nmetaTitle: "Starship: Cross-Shell Prompt"\n---\n\n<script setup>\nimport { onMounted } from 'vue'\n</script>\n`;
    assert.match(summarizeModule({ ...base, docComments: [], readme: page('description: "Starship is the minimal, blazing fast prompt for any shell!"\n') }), /^lib\/cursor: Starship is the minimal, blazing fast prompt for any shell! 2 files/u);
    assert.match(summarizeModule({ ...base, docComments: [], readme: page('  tagline: The minimal, blazing-fast, and infinitely customizable prompt for any shell!\n') }), /^lib\/cursor: The minimal, blazing-fast, and infinitely customizable prompt for any shell! 2 files/u);
    assert.doesNotMatch(summarizeModule({ ...base, docComments: [], readme: page('') }), /metaTitle|layout/u);
    // a README opening with a rule over its text has no front matter
    const ruled = '---\n\nAcme parses cursors into documents quickly.\n\n---\n\n## Install\n\nRun npm install acme to get it.\n';
    assert.match(summarizeModule({ ...base, docComments: [], readme: ruled }), /^lib\/cursor: Acme parses cursors into documents quickly\./u);
  });

  it("a generator's README (\"A new Flutter project.\") is passed over for the code's docs", () => {
    const readme = '# riverpod_devtool\n\nA new Flutter project.\n\n## Getting Started\n\nThis project is a starting point for a Flutter application.\n';
    assert.match(summarizeModule({ ...base, readme, docComments: ['Shows the providers of a running app.'] }), /^lib\/cursor: Shows the providers of a running app\./u);
    // an app generator's opening (paperless-ngx's src-ui: Angular CLI), however the generator is named
    const angular = '# PaperlessUi\n\nThis project was generated with [Angular CLI](https://github.com/angular/angular-cli) version 10.1.5.\n\n## Development server\n\nRun `ng serve` for a dev server.\n';
    assert.match(summarizeModule({ ...base, readme: angular, docComments: ['Lists the documents of an inbox.'] }), /^lib\/cursor: Lists the documents of an inbox\./u);
    const next = 'This is a [Next.js](https://nextjs.org) project bootstrapped with `create-next-app`.\n';
    assert.match(summarizeModule({ ...base, readme: next, docComments: ['Lists the documents of an inbox.'] }), /^lib\/cursor: Lists the documents of an inbox\./u);
  });
});

describe('keySymbols: namespaces', () => {
  it('a namespace every file reopens comes after the names it holds (faraday\'s `module Faraday`)', () => {
    const symbols = [
      { name: 'Faraday', kind: 'module' as const, file: 'lib/faraday/options/env.rb', exported: true },
      { name: 'Env', kind: 'class' as const, file: 'lib/faraday/options/env.rb', exported: true, container: 'Faraday' },
      { name: 'Faraday', kind: 'module' as const, file: 'lib/faraday/options/ssl_options.rb', exported: true },
      { name: 'SSLOptions', kind: 'class' as const, file: 'lib/faraday/options/ssl_options.rb', exported: true, container: 'Faraday' },
      { name: 'Helpers', kind: 'module' as const, file: 'lib/faraday/options/ssl_options.rb', exported: true, container: 'Faraday' },
    ];
    assert.deepEqual(keySymbols(symbols, 8, { path: 'lib/faraday/options' }), ['Env', 'SSLOptions', 'Helpers', 'Faraday']);
  });
});
