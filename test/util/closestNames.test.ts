import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closestNames } from '../../src/util/closestNames.ts';

const modules = ['actioncable', 'actionpack', 'actionview', 'activerecord', 'activesupport', 'src/Illuminate/Broadcasting', 'src/Illuminate/Bus'];

test('closestNames: typing mistakes, other spellings and parts of a name', () => {
  assert.deepEqual(closestNames('actionpak', modules), ['actionpack']);
  assert.deepEqual(closestNames('active_record', modules), ['activerecord']);
  assert.deepEqual(closestNames('ActiveRecord', modules), ['activerecord']);
  assert.deepEqual(closestNames('src/Illuminate/Broadcast', modules), ['src/Illuminate/Broadcasting']);
  assert.deepEqual(closestNames('Broadcasting', modules), ['src/Illuminate/Broadcasting'], 'by the last segment');
  assert.deepEqual(closestNames('hybird', ['auto', 'lexical', 'router', 'hybrid', 'llm']), ['hybrid']);
  assert.deepEqual(closestNames('zzzzzz', modules), []);
  assert.deepEqual(closestNames('', modules), []);
});
