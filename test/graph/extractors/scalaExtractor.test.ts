import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractorFor } from '../../../src/graph/extractors/extractorRegistry.ts';
import { scalaExtractor } from '../../../src/graph/extractors/scala/scalaExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const source = `// Copyright 2020 Acme
package com.acme.shop
package orders

import com.acme.shop.payments.{PaymentGateway, Refund => R}
import scala.concurrent._
import com.acme.core.Money

/** An order placed by a customer. */
case class Order(id: Long, total: Money)

/** Places and cancels orders. */
trait OrderService {
  /** Places an order. */
  def place(o: Order): Unit
  private def audit(): Unit = ()
}

object OrderService {
  def apply(): OrderService = new OrderService {}
}
`;

test('scala: classes, traits, objects and their defs; chained package clauses; imports with selectors and wildcards', async () => {
  const facts = await extractText(scalaExtractor, 'src/main/scala/com/acme/shop/orders/Order.scala', source);
  assert.equal(facts.language, 'scala');
  assert.equal(facts.packageName, 'com.acme.shop.orders');
  assert.deepEqual(symbolList(facts), [
    'Order class exported',
    'OrderService module exported', // the companion object
    'OrderService trait exported',
    'OrderService.apply method exported',
    'OrderService.audit method',
    'OrderService.place method exported',
  ]);
  assert.equal(docOf(facts, 'Order'), 'An order placed by a customer.');
  assert.equal(docOf(facts, 'place'), 'Places an order.');
  assert.deepEqual(importList(facts), [
    'qualified com.acme.core.Money',
    'qualified com.acme.shop.payments.PaymentGateway',
    'qualified com.acme.shop.payments.Refund',
    'qualified scala.concurrent.*',
  ]);
  assert.equal(extractorFor('a/B.scala')?.language, 'scala');
});

test('scala: a package object is the package: its Scaladoc is the file doc, its defs, vals, vars and types are symbols', async () => {
  const facts = await extractText(scalaExtractor, 'core/src/main/scala/acme/util/package.scala', `package acme

/** Utilities for parsing widgets. */
package object util {
  /** A widget id. */
  type WidgetId = Long
  /** Parses a widget. */
  def parseWidget(s: String): Int = s.length
  val DefaultWidget = 0
  var retries: Int = 3
  private val cache = new java.util.HashMap[String, Int]
  private[util] type Internal = Int
}

package util {
  /** Where widgets are kept. */
  object Registry { def all: List[Int] = Nil }
}
`);
  assert.equal(facts.packageName, 'acme.util'); // not acme: the package object's members are acme.util's
  assert.deepEqual(facts.docComments, ['Utilities for parsing widgets.']);
  assert.deepEqual(symbolList(facts), [
    'Registry module exported', // in the braced `package util { … }`
    'Registry.all method exported',
    'util module exported',
    'util.DefaultWidget property exported',
    'util.Internal type',
    'util.WidgetId type exported',
    'util.parseWidget method exported',
    'util.retries property exported',
  ]);
  assert.equal(docOf(facts, 'WidgetId'), 'A widget id.');
  assert.equal(docOf(facts, 'Registry'), 'Where widgets are kept.');
});

test('scala: members keep their nesting, operators their names, annotated definitions their docs; `def this` is no symbol', async () => {
  const facts = await extractText(scalaExtractor, 'src/library/scala/util/matching/Regex.scala', `package scala.util.matching

/** Doc of X. */
@deprecated("x", "2.11.0")
class X {
  private[this] var n = 0
  def +=(x: Int): this.type = this
  def this(s: String) = this()
  def ? : Any = n
  def unary_! : Boolean = false
}

/** Regular expressions. */
object Regex {
  /** A successful match. */
  class Match(val source: CharSequence) {
    /** Where it starts. */
    def start: Int = 0
    val end: Int = 1
  }
}

/** An actor. */
@SerialVersionUID(1L)
@deprecated("Use the akka.actor package instead.", "2.11.0")
trait Actor { protected def act(): Unit }
`);
  assert.deepEqual(symbolList(facts), [
    'Actor trait exported',
    'Actor.act method',
    'Regex module exported',
    'Regex.Match class exported',
    'Regex.Match.end property exported',
    'Regex.Match.start method exported',
    'X class exported',
    'X.+= method exported',
    'X.? method exported',
    'X.unary_! method exported',
  ]);
  assert.equal(docOf(facts, 'X'), 'Doc of X.');
  assert.equal(docOf(facts, 'Actor'), 'An actor.');
  assert.equal(docOf(facts, 'start'), 'Where it starts.');
  assert.equal(facts.hasErrors, undefined); // the grammar of tree-sitter-scala 0.24.0 reads all of it
});

test('scala: an import is every name it may be, through earlier imports and the enclosing packages, as written among them', async () => {
  const facts = await extractText(scalaExtractor, 'app/src/main/scala/acme/app/Main.scala', `package acme
