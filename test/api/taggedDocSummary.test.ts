import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openIndex } from '../../src/api/openIndex.ts';
import { tempDir, writeFiles } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';

test("a card reads a JSDoc that opens with tags by its @summary / @description, not the options type above it (date-fns)", async () => {
  // date-fns 4.1: 182 of 245 function folders read "The addDays function options." from the interface above the function,
  // whose JSDoc opens with tags (the doc reader keeps @summary's text, @description's tag) and so had read as no prose.
  const repo = tempDir();
  writeFiles(repo, {
    'src/addDays/index.ts': [
      '/**',
      ' * The {@link addDays} function options.',
      ' */',
      'export interface AddDaysOptions { in?: string }',
      '',
      '/**',
      ' * @name addDays',
      ' * @category Day Helpers',
      ' * @summary Add the specified number of days to the given date.',
      ' *',
      ' * @description',
      ' * Add the specified number of days to the given date.',
      ' *',
      ' * @param date - The date to be changed',
      ' */',
      'export function addDays(date: Date, amount: number, options?: AddDaysOptions): Date { return date; }',
      '',
    ].join('\n'),
    'src/subDays/index.ts': '/** Subtract the specified number of days from the given date. */\nexport function subDays(date: Date): Date { return date; }\n',
    'modules.json': JSON.stringify([{ id: 'src/addDays', path: 'src/addDays' }, { id: 'src/subDays', path: 'src/subDays' }]),
  });
  await runIndex({ repo, modulesFile: `${repo}/modules.json` });
  const index = await openIndex({ repo });
  try {
    assert.match(index.show('src/addDays').summary, /^src\/addDays: Add the specified number of days to the given date\./);
    assert.match(index.show('src/subDays').summary, /^src\/subDays: Subtract the specified number of days/);
  } finally {
    index.close();
  }
});

test("a licence header's first line that opens files of several modules is the project's banner, no module's description (qBittorrent)", async () => {
  const header = (what: string) => ['/*', ' * Bittorrent Client using Qt and libtorrent.', ' * Copyright (C) 2015  Jane Doe <jane@example.org>', ' *', ' * This program is free software; you can redistribute it and/or', ' * modify it under the terms of the GNU General Public License.', ' */', what, ''].join('\n');
  const repo = tempDir();
  writeFiles(repo, {
    'src/webui/webui.cpp': header('/** Serves the web interface over HTTP. */\nclass WebUI {};'),
    'src/webui/server.cpp': header('class Server {};'),
    'src/power/inhibitor.cpp': header('class Inhibitor {};'),
    'src/power/manager.cpp': header('class Manager {};'),
    'modules.json': JSON.stringify([{ id: 'src/webui', path: 'src/webui' }, { id: 'src/power', path: 'src/power' }]),
  });
  await runIndex({ repo, modulesFile: `${repo}/modules.json` });
  const index = await openIndex({ repo });
  try {
    assert.doesNotMatch(index.show('src/webui').summary, /Bittorrent Client/);
    assert.doesNotMatch(index.show('src/power').summary, /Bittorrent Client/);
    assert.match(index.show('src/webui').summary, /^src\/webui: Serves the web interface over HTTP\./);
  } finally {
    index.close();
  }
});
