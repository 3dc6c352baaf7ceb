import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractorFor } from '../../../src/graph/extractors/extractorRegistry.ts';
import { luaExtractor } from '../../../src/graph/extractors/lua/luaExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const source = `-- Copyright 2022 The Authors. Licensed under the Apache License.

--- Filetype detection: maps file names and extensions to filetypes.
local M = {}
local api = require('vim.api')
local util = require "vim.lsp.util"
local ts = require [[vim.treesitter]]

--- Adds filetype mappings.
---@param filetypes table
---@return nil
function M.add(filetypes)
  return util.x(filetypes)
end

local function helper(x) return x end

--- Draws the matches.
function M:draw() end

M.match = function(name) return name end
local cache = function() end

function global_setup() end

return M
`;

test('lua: functions on the module table are its API, local ones its helpers', async () => {
  const facts = await extractText(luaExtractor, 'runtime/lua/vim/filetype.lua', source);
  assert.equal(facts.language, 'lua');
  assert.deepEqual(symbolList(facts), [
    'M.add function exported',
    'M.draw method exported',
    'M.match function exported',
    'cache function',
    'global_setup function exported',
    'helper function',
  ]);
  assert.equal(docOf(facts, 'add'), 'Adds filetype mappings.');
  assert.equal(docOf(facts, 'draw'), 'Draws the matches.');
  assert.deepEqual(facts.docComments, ['Filetype detection: maps file names and extensions to filetypes.']);
});

test('lua: require in its three spellings, each module once', async () => {
  const facts = await extractText(luaExtractor, 'runtime/lua/vim/filetype.lua', source);
  assert.deepEqual(importList(facts), ['package vim.api', 'package vim.lsp.util', 'package vim.treesitter']);
});

test('lua: picked by extension and by a lua shebang', () => {
  assert.equal(extractorFor('plugin/init.lua')?.language, 'lua');
  assert.equal(extractorFor('bin/tool', '#!/usr/bin/env luajit\nprint(1)\n')?.language, 'lua');
});

test('lua: a file parses the same after others (the grammar\'s scanner state is reset)', async () => {
  const first = await extractText(luaExtractor, 'a.lua', 'x = f(1)\nlocal s = [[long]]\n');
  assert.equal(first.hasErrors, undefined);
  for (let i = 0; i < 3; i++) {
    const facts = await extractText(luaExtractor, 'runtime/lua/vim/filetype.lua', source);
    assert.equal(facts.hasErrors, undefined, `pass ${i}`);
    assert.equal(facts.symbols.length, 6);
  }
  const shebang = await extractText(luaExtractor, 'bin/tool', '#!/usr/bin/env lua\nlocal M = require("tool.core")\nfunction M.run() end\n');
  assert.equal(shebang.hasErrors, undefined);
  assert.deepEqual(symbolList(shebang), ['M.run function exported']);
});

test('lua: a require in a comment (a usage example, code commented out) is no import; one in a string-looking comment of a long bracket neither', async () => {
  const text = [
    '--- Usage: `require("telescope").setup()`',
    '-- local old = require "plenary.old"',
    '--[==[ require("a.commented") ]==]',
    'local s = "-- not a comment"',
    'local long = [[ -- neither ]]',
    'local real = require("telescope.actions")',
    "local other = require 'telescope.state' -- require('trailing.comment')",
  ].join('\n');
  const facts = await extractText(luaExtractor, 'lua/telescope/init.lua', text);
  assert.deepEqual(importList(facts), ['package telescope.actions', 'package telescope.state']);
});

test("lua: a docgen `---@brief [[ … ]]` block is the file's description wherever it sits, its <pre> section left out", async () => {
  const text = [
    'local _extensions = require "telescope._extensions"',
    '-- TODO: add pre',
    '---@brief [[',
    '--- Telescope.nvim is a plugin for fuzzy finding and neovim.',
    '--- <pre>',
    '--- ┌──────┐ diagram',
    '--- </pre>',
    '--- Read |telescope.setup| first.',
    '---@brief ]]',
    'local telescope = {}',
    'return telescope',
  ].join('\n');
  const facts = await extractText(luaExtractor, 'lua/telescope/init.lua', text);
  assert.deepEqual(facts.docComments, ['Telescope.nvim is a plugin for fuzzy finding and neovim.\n\nRead |telescope.setup| first.']);
});

test('lua: a brief block on the first line, or as the file header, is read once; CRLF line ends too', async () => {
  const block = ['---@brief [[', '--- Builtin pickers: files, buffers and grep.', '--- <pre>', '---   :Telescope find_files', '--- </pre>', '---@brief ]]'];
  const first = await extractText(luaExtractor, 'lua/telescope/builtin/init.lua', [...block, 'local builtin = {}', 'return builtin'].join('\n'));
  assert.deepEqual(first.docComments, ['Builtin pickers: files, buffers and grep.']);
  const header = await extractText(luaExtractor, 'lua/telescope/builtin/init.lua', ['-- Pickers.', '', ...block, 'local builtin = {}', 'return builtin'].join('\n'));
  assert.deepEqual(header.docComments, ['Builtin pickers: files, buffers and grep.', 'Pickers.']);
  const crlf = await extractText(luaExtractor, 'lua/telescope/builtin/init.lua', ['local x = require "telescope.state"', ...block, 'return {}'].join('\r\n'));
  assert.deepEqual(crlf.docComments, ['Builtin pickers: files, buffers and grep.']);
});

test('lua: a string continued with \\z across lines hides no require after it', async () => {
  const facts = await extractText(luaExtractor, 'lua/a.lua', 'local s = "abc\\z\n   def -- not a comment"\nlocal b = require("b.c")\n');
  assert.deepEqual(importList(facts), ['package b.c']);
});
