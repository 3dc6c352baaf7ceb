import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { svelteExtractor, vueExtractor } from '../../../src/graph/extractors/component/componentExtractor.ts';
import { extractorFor } from '../../../src/graph/extractors/extractorRegistry.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const fixture = (path: string): string => readFileSync(new URL(`../../fixtures/vue-app/${path}`, import.meta.url), 'utf8');

test('vue: the component is a symbol named after its file; its <script setup lang="ts"> gives imports and declarations on their own lines', async () => {
  const facts = await extractText(vueExtractor, 'src/components/user-card.vue', fixture('src/components/user-card.vue'));
  assert.equal(facts.language, 'vue');
  assert.deepEqual(symbolList(facts), ['UserCard class exported', 'onClick function']);
  assert.equal(facts.symbols.find((s) => s.name === 'onClick')?.line, 12, 'rows of the template above the script are kept');
  assert.deepEqual(importList(facts), ['package @/stores/session', 'package @/utils/names', 'path ./Avatar.vue']);
});

test('svelte: both script blocks count, and the @component comment documents the component', async () => {
  const facts = await extractText(svelteExtractor, 'src/views/Cart.svelte', fixture('src/views/Cart.svelte'));
  assert.deepEqual(symbolList(facts), ['Cart class exported', 'open variable exported', 'prerender constant exported']);
  assert.equal(docOf(facts, 'Cart'), 'The shopping cart drawer: line items, totals and the checkout button.');
  assert.deepEqual(facts.docComments, ['The shopping cart drawer: line items, totals and the checkout button.']);
  assert.deepEqual(importList(facts), ['path ../components/user-card.vue', 'path ../stores/cart.js']);
  // a component without a script is still the component; a broken script still gives what parsed
  const bare = await extractText(svelteExtractor, 'src/Badge.svelte', '<span class="badge"><slot /></span>\n');
  assert.deepEqual(symbolList(bare), ['Badge class exported']);
  const external = await extractText(vueExtractor, 'src/Logic.vue', '<template><p /></template>\n<script src="./logic.ts"></script>\n<script src="https://cdn.example/x.js"></script>\n');
  assert.deepEqual(importList(external), ['path ./logic.ts'], 'an external script is the component\'s code; a URL is not ours');
  const broken = await extractText(vueExtractor, 'src/x.vue', '<script>\nimport a from "./a.js";\nconst = ;\n</script>\n');
  assert.equal(broken.hasErrors, true);
  assert.deepEqual(importList(broken), ['path ./a.js']);
});

test('vue: template tags of components the scripts do not import become candidate files', async () => {
  const facts = await extractText(vueExtractor, 'src/layouts/Default.vue', fixture('src/layouts/Default.vue'));
  assert.deepEqual(importList(facts), [
    'include BaseButton.vue|base-button.vue|base/Button.vue',
    'include NuxtPage.vue|nuxt-page.vue|nuxt/Page.vue',
    'include UserCard.vue|user-card.vue|user/Card.vue',
  ]);
  const card = await extractText(vueExtractor, 'src/components/user-card.vue', fixture('src/components/user-card.vue'));
  assert.ok(!importList(card).some((i) => i.includes('Avatar.vue|')), 'an imported component is already an import');
});

test('components: picked by extension', () => {
  assert.equal(extractorFor('a/B.vue')?.language, 'vue');
  assert.equal(extractorFor('a/B.svelte')?.language, 'svelte');
});
