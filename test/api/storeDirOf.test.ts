import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { storeDirOf } from '../../src/api/resolveRepo.ts';

test('a store folder: beside the default .modroute/index.db, else named after the database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'modroute-store-'));
  assert.equal(storeDirOf(join(dir, '.modroute', 'index.db')), join(dir, '.modroute'));
  assert.equal(storeDirOf(join(dir, 'fine.db')), join(dir, 'fine.modroute'));
  assert.equal(storeDirOf(join(dir, 'graph.sqlite')), join(dir, 'graph.modroute'));
  assert.equal(storeDirOf(join(dir, 'index.db')), join(dir, 'index.modroute'));
});

test("a store made before the rule, router.json beside a working folder's index.db, is read where it is", () => {
  const dir = mkdtempSync(join(tmpdir(), 'modroute-store-'));
  writeFileSync(join(dir, 'router.json'), '{}');
  // a folder's own router.json (a web app's routes) is never taken by a new index
  assert.equal(storeDirOf(join(dir, 'index.db')), join(dir, 'index.modroute'));
  writeFileSync(join(dir, 'index.db'), '');
  assert.equal(storeDirOf(join(dir, 'index.db')), dir);
  mkdirSync(join(dir, 'index.modroute'));
  assert.equal(storeDirOf(join(dir, 'index.db')), join(dir, 'index.modroute'));
});
