import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openIndex } from '../../../src/api/openIndex.ts';
import { extractorFor } from '../../../src/graph/extractors/extractorRegistry.ts';
import { rExtractor } from '../../../src/graph/extractors/r/rExtractor.ts';
import { fixturesDir, tempDir, useFixture } from '../../helpers/gitFixture.ts';
import { runIndex } from '../../helpers/runIndex.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const fixture = (path: string): string => readFileSync(join(fixturesDir, 'r-package', path), 'utf8');
const names = (facts: { imports: { kind: string; spec: string }[] }): string[] =>
  facts.imports.filter((i) => i.kind === 'qualified').map((i) => i.spec).sort();

describe('r extractor', () => {
  it('is the extractor of .R and .r files and Rscript scripts', () => {
    assert.equal(extractorFor('R/geom-hex.r')?.language, 'r');
    assert.equal(extractorFor('R/scale-binned.R')?.language, 'r');
    assert.equal(extractorFor('bin/render', '#!/usr/bin/env Rscript\nx <- 1\n')?.language, 'r');
    assert.equal(extractorFor('vignettes/intro.Rmd'), undefined);
  });

  it('keeps a roxygen block in force across a plain comment above its function (`# nolint`)', async () => {
    const facts = await extractText(rExtractor, 'R/a.R', "#' Scales a vector\n#' @export\n# nolint start\nrescale <- function(x) x / max(x)\n");
    assert.deepEqual(symbolList(facts), ['rescale function exported']);
    assert.equal(docOf(facts, 'rescale'), 'Scales a vector');
  });

  it("keeps a script's variable named like a base function (`all <- …`) out of the names other files resolve", async () => {
    // dplyr's revdep/drake-analyze.R: `all <- drake::readd(compare_all)` had made every call of `all()` depend on revdep/
    const facts = await extractText(rExtractor, 'revdep/analyze.R', 'all <- drake::readd(compare_all)\ncompare_all <- 2\nsummarise_revdeps <- function(x) all\n');
    assert.deepEqual(symbolList(facts), ['summarise_revdeps function']);
    assert.equal(facts.packageName, 'compare_all summarise_revdeps');
    // a function of that name is the package's own (dplyr's `filter`)
    assert.equal((await extractText(rExtractor, 'R/filter.R', 'filter <- function(.data, ...) .data\n')).packageName, 'filter');
  });

  it('reads functions, a ggproto object and its methods, S3 methods; roxygen @export and docs; @include and names used', async () => {
    const facts = await extractText(rExtractor, 'R/geom-blob.R', fixture('R/geom-blob.R'));
    assert.equal(facts.language, 'r');
    assert.deepEqual(symbolList(facts), [
      'GeomBlob class exported',
      'GeomBlob.draw_group method exported',
      'blob_outline function', // no roxygen block: internal
      'geom_blob function exported',
      'print.blob_outline function exported', // an S3 method kept whole
      // BLOB_LABEL: an internal constant, left out
    ]);
    // Title and description; @param, @examples (its `ggplot(…)` line) and @export dropped.
    assert.equal(
      docOf(facts, 'geom_blob'),
      'Blob outlines\n\nDraws each group as one smooth, closed outline around its points (a "blob"), filled with the group\'s colour.',
    );
    assert.equal(docOf(facts, 'GeomBlob'), undefined); // only tags in its block
    assert.deepEqual(importList(facts).filter((i) => !i.startsWith('qualified')), ['path geom-.R']);
    // The ggproto parent and the calls to other files' functions; none of the file's own names, nothing
    // from the string `"blob # <- function("`.
    const used = names(facts);
    for (const name of ['Geom', 'layer_blob', 'chull', 'polygonGrob']) assert.ok(used.includes(name), name);
    for (const name of ['geom_blob', 'GeomBlob', 'blob_outline', 'function', 'ggplot']) assert.ok(!used.includes(name), name);
    assert.equal(facts.packageName, 'BLOB_LABEL GeomBlob blob_outline geom_blob print.blob_outline');
  });

  it('takes a plain comment above an internal function as its doc, and members of a ggproto object without a parent', async () => {
    const facts = await extractText(rExtractor, 'R/geom-.R', fixture('R/geom-.R'));
    assert.deepEqual(symbolList(facts), ['Geom class exported', 'Geom.draw_group method exported', 'Geom.draw_panel method exported', 'snake_class function']);
    assert.equal(docOf(facts, 'snake_class'), 'Internal: the class name in snake case ("GeomBlob" -> "geom_blob").');
    // `snake_class(self)` inside a cli string is no call.
    assert.deepEqual(importList(facts).filter((i) => !i.startsWith('qualified')), ['package cli/R']);
  });

  it('documents a dataset by its bare string, and the file by a "_PACKAGE" or NULL block', async () => {
    const data = await extractText(rExtractor, 'R/data.R', fixture('R/data.R'));
    assert.deepEqual(symbolList(data), ['ponds variable exported']);
    assert.equal(docOf(data, 'ponds'), 'Blob measurements of 40 garden ponds\n\nOutlines of ponds measured from aerial photographs, in metres.');
    const pkg = await extractText(rExtractor, 'R/blobplot-package.R', fixture('R/blobplot-package.R'));
    assert.deepEqual(pkg.docComments, ['blobplot: soft-edged blob charts\n\nGeoms and stats that draw point clouds as smooth outlines.']);
    assert.deepEqual(importList(pkg), ['package grid/R', 'package rlang/R']);
    assert.deepEqual(pkg.symbols, []);
  });

  it('masks strings, comments and backquoted names before reading code', async () => {
    const source = [
      '# fake <- function(x) stop()',
      'msg <- "a <- function( # not a comment"',
      "raw <- r\"(hello ( <- function()\"",
      '`[[.shape` <- function(x, i) x$parts[[i]]',
      '`%+%` <- function(a, b) combine(a, b)',
      'after_all <- function() {',
      "  warn('}')",
      '}',
      '#\' @export',
      'API_VERSION <- 3L',
    ].join('\n');
    const facts = await extractText(rExtractor, 'R/shape.R', source);
    assert.deepEqual(symbolList(facts), ['%+% function', 'API_VERSION constant exported', '[[.shape function', 'after_all function']);
    assert.deepEqual(names(facts), ['combine', 'warn']);
  });

  it('reads S4 and R6 declarations; library(), pkg:: and source() as imports', async () => {
    const source = [
      'library(methods)',
      'source("helpers/io.R")',
      '#\' A shape',
      '#\' @export',
      'setClass("Shape", representation(name = "character"))',
      'setGeneric("area", function(shape) standardGeneric("area"))',
      'setMethod("area", "Shape", function(shape) 0)',
      'Counter <- R6::R6Class("Counter",',
      '  public = list(',
      '    count = 0,',
      '    add = function(n = 1) {',
      '      self$count <- self$count + n',
      '      invisible(self)',
      '    }',
      '  )',
      ')',
      'total <- function(x) purrr::reduce(x, `+`)',
    ].join('\n');
    const facts = await extractText(rExtractor, 'R/shapes.R', source);
    assert.deepEqual(symbolList(facts), ['Counter class', 'Counter.add method', 'Shape class exported', 'Shape.area method', 'area function', 'total function']);
    assert.equal(docOf(facts, 'Shape'), 'A shape');
    assert.deepEqual(importList(facts).filter((i) => !i.startsWith('qualified')), ['package R6/R', 'package methods/R', 'package purrr/R', 'path helpers/io.R']);
  });
});

describe('r files in the index', () => {
  it('links files by the names they use and by @include, a test to the code it calls', async () => {
    const repo = useFixture('r-package');
    const db = join(tempDir(), 'index.db');
    const modulesFile = join(tempDir(), 'modules.json');
    const paths = ['R/geom-.R', 'R/geom-blob.R', 'R/layer.R', 'R/data.R', 'R/blobplot-package.R', 'tests'];
    writeFileSync(modulesFile, JSON.stringify([...paths.map((path) => ({ id: path, path })), { id: '.', path: '' }]));
    await runIndex({ repo, db, modulesFile });
    const index = await openIndex({ repo, db });
    try {
      assert.deepEqual(
        index.graph().edges.map((e) => `${e.from} -> ${e.to}`).sort(),
        [
          'R/geom-blob.R -> R/geom-.R', // @include and the parent Geom
          'R/geom-blob.R -> R/layer.R', // layer_blob()
          'tests -> R/geom-blob.R', // geom_blob(), GeomBlob
        ],
      );
    } finally {
      index.close();
    }
  });
});
