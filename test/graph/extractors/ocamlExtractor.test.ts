import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractorFor } from '../../../src/graph/extractors/extractorRegistry.ts';
import { ocamlExtractor } from '../../../src/graph/extractors/ocaml/ocamlExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const fixture = (path: string): string =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/ocaml-dune-project/${path}`, import.meta.url)), 'utf8');

const implementation = `(* Copyright (c) 2021 The Shop authors. Licensed under the MIT licence. *)

(** Build rules for the watermarks of a project. *)

open! Dune_engine
open! Stdune
open Import
include Rules_intf

(** Substitutes %%VERSION%% placeholders. *)
let subst_string s path ~map = Dune_lang.Ast.loc (Vcs.describe s) path map

let rec walk dir = go dir
and go dir = Path.Build.relative dir "x"

let default_version = "dev"
let _unused = 1
let () = ignore walk

type kind = Plain | Subst of string
type env = { vars : (string * string) list }

exception Bad_placeholder of string

module Table = struct
  (** A table of placeholders. *)
  let create () = Hashtbl.create 16
end

module Make (S : Rules_intf.S) = struct let run = S.run end
module Super_context = Dune_rules.Super_context
module type Watcher = sig val watch : string -> unit end
external raw_stat : string -> int = "shop_stat"
`;

test('ocaml: top-level items are symbols, with odoc docs and the file doc', async () => {
  const facts = await extractText(ocamlExtractor, 'src/dune_rules/watermarks.ml', implementation);
  assert.equal(facts.language, 'ocaml');
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), [
    'Bad_placeholder class exported',
    'Make module exported',
    'Make.run variable exported',
    'Table module exported',
    'Table.create function exported',
    'Watcher interface exported',
    'default_version variable exported',
    'env struct exported',
    'go function exported',
    'kind enum exported',
    'kind.Plain constant exported',
    'kind.Subst constant exported',
    'raw_stat function exported',
    'subst_string function exported',
    'walk function exported',
  ]);
  assert.deepEqual(facts.docComments, ['Build rules for the watermarks of a project.']);
  assert.equal(docOf(facts, 'subst_string'), 'Substitutes %%VERSION%% placeholders.');
  assert.equal(docOf(facts, 'create'), 'A table of placeholders.');
  assert.equal(docOf(facts, 'walk'), undefined);
});

test('ocaml: open, include and qualified names are imports, once each, without local or own modules', async () => {
  const facts = await extractText(ocamlExtractor, 'src/dune_rules/watermarks.ml', implementation);
  assert.deepEqual(importList(facts), [
    'qualified Dune_engine',
    'qualified Dune_lang.Ast',
    'qualified Dune_rules.Super_context',
    'qualified Hashtbl',
    'qualified Import',
    'qualified Path.Build',
    'qualified Rules_intf',
    'qualified Stdune',
    'qualified Vcs',
  ]);
});

test('ocaml: an interface parses (wrapped as a signature), docs before or after an item, constructors of its variants', async () => {
  const facts = await extractText(ocamlExtractor, 'src/pricing/discount.mli', fixture('src/pricing/discount.mli'));
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), [
    'apply function exported',
    'of_code function exported',
    't enum exported',
    't.Fixed constant exported',
    't.Percent constant exported',
  ]);
  assert.deepEqual(facts.docComments, ['Discount codes.']);
  assert.equal(docOf(facts, 'of_code'), 'Looks up a discount code such as "SPRING10".');
  assert.equal(facts.symbols.find((s) => s.name === 'of_code')?.line, 7);

  const cart = await extractText(ocamlExtractor, 'src/cart/cart.mli', fixture('src/cart/cart.mli'));
  assert.equal(docOf(cart, 't'), 'A cart of line items, in the order they were added.'); // after the item
  assert.equal(docOf(cart, 'add'), 'add cart item adds item, merging it with a line of the same SKU.'); // before it
  assert.equal(docOf(cart, 'total'), 'The total in cents, after the discount and VAT.');
  assert.equal(docOf(cart, 'empty'), undefined);
  assert.deepEqual(importList(cart), ['qualified Line_item', 'qualified Pricing.Discount']);
});

test('ocaml: a dune file declares its libraries and executables, imports what it links, names them for the resolver', async () => {
  const facts = await extractText(ocamlExtractor, 'src/cart/dune', fixture('src/cart/dune'));
  assert.deepEqual(symbolList(facts), ['cart module exported', 'shop.cart module exported']);
  assert.equal(docOf(facts, 'cart'), 'Shopping cart: line items, quantities and totals');
  assert.deepEqual(importList(facts), ['package shop.pricing']);
  assert.equal(facts.packageName, 'dune:cart shop.cart');

  const bin = await extractText(ocamlExtractor, 'bin/dune', fixture('bin/dune'));
  assert.deepEqual(symbolList(bin), ['main module', 'shop module exported']);
  assert.deepEqual(importList(bin), ['package cmdliner', 'package pricing', 'package shop.cart']);
  assert.equal(bin.packageName, undefined);

  const pricing = await extractText(ocamlExtractor, 'src/pricing/dune', fixture('src/pricing/dune'));
  assert.deepEqual(pricing.docComments, ['Prices, discount codes and taxes']); // "[Internal]" off
});

test('ocaml: the registry picks it for .ml, .mli and dune files only', () => {
  assert.equal(extractorFor('src/a/b.ml')?.language, 'ocaml');
  assert.equal(extractorFor('src/a/b.mli')?.language, 'ocaml');
  assert.equal(extractorFor('src/a/dune')?.language, 'ocaml');
  assert.equal(extractorFor('dune-project'), undefined);
  assert.equal(extractorFor('src/a/lexer.mll'), undefined);
  assert.equal(extractorFor('src/a/b.mlx'), undefined);
});

test('ocaml: a doc comment right on the first item is that item\'s, not the file\'s; one a blank line above is the file\'s', async () => {
  const onItem = await extractText(ocamlExtractor, 'src/thing.mli', '(** Makes a thing. *)\nval make : int -> t\n');
  assert.deepEqual(onItem.docComments, []);
  assert.equal(docOf(onItem, 'make'), 'Makes a thing.');
  const apart = await extractText(ocamlExtractor, 'src/thing.mli', '(** Things to sell. *)\n\n(** Makes a thing. *)\nval make : int -> t\n');
  assert.deepEqual(apart.docComments, ['Things to sell.']);
  assert.equal(docOf(apart, 'make'), 'Makes a thing.');
});