package app

import scala.collection.mutable
import mutable.Builder
import util.Gadget
import _root_.util.Legacy
import java.util.{List => JList, Map => _, _}
import acme.core.Money
`);
  assert.deepEqual(importList(facts), [
    'qualified acme.app.util.Gadget|acme.util.Gadget|util.Gadget|scala.util.Gadget', // innermost package first
    'qualified acme.core.Money', // the file's own root package, scala and java are read from the root only
    'qualified java.util.*',
    'qualified java.util.List', // `Map => _` hides Map, imports nothing
    'qualified scala.collection.mutable',
    'qualified scala.collection.mutable.Builder|acme.app.mutable.Builder|acme.mutable.Builder|mutable.Builder|scala.mutable.Builder',
    'qualified util.Legacy', // _root_: from the root only
  ]);
});

test('scala: members stay in their class where the grammar misreads or loses the class around them', async () => {
  // `{ thisMirror =>` with a member indented one space less (reflect's Mirrors.scala) parses, but as a body
  // holding one lambda whose block is the members.
  const mirrors = await extractText(scalaExtractor, 'src/reflect/scala/reflect/internal/Mirrors.scala', `package scala.reflect.internal

abstract class RootsBase extends Mirror { thisMirror =>
    /** Whether the mirror is initialized. */
    def isMirrorInitialized = initialized
   @inline final def wrapMissing(body: => Symbol): Symbol = body
    def init() {}
}
`);
  assert.equal(mirrors.hasErrors, undefined);
  assert.deepEqual(symbolList(mirrors), [
    'RootsBase class exported',
    'RootsBase.init method exported',
    'RootsBase.isMirrorInitialized method exported',
    'RootsBase.wrapMissing method exported',
  ]);
  assert.equal(docOf(mirrors, 'isMirrorInitialized'), 'Whether the mirror is initialized.');

  // Scala 2's abstract procedure `def clear()` swallows the next declaration, `def result`, as an error.
  const builder = await extractText(scalaExtractor, 'src/library/scala/collection/mutable/Builder.scala', `package scala.collection.mutable

trait Builder[-Elem, +To] extends Growable[Elem] {
  /** Clears the contents of this builder. */
  def clear()

  /** Produces a collection from the added elements. */
  def result(): To
}
`);
  assert.equal(builder.hasErrors, true);
  assert.deepEqual(symbolList(builder), ['Builder trait exported', 'Builder.clear method exported', 'Builder.result method exported']);
  assert.equal(docOf(builder, 'result'), 'Produces a collection from the added elements.');

  // A class header the grammar closes before its body (`{` on a line of its own, then code it cannot read):
  // the body's pieces lie loose in the file, and its members are still the class's, not top-level functions.
  const erasure = await extractText(scalaExtractor, 'src/compiler/scala/tools/nsc/transform/Erasure.scala', `package scala.tools.nsc.transform

abstract class Erasure extends AddInterfaces
                          with TypingTransformers
{
  /** Erases a type. */
  def erasure(tp: Type): Type = tp

  private class Eraser {
    def typed(t: Tree): Tree = t
  }

  def adapt(tree: Tree): Tree = {
      tree match {
        case Apply(ta @ TypeApply(sel @ Select(qual, name), List(targ)), List())
        if tree.symbol == Any_asInstanceOf =>
          val qual1 = typedQualifier(qual, NOmode, ObjectTpe)
          if (isPrimitiveValueType(targ.tpe)) unbox(qual1, targ.tpe)
          else typed(qual1)
        case Apply(TypeApply(sel @ Select(qual, name), List(targ)), List())
        if tree.symbol == Any_isInstanceOf =>
  }
}
`);
  assert.equal(erasure.hasErrors, true);
  assert.deepEqual(symbolList(erasure), [
    'Erasure class exported',
    'Erasure.Eraser class',
    'Erasure.Eraser.typed method',
    'Erasure.adapt method exported', // named by its loose `def adapt`; qual1, local to it, is no symbol
    'Erasure.erasure method exported',
  ]);
  assert.equal(docOf(erasure, 'erasure'), 'Erases a type.');
});
