import assert from 'node:assert/strict';
import { test } from 'node:test';
import { goExtractor } from '../../../src/graph/extractors/go/goExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const source = `// Package store persists orders.
package store

import (
	"context"
	db "database/sql"
	"github.com/acme/shop/internal/model"
)

import "fmt"

// Store saves orders.
type Store struct {
	db *db.DB
}

// Saver is anything that saves.
type Saver interface {
	Save(ctx context.Context) error
}

type ID = string

// Save persists an order.
func (s *Store) Save(ctx context.Context) error {
	return nil
}

func (s Store) helper() {}

// NewStore creates a store.
func NewStore() *Store { return &Store{} }

func internal() {}

const MaxOrders = 10

var defaultStore = NewStore()
`;

test('go: declared symbols with kinds, exported flags and containers', async () => {
  const facts = await extractText(goExtractor, 'internal/store/store.go', source);
  assert.equal(facts.language, 'go');
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), [
    'ID type exported',
    'MaxOrders constant exported',
    'NewStore function exported',
    'Saver interface exported',
    'Store struct exported',
    'Store.Save method exported',
    'Store.helper method',
    'internal function',
  ]);
});

test('go: imports and package', async () => {
  const facts = await extractText(goExtractor, 'internal/store/store.go', source);
  assert.deepEqual(importList(facts), [
    'go context',
    'go database/sql',
    'go fmt',
    'go github.com/acme/shop/internal/model',
  ]);
  assert.equal(facts.packageName, 'store');
});

test('go: doc comments on declarations and the file', async () => {
  const facts = await extractText(goExtractor, 'internal/store/store.go', source);
  assert.equal(docOf(facts, 'Store'), 'Store saves orders.');
  assert.equal(docOf(facts, 'Saver'), 'Saver is anything that saves.');
  assert.equal(docOf(facts, 'Save'), 'Save persists an order.');
  assert.equal(docOf(facts, 'NewStore'), 'NewStore creates a store.');
  assert.deepEqual(facts.docComments, ['Package store persists orders.']);
});

test('go: a package doc that credits borrowed code is still the doc; the licence above it is not', async () => {
  // caddy's encode.go: the package doc's last sentence says "Copyright", and the whole doc had gone with the licence
  const text = [
    '// Copyright 2015 Matthew Holt and The Caddy Authors',
    '//',
    '// Licensed under the Apache License, Version 2.0 (the "License");',
    '',
    '// Package encode implements an encoder middleware for Caddy. The initial',
    '// enhancements were adapted from https://github.com/xi2/httpgzip.',
    '// Code borrowed from that repository is Copyright (c) 2015 The Httpgzip Authors.',
    'package encode',
    '',
  ].join('\n');
  const facts = await extractText(goExtractor, 'modules/caddyhttp/encode/encode.go', text);
  assert.equal(facts.docComments.length, 1);
  assert.match(facts.docComments[0] ?? '', /^Package encode implements an encoder middleware for Caddy\./);
});

test('go: an instantiation with several type arguments parses, and so does what follows it (urfave/cli)', async () => {
  const source = [
    'package cli',
    '',
    'type FloatSliceFlag = FlagBase[[]float64, NoConfig, FloatSlice]',
    '',
    'var (',
    '\tNewFloatSlice = NewSliceBase[float64, NoConfig, floatValue[float64]]',
    ')',
    '',
    '// Pair holds two values; "a, b" in a string is no type list: m["x, y"]',
    'type Pair[K comparable, V any] struct{ key K; value V }',
    '',
    '// FloatSlice looks up the value of a local FloatSliceFlag.',
    'func (cmd *Command) FloatSlice(name string) []float64 {',
    '\treturn getNumberSlice[float64](cmd, name)',
    '}',
    '',
    'func Map[T, U any](xs []T, f func(T) U) []U { return nil }',
  ].join('\n');
  const facts = await extractText(goExtractor, 'flag_float_slice.go', source);
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), ['Command.FloatSlice method exported', 'FloatSliceFlag type exported', 'Map function exported', 'NewFloatSlice variable exported', 'Pair struct exported']);
  assert.equal(docOf(facts, 'FloatSlice'), 'FloatSlice looks up the value of a local FloatSliceFlag.');
  assert.equal(facts.symbols.find((s) => s.name === 'Map')?.line, 17);
});

test('go: new of a value (Go 1.26: new(time.Now()), new(24)) parses as a call; new of a type is left alone (navidrome)', async () => {
  const facts = await extractText(goExtractor, 'model/share.go', `package model

import "time"

// Share is a link to a playlist.
type Share struct {
	ExpiresAt *time.Time
}

func NewShare() *Share {
	s := new(Share)
	s.ExpiresAt = new(time.Now().Add(time.Hour))
	bpm := new(121)
	name := new("x")
	_ = bpm
	_ = name
	return s
}

func (s *Share) Expired() bool { return false }
`);
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), ['NewShare function exported', 'Share struct exported', 'Share.Expired method exported']);
});
