import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cExtractor } from '../../../src/graph/extractors/c/cExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const source = `/**
 * @file buffer.c
 * Ring buffer implementation.
 */
#include <stdlib.h>
#include "buffer.h"

/** A ring buffer. */
struct ring_buffer {
    int size;
};

typedef struct ring_buffer ring_buffer_t;

enum color { RED, GREEN };

/** Creates a buffer. */
ring_buffer_t *rb_create(int size) {
    return NULL;
}

static void rb_internal(void) {}

int global_counter = 0;
#define MAX_SIZE 100
`;

test('c: declared symbols with kinds, exported flags and containers', async () => {
  const facts = await extractText(cExtractor, 'lib/buffer.c', source);
  assert.equal(facts.language, 'c');
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), [
    'MAX_SIZE constant exported',
    'color enum exported',
    'global_counter variable exported',
    'rb_create function exported',
    'rb_internal function',
    'ring_buffer struct exported',
    'ring_buffer_t type exported',
  ]);
});

test('c: imports', async () => {
  const facts = await extractText(cExtractor, 'lib/buffer.c', source);
  assert.deepEqual(importList(facts), [
    'include buffer.h',
    'include stdlib.h system',
  ]);
});

test('c: doc comments on declarations and the file', async () => {
  const facts = await extractText(cExtractor, 'lib/buffer.c', source);
  assert.equal(docOf(facts, 'ring_buffer'), 'A ring buffer.');
  assert.equal(docOf(facts, 'rb_create'), 'Creates a buffer.');
  assert.deepEqual(facts.docComments, ['Ring buffer implementation.']);
});

test('c: plain // and /* */ comments right above a declaration are its doc; code, rules and licenses are not', async () => {
  const header = `#include <stddef.h>

#define LLAMA_API

// Initialize the llama + ggml backend
// Call once at the start of the program
LLAMA_API void llama_backend_init(void);

/* Frees the backend. */
LLAMA_API void llama_backend_free(void);

// llama_backend_reset(ctx);
LLAMA_API void llama_backend_reset(void);

//----------------------------------------------
LLAMA_API int llama_max_devices(void);

// SPDX-License-Identifier: MIT
int llama_version(void);

