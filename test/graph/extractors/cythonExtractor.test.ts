import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openIndex } from '../../../src/api/openIndex.ts';
import { isSourceFile } from '../../../src/graph/discovery/isSourceFile.ts';
import { cythonExtractor } from '../../../src/graph/extractors/cython/cythonExtractor.ts';
import { extractorFor } from '../../../src/graph/extractors/extractorRegistry.ts';
import { languageNames, languagesOfModule } from '../../../src/index/languageModules.ts';
import { fixturesDir, tempDir, useFixture } from '../../helpers/gitFixture.ts';
import { runIndex } from '../../helpers/runIndex.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const fixture = (path: string): string => readFileSync(join(fixturesDir, 'cython-package', path), 'utf8');
const extract = (path: string) => extractText(cythonExtractor, path, fixture(path));

describe('cython extractor', () => {
  it('is picked for .pyx, .pxd, .pxi and their Tempita templates, which count as source files', () => {
    for (const path of ['a/_tree.pyx', 'a/_tree.pxd', 'a/_binary_tree.pxi', 'a/_loss.pyx.tp', 'a/_loss.pxd.tp']) {
      assert.equal(extractorFor(path)?.language, 'cython', path);
      assert.equal(isSourceFile(path.slice(2)), true, path);
    }
    assert.equal(extractorFor('a/x.py')?.language, 'python');
    assert.equal(isSourceFile('notes.tp'), false);
  });

  it('reads a .pyx: def/cpdef exported, cdef functions, classes and extern declarations not; imports and cimports as Python specs', async () => {
    const facts = await extract('fastgeo/kernels/_haversine.pyx');
    assert.equal(facts.language, 'cython');
    assert.deepEqual(symbolList(facts), [
      '_Workspace class', // a leading underscore; its buffer attribute and __cinit__ are no symbols
      'fast_sin function', // declared in `cdef extern from "fast_trig.h"`: the header's, never exported
      'haversine_batch function exported', // cpdef: callable from Python
      'haversine_one function', // cdef: C-level only (its .pxd exports it)
      'trig_table struct',
      // not_a_function: in a docstring
    ]);
    // `cimport cython` and `from libc.math cimport …` are Cython's own declarations; the .pxi is an include, and so is
    // the header its `cdef extern from` block reads.
    assert.deepEqual(importList(facts), ['include _constants.pxi', 'include fast_trig.h', 'package numpy', 'path ..core._math']);
    assert.deepEqual(facts.docComments, ['Vectorised haversine kernel: great-circle distances on a spherical Earth.']);
    assert.equal(docOf(facts, 'haversine_one'), 'Distance in km between two points given in degrees.'); // across a decorator and a two-line signature
    assert.equal(docOf(facts, 'haversine_batch')?.startsWith('Pairwise distances in km between two equally long arrays of points.'), true);
  });

  it('exports what a .pxd declares, less private names; a .pyx keeps its cdef functions private and drops credits from its doc', async () => {
    const pxd = await extract('fastgeo/core/_math.pxd');
    assert.deepEqual(symbolList(pxd), ['MAX_ITER constant exported', 'clamp function exported', 'deg2rad function exported', 'float64_t type exported']);
    assert.deepEqual(pxd.docComments, ['Angle conversions shared by the kernels: cimport them, they inline.']);
    const pyx = await extract('fastgeo/core/_math.pyx');
    assert.deepEqual(symbolList(pyx), ['clamp function', 'degrees_to_radians function exported']);
    // `# cython: …` is a directive, `# Author: …` / `# License: …` are credits: no file doc is left.
    assert.deepEqual(pyx.docComments, []);
    // A pointer to the .pyx says nothing: no file doc (it had become sklearn/tree's summary).
    const pointer = await extract('fastgeo/kernels/_haversine.pxd');
    assert.deepEqual(pointer.docComments, []);
    assert.deepEqual(symbolList(pointer), ['haversine_one function exported']);
    const pxi = await extract('fastgeo/kernels/_constants.pxi');
    assert.deepEqual(symbolList(pxi), ['EARTH_RADIUS_KM constant exported']); // DEF MAX_POINTS: C-level, outside a .pxd
  });

  it('reads a .pyx.tp template less its {{…}} tags: one class for the loop, methods inside it, the {{py:}} docstring as the file doc', async () => {
    const facts = await extract('fastgeo/kernels/_grid.pyx.tp');
    assert.deepEqual(symbolList(facts), ['Grid class exported', 'Grid variable exported', 'Grid._area method', 'Grid.cell_of method exported']);
    assert.equal(facts.symbols.find((s) => s.kind === 'class')?.line, 18); // lines are the template's
    assert.equal(docOf(facts, 'cell_of'), 'Index of the cell holding the point.');
    // The absolute cimport of a .pxd-only module falls back to its package, whose __init__.py the resolver finds.
    assert.deepEqual(importList(facts), ['package fastgeo.core._math.deg2rad|fastgeo.core._math|fastgeo.core']);
    // The WARNING stamp below the template block is no doc.
    assert.deepEqual(facts.docComments, ['Regular latitude/longitude grids that bucket points into cells.\n\nTemplate file for Tempita: each class is generated once per dtype.']);
  });

  it('reads the forms sklearn uses: ctypedef pointers, C names, inline nogil functions, cdef blocks, cpdef enums', async () => {
    const text = [
      'from ..utils._typedefs cimport DTYPE_t, ITYPE_t',
      'from . cimport _utils, _heap',
      'from sklearn.utils cimport *',
      '',
      'ctypedef double (*dot_func)(int, double*, int)',
      'ctypedef char* char_const_ptr "char const *"',
      'ctypedef fused floating_t:',
      '    float',
      '    double',
      '',
      'cpdef enum BLAS_Order:',
      '    RowMajor',
      '    ColMajor',
      '',
      'cdef:',
      '    double EPSILON = 1e-7',
      '    int _SEED = 0',
      '',
      'cdef double (*callback)(double) nogil',
      'cdef object _cache = dict()',
      '',
      'cdef inline double _log(double x) nogil:',
      '    return x',
      '',
      'cdef class Criterion(object):',
      '    cdef double* sum_total',
      '    cdef int init(self, const DOUBLE_t[:, ::1] y) except -1 nogil',
      '    cpdef double proxy_impurity_improvement(self)',
      '',
      'if True:',
      '    def maybe(): pass',
    ].join('\n');
    const facts = await extractText(cythonExtractor, 'pkg/tree/_criterion.pxd', text);
    assert.deepEqual(symbolList(facts), [
      'BLAS_Order enum exported',
      'Criterion class exported',
      'Criterion.init method exported', // a cdef method in a .pxd is API for cimport
      'Criterion.proxy_impurity_improvement method exported',
      'EPSILON constant exported',
      '_log function',
      'callback variable exported', // a function pointer: a variable, not a function named `double`
      'char_const_ptr type exported',
      'dot_func type exported',
      'floating_t type exported',
      'maybe function exported', // inside `if`, like Python's branches
    ]);
    assert.deepEqual(importList(facts), ['package sklearn.utils|sklearn', 'path ..utils._typedefs', 'path ._heap', 'path ._utils']);
  });
});

