import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractorFor } from '../../../src/graph/extractors/extractorRegistry.ts';
import { shellExtractor } from '../../../src/graph/extractors/shell/shellExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const release = `#!/usr/bin/env bash
# Copyright 2020 Acme
# Licensed under the MIT license.

# Builds the release tarball and uploads it.
set -euo pipefail
. ./lib/common.sh
source "$ROOT/env.sh"
source scripts/paths.sh

# Prints how to call this script.
usage() {
  echo "usage: release VERSION"
}

function _upload {
  retry() { :; }
  curl -T "$1" "$URL"
}

if [ -n "\${CI:-}" ]; then
  echo "on CI"
fi

function build() {
  make dist
}
`;

test('shell: functions with the comment above as their doc, the opening comment as the file doc, sourced paths as imports', async () => {
  const facts = await extractText(shellExtractor, 'scripts/release.sh', release);
  // `retry` is _upload's helper; an `if … fi` opens no block that hides `build`.
  assert.deepEqual(symbolList(facts), ['_upload function', 'build function exported', 'usage function exported']);
  assert.equal(docOf(facts, 'usage'), 'Prints how to call this script.');
  assert.deepEqual(facts.docComments, ['Builds the release tarball and uploads it.']);
  // A path built from a variable is no file modroute can name.
  assert.deepEqual(importList(facts), ['path ./lib/common.sh', 'path ./scripts/paths.sh']);
});

test('shell: a here-document is text, and zsh\'s #compdef line is no doc', async () => {
  const facts = await extractText(shellExtractor, 'zsh/_borg', ['#compdef borg', '', 'cat <<EOF', '{', 'fake() {', 'EOF', '', '_borg() {', '  :', '}', 'build() {', '  :', '}'].join('\n'));
  assert.deepEqual(symbolList(facts), ['_borg function', 'build function exported']);
  assert.deepEqual(facts.docComments, []);
});

test('zsh: functions inside a plain brace group count, a function defined over two lines keeps its helpers', async () => {
  // fzf's completion.zsh wraps everything in `{ … } always { … }`: its 15 functions had been missed.
  const text = ['{', '_fzf_complete_ssh() {', '  local hosts=${HOSTS:-}', '  helper() { :; }', '}', '', '__fzf_generic_path_completion()', '{', '  inner() { :; }', '}', '} always {', '  unset opts', '}', 'after() {', '  :', '}'].join('\n');
  const facts = await extractText(shellExtractor, 'shell/completion.zsh', text);
  assert.deepEqual(symbolList(facts), ['__fzf_generic_path_completion function', '_fzf_complete_ssh function', 'after function exported']);
  // A subshell body `f() ( … )` opens no brace: a later plain group is no function's body.
  const subshell = await extractText(shellExtractor, 'lib/x.sh', ['quiet() (', '  exec 2>/dev/null', ')', '{', 'inside() {', '  :', '}', '}'].join('\n'));
  assert.deepEqual(symbolList(subshell), ['inside function exported', 'quiet function exported']);
});

test("fish: a function's --description is its doc; blocks close with end", async () => {
  const facts = await extractText(shellExtractor, 'share/functions/fish_add_path.fish', [
    'function fish_add_path --description "Add paths to the PATH"',
    '    if set -q argv[1]',
    '        function inner; end',
    '    end',
    'end',
    '',
    "function __fish_complete_ssh -d 'Complete ssh hosts'",
    'end',
  ].join('\n'));
  assert.deepEqual(symbolList(facts), ['__fish_complete_ssh function', 'fish_add_path function exported']);
  assert.equal(docOf(facts, 'fish_add_path'), 'Add paths to the PATH');
  assert.equal(docOf(facts, '__fish_complete_ssh'), 'Complete ssh hosts');
});

test('shell: .sh, .bash, .zsh, .fish files and sh/bash shebang scripts are shell', () => {
  for (const path of ['a.sh', 'b.bash', 'c.zsh', 'd.fish']) assert.equal(extractorFor(path)?.language, 'shell', path);
  assert.equal(extractorFor('bin/deploy', '#!/bin/sh\necho hi\n')?.language, 'shell');
  // zsh's completion functions open with #compdef (borgbackup's zsh/_borg)
  assert.equal(extractorFor('scripts/shell_completions/zsh/_borg', '#compdef borg\n_borg() { :; }\n')?.language, 'shell');
  assert.equal(extractorFor('bin/tool', '#!/usr/bin/env python3\nprint(1)\n')?.language, 'python');
});
