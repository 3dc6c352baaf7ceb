import assert from 'node:assert/strict';
import { test } from 'node:test';
import { vueExtractor } from '../../../src/graph/extractors/component/componentExtractor.ts';
import { javascriptExtractor } from '../../../src/graph/extractors/javascript/javascriptExtractor.ts';
import { typescriptExtractor } from '../../../src/graph/extractors/typescript/typescriptExtractor.ts';
import { docOf, extractText, symbolList } from './extractText.ts';

test("an object literal's functions are its methods: script-style namespaces, exported option objects", async () => {
  // Sphinx's searchtools.js keeps its search in `const Search = { … }`: 5 of its dozens of functions had been symbols.
  const facts = await extractText(javascriptExtractor, 'static/searchtools.js', [
    'const Search = {',
    '  _index: null,',
    '  /** Runs the query against the loaded index. */',
    '  query: function (query) { return query; },',
    '  performTermsSearch: (terms) => terms,',
    '  hasIndex() { return this._index !== null; },',
    '  options: { nested: () => 1 },',
    '};',
  ].join('\n'));
  assert.deepEqual(symbolList(facts), ['Search.hasIndex method', 'Search.performTermsSearch method', 'Search.query method']);
  assert.equal(docOf(facts, 'query'), 'Runs the query against the loaded index.');
  const ts = await extractText(typescriptExtractor, 'src/store.ts', 'export const cartStore = {\n  actions: { addItem(id: string) { return id; } },\n  total: () => 0,\n};\n');
  assert.deepEqual(symbolList(ts), ['cartStore constant exported', 'cartStore.addItem method exported', 'cartStore.total method exported']);
  const typed = await extractText(typescriptExtractor, 'src/api.ts', 'export const api = { load() { return 1; } } satisfies Api;\nexport const run = ({ go: () => 1 }) as const;\n');
  assert.deepEqual(symbolList(typed), ['api constant exported', 'api.load method exported', 'run constant exported', 'run.go method exported']);
});

test("a Vue component's methods and computed properties are its methods", async () => {
  const facts = await extractText(vueExtractor, 'src/components/CheckoutForm.vue', [
    '<template><form @submit="submitOrder"></form></template>',
    '<script>',
    'export default {',
    "  name: 'CheckoutForm',",
    '  data() { return { busy: false }; },',
    '  computed: { canSubmit() { return !this.busy; } },',
    '  methods: { submitOrder() {}, resetForm: function () {} },',
    '};',
    '</script>',
  ].join('\n'));
  for (const name of ['default.data', 'default.canSubmit', 'default.submitOrder', 'default.resetForm']) {
    assert.ok(symbolList(facts).some((s) => s.startsWith(`${name} method`)), `${name} in ${symbolList(facts).join(', ')}`);
  }
});
