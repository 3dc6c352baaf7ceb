import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openIndex } from '../../../src/api/openIndex.ts';
import { discoverModules } from '../../../src/graph/discovery/discoverModules.ts';
import { readDescriptionFile } from '../../../src/graph/discovery/manifests/readDescriptionFile.ts';
import { tempDir, useFixture, writeFiles } from '../../helpers/gitFixture.ts';
import { runIndex } from '../../helpers/runIndex.ts';

describe('R package discovery', () => {
  it('names the root after DESCRIPTION, keeps man/, vignettes/ and README.md there, R/ apart, and skips what R CMD build wrote', async () => {
    const repo = useFixture('r-package');
    const found = await discoverModules(repo);
    assert.equal(found.source, 'r');
    assert.deepEqual(
      found.modules.map((m) => `${m.id} ${m.name ?? '-'} ${m.manifest ?? '-'}`),
      ['. blobplot DESCRIPTION', 'R - -'],
    );
    // Title and Description, the continuation line joined.
    assert.equal(
      found.modules[0]?.description,
      'Blob Charts in the Grammar of Graphics. Draws soft-edged blob charts on top of ggplot2: a geom, a stat that smooths point clouds into outlines, and a theme.',
    );

    const db = join(tempDir(), 'index.db');
    const { stats } = await runIndex({ repo, db });
    // inst/doc/ (a vignette's copy and its tangled code) and build/: skipped whole, one folder each.
    assert.equal(stats.skipped.vendored, 2);
    const index = await openIndex({ repo, db });
    try {
      const files = Object.fromEntries(index.graph().modules.map((m) => [m.id, m.files]));
      assert.deepEqual(files['.'], [
        'DESCRIPTION',
        'NAMESPACE',
        'README.md',
        'man/geom_blob.Rd',
        'tests/testthat.R',
        'tests/testthat/test-geom-blob.R',
        'vignettes/blobplot.Rmd',
      ]);
      assert.deepEqual(files.R, ['R/blobplot-package.R', 'R/data.R', 'R/geom-.R', 'R/geom-blob.R', 'R/layer.R']);
    } finally {
      index.close();
    }
  });

  it('keeps inst/doc/ of a project without DESCRIPTION', async () => {
    const repo = tempDir();
    writeFiles(repo, {
      'R/plot.R': 'plot_it <- function(x) x\n',
      'inst/doc/guide.R': 'guide <- function() NULL\n',
    });
    const db = join(tempDir(), 'index.db');
    const { stats } = await runIndex({ repo, db });
    assert.equal(stats.skipped.vendored, 0);
    const index = await openIndex({ repo, db });
    try {
      assert.deepEqual(index.graph().modules.flatMap((m) => m.files).sort(), ['R/plot.R', 'inst/doc/guide.R']);
    } finally {
      index.close();
    }
  });

  it('reads a package in a folder below the root, with its src/ code apart', async () => {
    const repo = tempDir();
    writeFiles(repo, {
      'pkg/DESCRIPTION': 'Package: tidyblob\nTitle: Tidy Blobs\nVersion: 1.0\n',
      'pkg/R/tidy.R': 'tidy <- function(x) x\n',
      'pkg/src/blob.c': 'int blob(void) { return 1; }\n',
      'web/app.ts': 'export const app = 1;\n',
    });
    const found = await discoverModules(repo);
    assert.deepEqual(
      found.modules.map((m) => `${m.path} ${m.name ?? '-'}`),
      ['pkg tidyblob', 'pkg/R -', 'pkg/src -', 'web -'],
    );
    assert.equal(found.modules[0]?.description, 'Tidy Blobs');
  });

  it('reads DESCRIPTION continuation lines, a lone `.` as a paragraph break, and CRLF', () => {
    const fields = readDescriptionFile('Package: shapes\r\nTitle: Draw Shapes\r\nDescription: Draws circles\r\n    and squares.\r\n    .\r\n    Also triangles.\r\n');
    assert.equal(fields.get('Package'), 'shapes');
    assert.equal(fields.get('Description'), 'Draws circles and squares.\nAlso triangles.');
  });
});
