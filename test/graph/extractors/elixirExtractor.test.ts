import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { elixirExtractor } from '../../../src/graph/extractors/elixir/elixirExtractor.ts';
import { extractorFor } from '../../../src/graph/extractors/extractorRegistry.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const fixture = (path: string): string => readFileSync(new URL(`../../fixtures/elixir-umbrella/${path}`, import.meta.url), 'utf8');
/** A miniature of the Elixir repository's own source. */
const stdlib = (path: string) => extractText(elixirExtractor, path, readFileSync(new URL(`../../fixtures/elixir-stdlib-names/${path}`, import.meta.url), 'utf8'));

test('elixir: modules with @moduledoc, public and private functions with @doc, guards in heads', async () => {
  const user = await extractText(elixirExtractor, 'apps/shop/lib/shop/accounts/user.ex', fixture('apps/shop/lib/shop/accounts/user.ex'));
  assert.equal(user.language, 'elixir');
  assert.deepEqual(symbolList(user), [
    'Shop.Accounts.User module exported',
    'Shop.Accounts.User.guard function exported',
    'Shop.Accounts.User.hash function',
    'Shop.Accounts.User.register function exported',
  ]);
  assert.equal(docOf(user, 'User'), 'A user account with email and password.');
  assert.equal(docOf(user, 'register'), 'Registers a user.');
  assert.deepEqual(user.docComments, ['A user account with email and password.'], 'the @moduledoc is the file doc');
  assert.deepEqual(importList(user), [
    'qualified Ecto.Changeset',
    'qualified Ecto.Schema',
    'qualified Shop.Accounts.Session', // alias Shop.Accounts.{Token, Session}
    'qualified Shop.Accounts.Token',
    'qualified Shop.Repo',
  ]);
  assert.equal(user.packageName, 'Shop.Accounts.User', 'the modules a file defines go to the resolver as its package name');
  const controller = await extractText(elixirExtractor, 'c.ex', fixture('apps/shop_web/lib/shop_web/controllers/user_controller.ex'));
  assert.deepEqual(symbolList(controller), ['ShopWeb.UserController module exported', 'ShopWeb.UserController.create function exported', 'ShopWeb.UserController.show function exported'], 'def f(x) when … is f');
  // Remote calls name modules too, once each: `User.register` is the aliased Shop.Accounts.User; `:ets` is Erlang's, an
  // include of ets.erl that only a repository holding such a file resolves (plug's `:plug_multipart` → src/plug_multipart.erl).
  assert.deepEqual(importList(controller), ['include ets.erl system', 'qualified Shop.Accounts.User', 'qualified Shop.Repo', 'qualified ShopWeb.Layout']);
  const hidden = await extractText(elixirExtractor, 'r.ex', fixture('apps/shop/lib/shop/repo.ex'));
  assert.deepEqual(symbolList(hidden), ['Shop.Repo module'], '@moduledoc false hides a module');
  assert.equal(extractorFor('mix.exs')?.language, 'elixir');
});

test('elixir: ~S and ~s sigils are docs; the main module\'s @moduledoc is the file doc, not the # notes above it', async () => {
  const io = await stdlib('lib/elixir/lib/io.ex');
  assert.equal(docOf(io, 'IO'), 'Functions handling input/output (IO).\n\nInterpolation such as `"#{name}"` is written verbatim in a ~S sigil.');
  const genServer = await stdlib('lib/elixir/lib/gen_server.ex');
  assert.deepEqual(genServer.docComments, ['A behaviour module for implementing the server of a client-server relation.'], '@moduledoc ~s(…)');
  // kernel.ex opens with a note on bootstrapping, then `import`s, then `defmodule Kernel`.
  const kernel = await stdlib('lib/elixir/lib/kernel.ex');
  assert.deepEqual(kernel.docComments, ["`Kernel` is Elixir's default environment.\n\nIt mainly consists of basic language primitives."]);
  // @moduledoc false: the comment above (private to Mix) is no doc either.
  assert.deepEqual((await stdlib('lib/mix/lib/mix/dep/converger.ex')).docComments, []);
  // A script defines no module: its header comment still says what it is.
  assert.deepEqual((await stdlib('lib/elixir/docs.exs')).docComments, ['Returns config for Elixir docs']);
  // The module named like the file speaks for it, not the first one (ecto's query.ex defines Ecto.SubQuery first).
  const query = await extractText(elixirExtractor, 'lib/ecto/query.ex', 'defmodule Ecto.SubQuery do\n  @moduledoc "A struct representing subqueries."\n  defstruct [:query]\nend\n\ndefmodule Ecto.Query do\n  @moduledoc "Provides the Query DSL."\n  def from(x), do: x\nend\n');
  assert.deepEqual(query.docComments, ['Provides the Query DSL.']);
  const other = await extractText(elixirExtractor, 'lib/ecto/struct_helpers.ex', 'defmodule Ecto.SubQuery do\n  @moduledoc "A struct representing subqueries."\nend\n\ndefmodule Ecto.Query do\n  @moduledoc "Provides the Query DSL."\nend\n');
  assert.deepEqual(other.docComments, ['A struct representing subqueries.']);
});

