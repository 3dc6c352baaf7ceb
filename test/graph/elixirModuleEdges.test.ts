import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openIndex } from '../../src/api/openIndex.ts';
import { runIndex } from '../helpers/runIndex.ts';
import { tempDir, useFixture } from '../helpers/gitFixture.ts';

/** The fixture indexed afresh (mix discovery: one module per mix.exs), its edges as `from -> to`. */
const edgesOf = async (fixture: string): Promise<string[]> => {
  const repo = useFixture(fixture);
  const db = join(tempDir(), 'index.db');
  await runIndex({ repo, db });
  const index = await openIndex({ repo, db });
  try {
    return index.graph().edges.map((e) => `${e.from} -> ${e.to}`).sort();
  } finally {
    index.close();
  }
};

describe('Elixir module names', () => {
  it('resolve to the module that defines the full name, not to a file whose path ends like it', async () => {
    // A miniature of the Elixir repository: lib/mix holds mix/scm/path.ex (Mix.SCM.Path), mix/shell/io.ex
    // (Mix.Shell.IO) and mix/config.ex (Mix.Config) beside the tasks that call Elixir's Path and IO.
    assert.deepEqual(await edgesOf('elixir-stdlib-names'), [
      'lib/eex -> lib/elixir', // DateTime is lib/calendar/datetime.ex (no date_time.ex); mix.exs's `use Mix.Project` is no edge
      'lib/iex -> lib/elixir', // Enumerable is defined in enum.ex
      'lib/iex -> lib/mix', // alias Mix.SCM.Path, as: DepPath; `Config` (no such module here) and Jason go nowhere
      'lib/mix -> lib/eex', // EEx in lib/eex.ex (no e_ex.ex)
      'lib/mix -> lib/elixir', // Path.join and IO.puts, though mix/scm/path.ex and mix/shell/io.ex sit nearer
      'lib/mix -> lib/iex', // IEx in lib/iex.ex
    ]);
  });
});
