import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stripRequirementBoilerplate } from '../../src/util/stripBoilerplate.ts';
import { queryWords } from '../../src/train/textFeatures.ts';

const words = (text: string) => stripRequirementBoilerplate(text).split(/\W+/u).filter(Boolean);

describe('stripRequirementBoilerplate', () => {
  it('drops user-story framing, wishes and politeness', () => {
    assert.deepEqual(words('As a user, I want to export the chart as SVG'), ['export', 'the', 'chart', 'as', 'SVG']);
    assert.deepEqual(words('As an account admin, we need the ability to cancel uploads. Thanks!'), ['cancel', 'uploads']);
    assert.deepEqual(words('It would be great if users were able to retry. Please!'), ['users', 'retry']);
    assert.deepEqual(words('users should be able to cancel uploads'), ['users', 'cancel', 'uploads']);
    // an example's marker: "example" is an `examples/` folder and a doc heading in code
    assert.deepEqual(words('a hook before each request, for example to stub the user (for instance in tests)'), ['a', 'hook', 'before', 'each', 'request', 'to', 'stub', 'the', 'user', 'in', 'tests']);
  });

  it('drops issue-template headings', () => {
    assert.deepEqual(words('Describe the bug: crash on save. Steps to reproduce: open. Expected behavior: no crash. Actual behaviour: crash'), [
      'crash', 'on', 'save', 'open', 'no', 'crash', 'crash',
    ]);
    assert.deepEqual(words('Is your feature request related to a problem? Dark mode. Additional context: none'), ['Dark', 'mode', 'none']);
  });

  it('keeps domain words that only look like boilerplate', () => {
    for (const text of ['fix: request context is lost', 'add a user option to the feature layer', 'an example for each instance', 'the expected value of the option', 'as a string, the id is compared']) {
      assert.equal(stripRequirementBoilerplate(text), text);
    }
  });

  it('is what the router reads of a query too', () => {
    assert.deepEqual(queryWords('As a user, I want to refresh tokens'), ['refresh', 'tokens']);
  });
});