describe('cython files in the index', () => {
  it('are Python modules: Python imports of compiled modules and cimports between packages become edges', async () => {
    const repo = useFixture('cython-package');
    const db = join(tempDir(), 'index.db');
    const { stats } = await runIndex({ repo, db });
    assert.equal(stats.withoutExtractor, undefined); // every .pyx/.pxd/.pxi/.tp is read
    const index = await openIndex({ repo, db });
    try {
      const graph = index.graph();
      assert.deepEqual(graph.modules.map((m) => m.id).sort(), ['fastgeo', 'fastgeo/core', 'fastgeo/kernels']);
      assert.deepEqual(
        graph.edges.map((e) => `${e.from} -> ${e.to}`).sort(),
        [
          'fastgeo -> fastgeo/kernels', // distance.py: from .kernels._haversine import …, a .pyx only
          'fastgeo/kernels -> fastgeo/core', // _haversine.pyx/.pxd: from ..core._math cimport …; _grid.pyx.tp: from fastgeo.core._math cimport …
        ],
      );
      const kernels = graph.modules.find((m) => m.id === 'fastgeo/kernels');
      assert.deepEqual(kernels?.languages, { cython: 4, python: 1 }); // the four Cython files and an empty __init__.py
      // A request that says "Python" steers to it: Cython counts as Python.
      assert.deepEqual(languageNames(languagesOfModule(kernels?.languages ?? {})), ['python']);
    } finally {
      index.close();
    }
  });

  it('draws file edges for include and absolute cimports of a .pxd-only module', async () => {
    const repo = useFixture('cython-package');
    const db = join(tempDir(), 'index.db');
    const modulesFile = join(tempDir(), 'modules.json');
    const files = ['fastgeo/kernels/_haversine.pyx', 'fastgeo/kernels/_constants.pxi', 'fastgeo/kernels/_grid.pyx.tp', 'fastgeo/core'];
    writeFileSync(modulesFile, JSON.stringify(files.map((path) => ({ id: path, path }))));
    await runIndex({ repo, db, modulesFile });
    const index = await openIndex({ repo, db });
    try {
      assert.deepEqual(
        index.graph().edges.map((e) => `${e.from} -> ${e.to}`).sort(),
        [
          'fastgeo/kernels/_grid.pyx.tp -> fastgeo/core',
          'fastgeo/kernels/_haversine.pyx -> fastgeo/core',
          'fastgeo/kernels/_haversine.pyx -> fastgeo/kernels/_constants.pxi', // include "_constants.pxi"
        ],
      );
    } finally {
      index.close();
    }
  });
});

describe('cython: C compiled in', () => {
  it('`cdef extern from "x.c"` is an include of that file', async () => {
    // borgbackup's `_hashindex.pyx` compiles `_hashindex.c`: its card had no edge to the code it wraps.
    const facts = await extractText(cythonExtractor, 'src/borg/hashindex.pyx', 'cdef extern from "_hashindex.c":\n    ctypedef struct HashIndex:\n        pass\n\ndef lookup(key):\n    return key\n');
    assert.ok(facts.imports.some((i) => i.kind === 'include' && i.spec === '_hashindex.c'), JSON.stringify(facts.imports));
  });
});