int counter; // trailing notes are not docs
int llama_counter(void);
`;
  const facts = await extractText(cExtractor, 'include/llama.h', header);
  assert.equal(docOf(facts, 'llama_backend_init'), 'Initialize the llama + ggml backend\nCall once at the start of the program');
  assert.equal(docOf(facts, 'llama_backend_free'), 'Frees the backend.');
  assert.equal(docOf(facts, 'llama_backend_reset'), undefined);
  assert.equal(docOf(facts, 'llama_max_devices'), undefined);
  assert.equal(docOf(facts, 'llama_version'), undefined);
  assert.equal(docOf(facts, 'llama_counter'), undefined);
});

test('c: a typedef of a struct named like its tag is one type, under the typedef name', async () => {
  const facts = await extractText(cExtractor, 'darwin/DarwinProcess.h', [
    '/** A process on macOS. */',
    'typedef struct DarwinProcess_ {',
    '   int taskAccess;',
    '} DarwinProcess;',
    'typedef struct point_s { int x; } point_t;',
    'typedef struct tagRECT { int left; } RECT;',
    'typedef struct node { int v; } tree_t;',
    'typedef struct list_s { int n; } list_t, ListAlias;',
  ].join('\n'));
  assert.deepEqual(symbolList(facts), [
    'DarwinProcess struct exported', 'ListAlias type exported', 'RECT struct exported', 'list_t struct exported', 'node struct exported', 'point_t struct exported', 'tree_t type exported',
  ]);
  assert.equal(docOf(facts, 'DarwinProcess'), 'A process on macOS.');
});

test('c: a file description inside its licence comment is the file doc; the licence is not', async () => {
  const header = [
    '/* $OpenBSD: serverloop.c,v 1.234 2023/01/17 09:44:48 djm Exp $ */',
    '/*',
    ' * Author: Tatu Ylonen <ylo@cs.hut.fi>',
    ' * Copyright (c) 1995 Tatu Ylonen <ylo@cs.hut.fi>, Espoo, Finland',
    ' *                    All rights reserved',
    ' * Server main loop for handling the interactive session.',
    ' *',
    ' * As far as I am concerned, the code I have written for this software',
    ' * can be used freely for any purpose.',
    ' *',
    ' * SSH2 support by Markus Friedl.',
    ' * Copyright (c) 2000, 2001 Markus Friedl.  All rights reserved.',
    ' *',
    ' * Redistribution and use in source and binary forms, with or without',
    ' * modification, are permitted provided that the following conditions are met.',
    ' */',
    '',
    '#include "includes.h"',
    'void server_loop2(void) {}',
  ].join('\n');
  const facts = await extractText(cExtractor, 'serverloop.c', header);
  assert.deepEqual(facts.docComments, ['Server main loop for handling the interactive session.']);
  // a licence alone says nothing, nor does a sponsor's note
  const plain = await extractText(cExtractor, 'x.c', '/*\n * Copyright (c) 2002 Networks Associates Technology, Inc.\n * All rights reserved.\n *\n * This software was developed for the FreeBSD Project by ThinkSec AS.\n *\n * Redistribution and use in source and binary forms are permitted.\n */\nint x(void) { return 0; }\n');
  assert.deepEqual(plain.docComments, []);
  // Eclipse's contributors and GNU's "This file is part of" are the licence's, not the file's
  const eclipse = await extractText(cExtractor, 'y.c', '/*******************************************************************************\n * Copyright (c) 2000, 2010 IBM Corporation and others.\n * All rights reserved. This program and the accompanying materials\n * are made available under the terms of the Eclipse Public License v1.0\n *\n * Contributors:\n *     IBM Corporation - initial API and implementation\n *******************************************************************************/\nint y(void) { return 0; }\n');
  assert.deepEqual(eclipse.docComments, []);
  const gnu = await extractText(cExtractor, 'z.c', '/* This file is part of GNU Bash, the Bourne Again SHell.\n\n   Copyright (C) 1987-2020 Free Software Foundation, Inc.\n*/\nint z(void) { return 0; }\n');
  assert.deepEqual(gnu.docComments, []);
  // MIT's shouted terms, a holder's name on the next line, a paragraph of licence prose of its own: none
  const mit = await extractText(cExtractor, 'w.c', '/* Copyright Joyent, Inc. and other Node contributors. All rights reserved.\n * Permission is hereby granted, free of charge, to any person obtaining a copy\n *\n * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\n * IMPLIED. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\n * LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM\n */\nint w(void) { return 0; }\n');
  assert.deepEqual(mit.docComments, []);
  const names = await extractText(cExtractor, 'v.c', '/*\n * Copyright 2013, GitHub, Inc\n * Copyright 2009-2013, Daniel Lemire, Cliff Moon,\n *\tDavid McIntosh, Robert Becho, Google Inc. and Veronika Zenz\n *\n * This software is provided \'as-is\', without any express or implied warranty.\n */\nint v(void) { return 0; }\n');
  assert.deepEqual(names.docComments, []);
  // The description above the notice (redis's src/: every file's doc had been dropped with its licence), its file name aside
  const above = await extractText(cExtractor, 'hyperloglog.c', '/* hyperloglog.c - Redis HyperLogLog probabilistic cardinality approximation.\n * This file implements the algorithm.\n *\n * Copyright (c) 2014, Salvatore Sanfilippo <antirez at gmail dot com>\n * All rights reserved.\n *\n * Redistribution and use in source and binary forms, with or without\n * modification, are permitted.\n */\nint pfadd(void) { return 0; }\n');
  assert.deepEqual(above.docComments, ['Redis HyperLogLog probabilistic cardinality approximation. This file implements the algorithm.']);
  const ownParagraph = await extractText(cExtractor, 'redis-cli.c', '/* Redis CLI (command line interface)\n *\n * Copyright (c) 2009-2012, Salvatore Sanfilippo\n * All rights reserved.\n */\nint main(void) { return 0; }\n');
  assert.deepEqual(ownParagraph.docComments, ['Redis CLI (command line interface)']);
  // a licence named above the notice is no description
  const boost = await extractText(cExtractor, 'b.c', '/* Distributed under the Boost Software License, Version 1.0.\n *\n * Copyright 2005 Foo\n */\nint b(void) { return 0; }\n');
  assert.deepEqual(boost.docComments, []);
  // a label naming the file says nothing (curl's VMS headers: "File: vms_eco_level.h")
  const label = await extractText(cExtractor, 'vms_eco_level.h', '/* File: vms_eco_level.h\n *\n * Copyright (C) 2012 - 2022, Daniel Stenberg\n */\nint eco(void);\n');
  assert.deepEqual(label.docComments, []);
});

test('c: a prototype in a source file declares nothing of its own; in a header it is the API', async () => {
  // redis's geo.c declares two of t_zset.c's functions, and its card led with them
  const text = 'int zzlFirstInRange(unsigned char *zl, void *range);\nstatic int helper(int x);\n\n/* Adds a member. */\nint geoadd(int x) { return helper(x); }\nstatic int helper(int x) { return x; }\n';
  const source = await extractText(cExtractor, 'src/geo.c', text);
  assert.deepEqual(source.symbols.map((s) => s.name), ['geoadd', 'helper']);
  const header = await extractText(cExtractor, 'src/geo.h', 'int geoadd(int x);\nint georadius(int y);\n');
  assert.deepEqual(header.symbols.map((s) => s.name), ['geoadd', 'georadius']);
});

test('c: a function-like macro with a body is a function; one without a body is a marker', async () => {
  const facts = await extractText(cExtractor, 'lib/zstd.h', [
    '/** Worst-case compressed size of srcSize bytes. */',
    '#define ZSTD_COMPRESSBOUND(srcSize) ((srcSize) + ((srcSize) >> 8))',
    '#define UNUSED(x)',
    '#define ZSTD_VERSION 10506',
    // a comment inside the value had made the grammar lose the macro (zstd.h's real one)
    '#define ZSTD_DECOMPRESSBOUND(n) ((n) < (128<<10) ? (((128<<10) - (n)) >> 11) /* margin, from 64 to 0 */ : 0) /* bound(A) + bound(B) */',
    'size_t ZSTD_compressBound(size_t n);',
    '',
  ].join('\n'));
  assert.deepEqual(symbolList(facts), [
    'ZSTD_COMPRESSBOUND function exported', 'ZSTD_DECOMPRESSBOUND function exported', 'ZSTD_VERSION constant exported', 'ZSTD_compressBound function exported',
  ]);
  assert.equal(facts.hasErrors, undefined);
  assert.equal(docOf(facts, 'ZSTD_COMPRESSBOUND'), 'Worst-case compressed size of srcSize bytes.');
});

test('c: a macro in capitals before a return type and a name, or after static, is no part of the declaration', async () => {
  // zstd: MEM_STATIC, ZDICTLIB_API, FORCE_INLINE_TEMPLATE (return type alone on its line), two macros in a row (xxhash)
  const facts = await extractText(cExtractor, 'lib/common/mem.h', [
    'MEM_STATIC U16 MEM_read16(const void* memPtr);',
    'ZDICTLIB_API size_t ZDICT_trainFromBuffer(void* dictBuffer, size_t dictBufferCapacity);',
    'FORCE_INLINE_TEMPLATE BYTE',
    'HUF_decodeSymbol(const void* table) { return 0; }',
    'XXH_PUBLIC_API XXH_CONSTF unsigned XXH_versionNumber (void);',
    'static UNUSED_ATTR const U32 repStartValue[3] = { 1, 4, 8 };',
    '',
  ].join('\n'));
  assert.deepEqual(symbolList(facts), [
    'HUF_decodeSymbol function exported', 'MEM_read16 function exported', 'XXH_versionNumber function exported', 'ZDICT_trainFromBuffer function exported',
  ]);
});

test('c: what code hands to macros (types, braced lists, loops, attributes, calling conventions) parses without errors', async () => {
  // mpv, tmux and libuv's forms; each had left the grammar with errors around it (mpv: 222 → 74 of 582 files)
  const header = await extractText(cExtractor, 'common/msg.h', [
    'void mp_msg(struct mp_log *log, int lev, const char *format, ...)',
    '    MP_PRINTF_ATTRIBUTE(3, 4);',
    'WINBASEAPI UINT WINAPI GetTempFileNameW(LPCWSTR lpPathName, UINT uUnique);',
    'static DWORD __stdcall AudioThread(void *lpParameter);',
    '',
  ].join('\n'));
  assert.deepEqual(symbolList(header), ['AudioThread function', 'GetTempFileNameW function exported', 'mp_msg function exported']);
  assert.equal(header.hasErrors, undefined);
  const facts = await extractText(cExtractor, 'common/msg.c', [
    'static EGLImageKHR (EGLAPIENTRY *CreateImageKHR)(EGLDisplay d);',
    'static const struct m_option opts[] = {',
    '    {"buffer", OPT_CHOICE(buffer_msec, {"native", 0}, {"auto", 1})},',
    '    {0}',
    '};',
    'static __dead void client_exec(__unused struct client *c, const VSAPI *vsapi)',
    '{',
    '    struct priv *p = talloc_zero(NULL, struct priv);',
    '    FILE **pf = talloc(p, FILE*);',
    '    struct node *n = container_of(pf, struct node,',
    '                                  link);',
    '    TAILQ_FOREACH(wp, &w->panes, entry) {',
    '        wp->flags = 0;',
    '    }',
    '    if (vsapi) FOO_CHECK(p);',
    '}',
    '',
  ].join('\n'));
  assert.deepEqual(symbolList(facts), ['client_exec function']);
  assert.equal(facts.hasErrors, undefined);
});
