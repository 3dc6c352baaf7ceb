import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { elixirExtractor } from '../../../src/graph/extractors/elixir/elixirExtractor.ts';
import { extractorFor } from '../../../src/graph/extractors/extractorRegistry.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const fixture = (path: string): string => readFileSync(new URL(`../../fixtures/elixir-umbrella/${path}`, import.meta.url), 'utf8');

test('elixir: modules with @moduledoc, public and private functions with @doc, guards in heads', async () => {
  const user = await extractText(elixirExtractor, 'apps/shop/lib/shop/accounts/user.ex', fixture('apps/shop/lib/shop/accounts/user.ex'));
  assert.equal(user.language, 'elixir');
  assert.deepEqual(symbolList(user), ['Shop.Accounts.User module exported', 'User.guard function exported', 'User.hash function', 'User.register function exported']);
  assert.equal(docOf(user, 'User'), 'A user account with email and password.');
  assert.equal(docOf(user, 'register'), 'Registers a user.');
  assert.deepEqual(importList(user), [
    'include ecto/changeset.ex',
    'include ecto/schema.ex',
    'include shop/accounts/session.ex', // alias Shop.Accounts.{Token, Session}
    'include shop/accounts/token.ex',
    'include shop/repo.ex',
  ]);
  const controller = await extractText(elixirExtractor, 'c.ex', fixture('apps/shop_web/lib/shop_web/controllers/user_controller.ex'));
  assert.deepEqual(symbolList(controller), ['ShopWeb.UserController module exported', 'UserController.create function exported', 'UserController.show function exported'], 'def f(x) when … is f');
  // Remote calls name modules too, once each: `User.register` is the aliased Shop.Accounts.User; `:ets` is Erlang's.
  assert.deepEqual(importList(controller), ['include shop/accounts/user.ex', 'include shop/repo.ex', 'include shop_web/layout.ex']);
  const hidden = await extractText(elixirExtractor, 'r.ex', fixture('apps/shop/lib/shop/repo.ex'));
  assert.deepEqual(symbolList(hidden), ['Shop.Repo module'], '@moduledoc false hides a module');
  assert.equal(extractorFor('mix.exs')?.language, 'elixir');
});
