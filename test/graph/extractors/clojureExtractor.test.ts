import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openIndex } from '../../../src/api/openIndex.ts';
import { clojureExtractor } from '../../../src/graph/extractors/clojure/clojureExtractor.ts';
import { readClojure, type Form } from '../../../src/graph/extractors/clojure/readClojure.ts';
import { extractorFor } from '../../../src/graph/extractors/extractorRegistry.ts';
import { fixturesDir, tempDir, useFixture } from '../../helpers/gitFixture.ts';
import { runIndex } from '../../helpers/runIndex.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const fixture = (path: string): string => readFileSync(join(fixturesDir, 'clojure-app', path), 'utf8');

/** A form written back compactly: metadata as `^m`, a reader conditional as `#?(…)`, a string as `"…"`. */
const show = (form: Form): string => {
  const meta = (form.meta ?? []).map((m) => `^${show(m)} `).join('');
  switch (form.type) {
    case 'token':
      return meta + form.text;
    case 'string':
      return `${meta}"${form.raw}"`;
    case 'wrapped':
      return `${meta}${form.prefix}${show(form.form)}`;
    default: {
      const [open, close] = { list: ['(', ')'], vector: ['[', ']'], map: ['{', '}'], set: ['#{', '}'] }[form.type];
      return `${meta}${form.dispatch === '#?' || form.dispatch === '#?@' ? form.dispatch : (form.dispatch ?? '')}${form.dispatch === '#(' ? '' : open}${form.items.map(show).join(' ')}${close}`;
    }
  }
};

describe('clojure reader', () => {
  it('reads strings, character literals, comments, discards and metadata without losing a bracket', () => {
    const text = [
      '; a comment (with a bracket',
      '(str \\( "a ) \\" ;" \\; \\newline \\") ; trailing',
      '#_#_(gone) [gone too] (kept ^:private ^{:a 1} x)',
      "#?(:clj 'a :cljs #{b}) #(inc %) #\"re(\" `(f ~x ~@y) @z #inst \"2024\"",
    ].join('\n');
    const { forms, comments, balanced } = readClojure(text);
    assert.equal(balanced, true);
    assert.deepEqual(forms.map(show), [
      '(str \\( "a ) \\" ;" \\; \\newline \\")',
      '(kept ^:private ^{:a 1} x)',
      "#?(:clj 'a :cljs #{b})",
      '#(inc %)',
      '#"re("',
      '`(f ~x ~@y)',
      '@z',
      '#inst"2024"',
    ]);
    assert.deepEqual(forms.map((f) => f.line), [2, 3, 4, 4, 4, 4, 4, 4]);
    assert.deepEqual(comments, [
      { line: 1, text: '; a comment (with a bracket', ownLine: true },
      { line: 2, text: '; trailing', ownLine: false },
    ]);
  });

  it('closes an unclosed form at the end and says the text was unbalanced', () => {
    const { forms, balanced } = readClojure('(ns a.b)\n(defn f [x]\n  (g x)\n');
    assert.equal(balanced, false);
    assert.deepEqual(forms.map(show), ['(ns a.b)', '(defn f [x] (g x))']);
    assert.equal(readClojure('(a))').balanced, false);
  });
});

