import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractorFor } from '../../../src/graph/extractors/extractorRegistry.ts';
import { nimExtractor } from '../../../src/graph/extractors/nim/nimExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

// pixie's layout: a file doc, imports over two lines, sections, routines documented below their signatures.
const fonts = `## Fonts: typefaces, spans and text layout.
## Loads TrueType and SVG fonts.

import bumpy, chroma, common, fontformats/opentype,
    fontformats/svgfont, std/[os, strutils], ./paths

const
  autoLineHeight*: float32 = -1 ## Use default line height
  LF = Rune(10)

type
  Typeface* = ref object
    ## A loaded font file.
    opentype: OpenType
    filePath*: string

  TextCase* = enum
    NormalCase
    UpperCase

#[
proc commentedOut*() = discard
]#

proc scale*(typeface: Typeface): float32 {.inline, raises: [].} =
  ## The scale factor to transform font units into pixels.
  let local = 1
  result = 1.0

proc typeset*(
  font: Font,
  text: string
): Arrangement {.raises: [PixieError].} =
  ## Lays out the text of one font.
  discard

proc \`$\`*(font: Font): string = "font"

template withLock(x: untyped) =
  x

when defined(emscripten):
  proc loadFromMemory*(data: string): Typeface =
    discard
else:
  func hasGlyph(typeface: Typeface, rune: Rune): bool =
    false

type Span* = ref object
iterator runes*(span: Span): Rune =
  discard
`;

test('nim: routines, sections and when blocks, exported by *, ## docs below signatures, imports', async () => {
  const file = await extractText(nimExtractor, 'src/pixie/fonts.nim', fonts);
  assert.deepEqual(symbolList(file), [
    'Span type exported',
    'TextCase type exported',
    'Typeface type exported',
    'autoLineHeight constant exported',
    'hasGlyph function',
    'loadFromMemory function exported',
    'runes function exported',
    'scale function exported',
    'typeset function exported',
    'withLock function',
  ]);
  assert.equal(docOf(file, 'scale'), 'The scale factor to transform font units into pixels.');
  assert.equal(docOf(file, 'typeset'), 'Lays out the text of one font.');
  assert.equal(docOf(file, 'Typeface'), 'A loaded font file.');
  assert.equal(docOf(file, 'TextCase'), undefined);
  assert.deepEqual(file.docComments, ['Fonts: typefaces, spans and text layout. Loads TrueType and SVG fonts.']);
  // a bare name beside the importing file, a path with folders like an include; std/ is the standard library
  assert.deepEqual(importList(file), ['include fontformats/opentype.nim', 'include fontformats/svgfont.nim', 'path ./bumpy.nim', 'path ./chroma.nim', 'path ./common.nim', 'path ./paths.nim']);
  assert.equal(extractorFor('src/pixie.nim'), nimExtractor);
});
