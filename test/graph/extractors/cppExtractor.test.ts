import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cppExtractor } from '../../../src/graph/extractors/cpp/cppExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const source = `// Renderer core.
#include <vector>
#include "renderer.hpp"

namespace gfx {

/// The renderer.
class Renderer : public Base {
public:
    /// Draws a frame.
    void draw();
private:
    int frames;
};

void Renderer::draw() {}

template <typename T>
struct Buffer {
    T* data;
};

enum class Mode { Fast, Slow };

int compute(int x) { return x; }

}  // namespace gfx

using Vec = std::vector<int>;
`;

test('cpp: declared symbols with kinds, exported flags and containers', async () => {
  const facts = await extractText(cppExtractor, 'gfx/renderer.cpp', source);
  assert.equal(facts.language, 'cpp');
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), [
    'Buffer struct exported',
    'Mode enum exported',
    'Renderer class exported',
    'Renderer.draw method exported',
    'Vec type exported',
    'compute function exported',
    'gfx namespace exported',
  ]);
});

test('cpp: imports', async () => {
  const facts = await extractText(cppExtractor, 'gfx/renderer.cpp', source);
  assert.deepEqual(importList(facts), [
    'include renderer.hpp',
    'include vector system',
  ]);
});

test('cpp: doc comments on declarations and the file', async () => {
  const facts = await extractText(cppExtractor, 'gfx/renderer.cpp', source);
  assert.equal(docOf(facts, 'Renderer'), 'The renderer.');
  assert.equal(docOf(facts, 'draw'), 'Draws a frame.');
  assert.deepEqual(facts.docComments, ['Renderer core.']);
});