describe('clojure extractor', () => {
  it('reads an ns and its top-level definitions, private ones and docs included', async () => {
    const facts = await extractText(clojureExtractor, 'src/shop/core.clj', fixture('src/shop/core.clj'));
    assert.equal(facts.language, 'clojure');
    assert.equal(facts.hasErrors, undefined);
    assert.deepEqual(symbolList(facts), [
      '*currency* variable exported', // ^:dynamic
      '->Order function exported',
      'Line class exported', // defrecord
      'Priced interface exported',
      'Priced.discount method exported',
      'Priced.price method exported',
      'checkout function exported',
      'debug-dump function', // ^{:no-doc true}
      'orders variable exported', // defonce
      'pad function', // ^:private
      'receipt function exported',
      'render-line function', // defn-; its `\\(` and `"\\"(…"` leave the forms after it readable
      'shipping function exported', // defmulti and two defmethods: one symbol
      'shop.core module exported',
      'tax-rate constant exported',
      'valid? function exported',
      'with-currency function exported', // defmacro
      // no receipt-width (a private constant), render-line twice (declare), discarded or (comment …) forms
    ]);
    assert.deepEqual(facts.docComments, ['Checkout: turns a cart into an order and a receipt.']);
    assert.equal(docOf(facts, 'checkout'), 'Turns a cart into an order: prices every line,\nadds the tax and stores the order.');
    assert.equal(docOf(facts, 'tax-rate'), 'VAT applied to every order line.');
    assert.equal(docOf(facts, '*currency*'), undefined); // `(def x "EUR")`: the string is the value
    assert.equal(docOf(facts, 'receipt'), 'Prints the receipt of an order, one line per item.'); // the ;; comment above
    assert.equal(docOf(facts, 'price'), 'The price of x, tax excluded.');
    assert.equal(docOf(facts, 'shipping'), 'Shipping cost by country.');
    // Java's (:import …) is no reference.
    assert.deepEqual(importList(facts), ['include clojure/string.clj|clojure/string.cljc system', 'include shop/cart.clj|shop/cart.cljc system']);
  });

  it('reads requires: vectors, prefix lists, reader conditionals, quoted require calls and qualified symbols', async () => {
    const cart = await extractText(clojureExtractor, 'src/shop/cart.cljc', fixture('src/shop/cart.cljc'));
    assert.deepEqual(importList(cart), [
      'include goog/string.cljc|goog/string.clj|goog/string.cljs system',
      'include shop/util/money.cljc|shop/util/money.clj|shop/util/money.cljs system', // [shop.util [money :as money]]
      'include shop/util/string_tools.cljc|shop/util/string_tools.clj|shop/util/string_tools.cljs system', // - is _
    ]);
    // Both branches of the top-level #?( … ) define label: one symbol.
    assert.deepEqual(symbolList(cart), ['label function exported', 'shop.cart module exported', 'total function exported']);

    // A whole :require clause inside a reader conditional of the ns form (reitit's swagger-ui: `#?(:clj (:require …))`).
    const conditional = await extractText(clojureExtractor, 'src/shop/view.cljc', '(ns shop.view\n  #?(:clj (:require [shop.cart :as cart])\n     :cljs (:require-macros [shop.macros :as m])))');
    assert.deepEqual(importList(conditional), ['include shop/cart.cljc|shop/cart.clj|shop/cart.cljs system', 'include shop/macros.cljc|shop/macros.clj|shop/macros.cljs system']);

    const ui = await extractText(clojureExtractor, 'src/shop/ui/app.cljs', fixture('src/shop/ui/app.cljs'));
    assert.deepEqual(importList(ui), ['include shop/cart.cljs|shop/cart.cljc system']); // an npm string is none

    const test = await extractText(clojureExtractor, 'test/shop/core_test.clj', fixture('test/shop/core_test.clj'));
    assert.deepEqual(importList(test), ['include clojure/test.clj|clojure/test.cljc system', 'include shop/core.clj|shop/core.cljc system']);
    assert.deepEqual(symbolList(test), ['shop.core-test module exported']); // a deftest is no symbol

    const script = [
      '(require \'[leiningen.core.main :as main] \'leiningen.jar (symbol "dynamic.ns"))',
      '(defn run [p] (leiningen.core.eval/eval-in-project p (java.io.File/separator)))',
      "(def deps '[[org.clojure/clojure \"1.11.1\"]])",
    ].join('\n');
    const facts = await extractText(clojureExtractor, 'bin/tool.clj', script);
    assert.deepEqual(importList(facts).map((i) => i.split('|')[0]), ['include leiningen/core/eval.clj', 'include leiningen/core/main.clj', 'include leiningen/jar.clj']);
  });

  it('takes the file doc from {:doc} metadata, leading ;; comments (licence aside) or defproject', async () => {
    const money = await extractText(clojureExtractor, 'src/shop/util/money.clj', fixture('src/shop/util/money.clj'));
    assert.deepEqual(money.docComments, ['Money amounts in cents, never floats.']);
    const tools = await extractText(clojureExtractor, 'src/shop/util/string_tools.clj', fixture('src/shop/util/string_tools.clj'));
    assert.deepEqual(tools.docComments, ['String helpers shared by the checkout and the receipts:\ntitle case, padding and truncation.']);
    assert.deepEqual(symbolList(tools), ['shop.util.string-tools module exported', 'title-case function exported']);
    const project = await extractText(clojureExtractor, 'project.clj', fixture('project.clj'));
    assert.deepEqual(project.docComments, ['A tiny shop: carts, prices and receipts.']);
    assert.deepEqual(project.imports, []); // org.clojure/clojure is an artifact
    const template = await extractText(clojureExtractor, 'project.clj', '(defproject x "0.1.0" :description "FIXME: write description")');
    assert.deepEqual(template.docComments, []);
    const hidden = await extractText(clojureExtractor, 'src/a.clj', '(ns ^:no-doc a.impl)\n(defn f "F." [] 1)\n;; TODO: remove\n(defn g [] 2)');
    assert.deepEqual(symbolList(hidden), ['a.impl module', 'f function', 'g function']);
    assert.equal(docOf(hidden, 'g'), undefined);
  });

  it('is picked for .clj, .cljs and .cljc, not for .edn data', () => {
    for (const path of ['src/a.clj', 'src/a.cljs', 'src/a.cljc']) assert.equal(extractorFor(path)?.language, 'clojure', path);
    assert.equal(extractorFor('deps.edn'), undefined);
  });

  it('links modules by the namespaces they require, found on the source path', async () => {
    const repo = useFixture('clojure-app');
    const db = join(tempDir(), 'index.db');
    await runIndex({ repo, db });
    const index = await openIndex({ repo, db });
    try {
      assert.deepEqual(
        index.graph().edges.map((e) => `${e.from} -> ${e.to}`),
        [
          'src/shop -> src/shop/util', // cart.cljc: #?(:clj [shop.util.string-tools …]) and [shop.util [money …]]
          'src/shop/ui -> src/shop', // app.cljs: shop.cart is src/shop/cart.cljc
          'test -> src/shop', // (shop [core :as core])
        ],
      );
    } finally {
      index.close();
    }
  });
});