test('elixir: operators, defimpl bodies, @callback, full containers and nested modules', async () => {
  // `def left + right` is "+", `def -value` "-", `defmacro unquote(:%{})(…)` "%{}" (@doc false: not exported).
  assert.deepEqual(symbolList(await stdlib('lib/elixir/lib/kernel.ex')), [
    'Kernel module exported',
    'Kernel.%{} function',
    'Kernel.+ function exported',
    'Kernel.- function exported',
    'Kernel.length function exported',
    'Kernel.|> function exported',
  ]);
  // defimpl Enumerable, for: Range → Enumerable.Range; a defimpl without for: inside Range → Inspect.Range.
  // Implementations add no API of their own: not exported.
  const range = await stdlib('lib/elixir/lib/range.ex');
  assert.deepEqual(symbolList(range), ['Enumerable.Range.count function', 'Enumerable.Range.member? function', 'Inspect.Range.inspect function', 'Range module exported', 'Range.size function exported']);
  assert.deepEqual(importList(range), ['qualified Enumerable', 'qualified Inspect', 'qualified Range'], 'an implemented protocol is a module the file uses');
  const genServer = await stdlib('lib/elixir/lib/gen_server.ex');
  assert.deepEqual(symbolList(genServer), [
    'GenServer module exported',
    'GenServer.__before_compile__ method exported', // @macrocallback
    'GenServer.handle_call method exported',
    'GenServer.init method exported', // @callback init(arg) :: … when state: term
    'GenServer.start_link function exported',
  ]);
  assert.equal(docOf(genServer, 'init'), 'Invoked when the server is started.');
  // Nested: `defmodule Server` inside Agent is Agent.Server, `defmodule Impl.Calls` Agent.Impl.Calls, and their
  // heads are aliases in the file (`Server.init(fun)`); `defmodule __MODULE__.State` is Agent.State.
  const agent = await stdlib('lib/elixir/lib/agent.ex');
  assert.deepEqual(symbolList(agent), [
    'Agent module exported',
    'Agent.Impl.Calls module',
    'Agent.Impl.Calls.get function exported',
    'Agent.Server module',
    'Agent.Server.init function exported',
    'Agent.State module',
    'Agent.start_link function exported',
  ]);
  assert.deepEqual(importList(agent), ['qualified Agent.Impl.Calls', 'qualified Agent.Server']);
  assert.equal(agent.packageName, 'Agent Agent.Server Agent.Impl.Calls Agent.State');
});

test('elixir: references by full name through `alias …, as:`; a mix.exs names no Mix module', async () => {
  // alias Mix.SCM.Path, as: DepPath; `Config` and `Jason` stay as written (the resolver decides what they are).
  assert.deepEqual(importList(await stdlib('lib/iex/lib/iex/helpers.ex')), ['qualified Config', 'qualified Enumerable', 'qualified Jason', 'qualified Mix.SCM.Path']);
  const project = await stdlib('lib/eex/mix.exs');
  assert.deepEqual(importList(project), [], '`use Mix.Project` is the build tool');
  // Elsewhere Mix is a module like another.
  assert.deepEqual(importList(await stdlib('lib/mix/lib/mix/tasks/compile.ex')), ['qualified EEx', 'qualified IEx', 'qualified IO', 'qualified Mix.Task.Compiler', 'qualified Path']);
});

test('elixir: implementations inside a comprehension, for a protocol chosen at compile time', async () => {
  // ecto's review: lib/ecto/json.ex (two JSON encoders' implementations in `for … do if … do defimpl encoder, …`) had no symbol
  const source = [
    'for encoder <- [Jason.Encoder, JSON.Encoder] do',
    '  if Code.ensure_loaded?(encoder) do',
    '    defimpl encoder, for: Ecto.Association.NotLoaded do',
    '      def encode(%{__field__: field}, _), do: raise("not loaded #{field}")',
    '    end',
    '  end',
    'end',
    '',
  ].join('\n');
  const file = await extractText(elixirExtractor, 'lib/ecto/json.ex', source);
  assert.deepEqual(symbolList(file), ['Ecto.Association.NotLoaded.encode function']);
  assert.ok(importList(file).includes('qualified Ecto.Association.NotLoaded'));
});

test('elixir: a module defined inside `if Code.ensure_loaded?(…)` (an optional dependency) and its else branch', async () => {
  // oban's review: lib/oban/notifiers/postgres.ex declared nothing, its defmodule wrapped for Postgrex
  const source = [
    'if Code.ensure_loaded?(Postgrex) do',
    '  defmodule Oban.Notifiers.Postgres do',
    '    @moduledoc "A notifier over Postgres LISTEN and NOTIFY."',
    '    alias Oban.Config',
    '    @doc "Starts listening."',
    '    def listen(conf), do: Config.get(conf)',
    '  end',
    'else',
    '  defmodule Oban.Notifiers.Missing do',
    '    def listen(_conf), do: {:error, :no_postgrex}',
    '  end',
    'end',
    '',
  ].join('\n');
  // a pending @doc false stays with the next definition, not across the block
  const hiddenDoc = await extractText(elixirExtractor, 'lib/a.ex', 'defmodule A do\n  @doc false\n  unless Code.ensure_loaded?(B) do\n    def shown, do: 1\n  end\n  def later, do: 2\nend\n');
  assert.deepEqual(symbolList(hiddenDoc), ['A module exported', 'A.later function exported', 'A.shown function exported']);
  const file = await extractText(elixirExtractor, 'lib/oban/notifiers/postgres.ex', source);
  assert.deepEqual(symbolList(file), [
    'Oban.Notifiers.Missing module exported',
    'Oban.Notifiers.Missing.listen function exported',
    'Oban.Notifiers.Postgres module exported',
    'Oban.Notifiers.Postgres.listen function exported',
  ]);
  assert.equal(docOf(file, 'listen'), 'Starts listening.');
  assert.deepEqual(file.docComments, ['A notifier over Postgres LISTEN and NOTIFY.'], "the module named like the file gives the file's doc");
  assert.ok(importList(file).includes('qualified Oban.Config'));
});
