import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { rustExtractor } from '../../../src/graph/extractors/rust/rustExtractor.ts';
import { parseFileInThread } from '../../../src/graph/parse/index.ts';
import { markdownProse } from '../../../src/graph/parse/readIncludedDocs.ts';
import { tempDir } from '../../helpers/gitFixture.ts';
import { extractText } from '../extractors/extractText.ts';

const router = [
  'pub struct Router;',
  'impl Router {',
  '    /// Adds a route.',
  '    #[doc = include_str!("../docs/routing/route.md")]',
  '    #[track_caller]',
  '    pub fn route(self) -> Self { self }',
  '    #[doc = include_str!("../../../outside.md")]',
  '    pub fn nest(self) -> Self { self }',
  '    #[doc = include_str!("../docs/missing.md")]',
  '    pub fn merge(self) -> Self { self }',
  '}',
  '',
].join('\n');

const routeDoc = [
  '# Panics',
  '',
  'Panics if the route overlaps with another route, see [the guide](https://example.com/guide).',
  '',
  '```rust',
  'let app = Router::new().route("/users/{id}", get(show_user));',
  '```',
  '',
  '[guide]: https://example.com/guide',
  '',
].join('\n');

describe('docs read from other files', () => {
  it("rust: an item's #[doc = include_str!(…)] names its doc file", async () => {
    const facts = await extractText(rustExtractor, 'axum/src/routing/mod.rs', router);
    const route = facts.symbols.find((s) => s.name === 'route');
    assert.equal(route?.docFile, '../docs/routing/route.md');
    assert.equal(route?.doc, 'Adds a route.');
    assert.equal(facts.symbols.find((s) => s.name === 'Router')?.docFile, undefined);
  });

  it('markdown reads as its prose: no fenced examples, link targets or heading marks', () => {
    assert.equal(markdownProse(routeDoc), 'Panics\n\nPanics if the route overlaps with another route, see the guide.');
    assert.equal(markdownProse('Text\n\n~~~\nunclosed code'), 'Text');
  });

  it("indexing adds the file's prose to the item's doc; a file outside the repository or missing adds nothing", async () => {
    const root = tempDir('modroute-doc-include-');
    mkdirSync(join(root, 'axum/src/routing'), { recursive: true });
    mkdirSync(join(root, 'axum/src/docs/routing'), { recursive: true });
    writeFileSync(join(root, 'axum/src/routing/mod.rs'), router);
    writeFileSync(join(root, 'axum/src/docs/routing/route.md'), routeDoc);
    writeFileSync(join(root, '../outside.md'), 'Secret words outside the repository.');
    const result = await parseFileInThread({ path: 'axum/src/routing/mod.rs', absPath: join(root, 'axum/src/routing/mod.rs'), maxFileBytes: 1 << 20 });
    assert.equal(result.status, 'parsed');
    const symbols = result.status === 'parsed' ? (result.facts?.symbols ?? []) : [];
    const doc = (name: string): string | undefined => symbols.find((s) => s.name === name)?.doc;
    assert.equal(doc('route'), 'Adds a route.\n\nPanics\n\nPanics if the route overlaps with another route, see the guide.');
    assert.equal(doc('nest'), undefined);
    assert.equal(doc('merge'), undefined);
    assert.equal(symbols.some((s) => 'docFile' in s), false);
  });
});
