import assert from 'node:assert/strict';
import { test } from 'node:test';
import { javaExtractor } from '../../../src/graph/extractors/java/javaExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const source = `/*
 * Copyright 2020 Acme Inc. Licensed under the Apache License, Version 2.0
 */
package com.acme.billing;

import java.util.List;
import static java.util.Collections.emptyList;
import com.acme.core.*;

/**
 * Handles invoices.
 * @author bob
 */
public class InvoiceHandler extends Base implements Handler {
    private int count;
    public static final String NAME = "x";

    /** Processes one invoice. */
    public void process(Invoice inv) {}

    private void helper() {}

    public InvoiceHandler() {}

    interface Callback { void done(); }
    enum Status { OPEN, CLOSED }
}

record Point(int x, int y) {}
@interface Marker {}
`;

test('java: declared symbols with kinds, exported flags and containers', async () => {
  const facts = await extractText(javaExtractor, 'src/main/java/com/acme/billing/InvoiceHandler.java', source);
  assert.equal(facts.language, 'java');
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), [
    'Callback.done method exported',
    'InvoiceHandler class exported',
    'InvoiceHandler.Callback interface exported',
    'InvoiceHandler.NAME constant exported',
    'InvoiceHandler.Status enum exported',
    'InvoiceHandler.helper method',
    'InvoiceHandler.process method exported',
    'Marker interface exported',
    'Point class exported',
  ]);
});

test('java: imports and package', async () => {
  const facts = await extractText(javaExtractor, 'src/main/java/com/acme/billing/InvoiceHandler.java', source);
  assert.deepEqual(importList(facts), [
    'qualified com.acme.core.*',
    'qualified java.util.Collections.emptyList',
    'qualified java.util.List',
    // types named without an import: classes of its own package, if it has them (String is java.lang's)
    'type com.acme.billing.Base',
    'type com.acme.billing.Handler',
    'type com.acme.billing.Invoice',
  ]);
  assert.equal(facts.packageName, 'com.acme.billing');
});

test('java: doc comments on declarations and the file', async () => {
  const facts = await extractText(javaExtractor, 'src/main/java/com/acme/billing/InvoiceHandler.java', source);
  assert.equal(docOf(facts, 'InvoiceHandler'), 'Handles invoices.');
  assert.equal(docOf(facts, 'process'), 'Processes one invoice.');
  assert.deepEqual(facts.docComments, []);
});
