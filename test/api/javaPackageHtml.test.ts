import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openIndex } from '../../src/api/openIndex.ts';
import { javadocPackageHtml } from '../../src/graph/extractors/shared/javadocPackageHtml.ts';
import { tempDir, writeFiles } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';

const PACKAGE_HTML = [
  '<!--',
  ' Licensed to the Apache Software Foundation (ASF) under one or more contributor license agreements.',
  '-->',
  '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML//EN">',
  '<html><head><title>pattern</title></head>',
  '<body>',
  '  <p>Provides classes implementing format specifiers in conversion patterns &amp; their options.</p>',
  '</body></html>',
].join('\n');

test("a Java package's package.html is its doc: licence comments and markup out", () => {
  assert.equal(javadocPackageHtml('src/main/java/a/pattern/package.html', PACKAGE_HTML), 'Provides classes implementing format specifiers in conversion patterns & their options.');
  assert.equal(javadocPackageHtml('docs/index.html', PACKAGE_HTML), undefined);
  assert.equal(javadocPackageHtml('a/package.html', '<html><body> </body></html>'), undefined);
  // a reference past Unicode, or named like an Object property, stays as written (it had thrown, or read "function Object()")
  assert.equal(javadocPackageHtml('a/package.html', '<body><p>Maps &#x110000; and &constructor; keys.</p></body>'), 'Maps &#x110000; and &constructor; keys.');
});

test("a module's summary opens with its package.html rather than the first class's Javadoc", async () => {
  // logback's classic/pattern card read "An interface used for abbreviating strings…" (its first class).
  const repo = tempDir();
  const pkg = 'src/main/java/ch/qos/pattern';
  writeFiles(repo, {
    [`${pkg}/Abbreviator.java`]: 'package ch.qos.pattern;\n\n/** An interface used for abbreviating strings. */\npublic interface Abbreviator { String abbreviate(String in); }\n',
    [`${pkg}/DateConverter.java`]: 'package ch.qos.pattern;\n\n/** Formats the date of an event. */\npublic class DateConverter {}\n',
    [`${pkg}/package.html`]: PACKAGE_HTML,
    'src/main/java/ch/qos/html/HTMLLayout.java': 'package ch.qos.html;\n\n/** Lays events out as HTML rows. */\npublic class HTMLLayout {}\n',
  });
  const modules = [{ id: 'pattern', path: pkg }, { id: 'html', path: 'src/main/java/ch/qos/html' }];
  writeFiles(repo, { 'modules.json': JSON.stringify(modules) });
  await runIndex({ repo, modulesFile: `${repo}/modules.json` });
  const index = await openIndex({ repo });
  try {
    assert.match(index.show('pattern').summary, /^pattern: Provides classes implementing format specifiers in conversion patterns/);
    assert.match(index.show('html').summary, /^html: Lays events out as HTML rows\./);
  } finally {
    index.close();
  }
});
