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
