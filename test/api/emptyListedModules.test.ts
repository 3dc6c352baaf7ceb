import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempDir, writeFiles } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';
import { openIndex } from '../../src/api/openIndex.ts';

test('a listed module that ends with no file is named in a warning', async () => {
  // rubocop's review: `lib` held nothing once lib/rubocop.rb went to lib/rubocop as its entry file; nothing said so.
  const repo = tempDir();
  writeFiles(repo, {
    'lib/acme.rb': 'module Acme; end\n',
    'lib/acme/server.rb': 'module Acme; class Server; end; end\n',
    'modules.json': JSON.stringify([{ id: 'lib', path: 'lib' }, { id: 'core', path: 'lib/acme' }, { id: 'gone', path: 'lib/gone' }]),
  });
  const { events } = await runIndex({ repo, modulesFile: `${repo}/modules.json` });
  const warnings = events.flatMap((e) => (e.kind === 'warning' ? [e.message] : []));
  const empty = warnings.filter((w) => w.includes('hold') && w.includes('no file'));
  // `gone` has its own warning (no such directory) and is not named twice.
  assert.deepEqual(empty.map((w) => w.replace(/\):.*$/u, ')')), ['1 listed module holds no file (lib)']);
  assert.ok(warnings.some((w) => w.includes('module "gone" has no directory')));
});

test("a listed folder's entry file beside it is indexed into that module, though no listed folder holds it", async () => {
  // Rack's review: listing only `lib/rack` left `lib/rack.rb` unread (and "outside-modules" said 0)
  const repo = tempDir();
  writeFiles(repo, {
    'lib/rack.rb': '# The Rack interface.\nmodule Rack; autoload :Builder, "rack/builder"; end\n',
    'lib/rack/builder.rb': 'module Rack; class Builder; end; end\n',
    'lib/other.rb': 'module Other; end\n',
    'modules.json': JSON.stringify([{ id: 'rack', path: 'lib/rack' }]),
  });
  await runIndex({ repo, modulesFile: `${repo}/modules.json` });
  const index = await openIndex({ repo });
  try {
    assert.deepEqual([...(index.graph().modules.find((m) => m.id === 'rack')?.files ?? [])].sort(), ['lib/rack.rb', 'lib/rack/builder.rb']);
  } finally {
    index.close();
  }
});
