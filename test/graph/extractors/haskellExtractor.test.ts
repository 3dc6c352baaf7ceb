import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractorFor } from '../../../src/graph/extractors/extractorRegistry.ts';
import { haskellExtractor } from '../../../src/graph/extractors/haskell/haskellExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const source = `{-# LANGUAGE OverloadedStrings #-}
{-# LANGUAGE ScopedTypeVariables,
             FlexibleContexts #-}
{- |
   Module      : Text.Pandoc.Readers.Docx
   Copyright   : Copyright (C) 2014-2020 Jesse Rosenthal
   License     : GNU GPL, version 2 or above

   Maintainer  : Jesse Rosenthal <jrosenthal@jhu.edu>
   Stability   : alpha
   Portability : portable

Conversion of Docx type (defined in "Text.Pandoc.Readers.Docx.Parse")
to 'Pandoc' document.
-}
module Text.Pandoc.Readers.Docx
       ( readDocx
       , DocxState(..)
       ) where

import Control.Monad.State.Strict
import qualified Data.Map as M
import Text.Pandoc.Class.PandocMonad (PandocMonad)
import qualified Text.Pandoc.Readers.Docx.Parse as P

-- | The reader's state while it walks the document.
data DocxState = DocxState { docxAnchorMap :: M.Map String String }

-- | Reads a Docx archive
-- into a Pandoc document.
readDocx :: PandocMonad m => ReaderOptions -> ByteString -> m Pandoc
readDocx opts bytes = undefined

-- a plain comment, no doc
helper, other :: Int -> Int
helper = id
other = id

class (Monad m) => DocxMonad m where
  askState :: m DocxState

newtype Parser a = Parser a
`;

test('haskell: module, signatures, types and classes are symbols; the export list says which are public', async () => {
  const facts = await extractText(haskellExtractor, 'src/Text/Pandoc/Readers/Docx.hs', source);
  assert.equal(facts.language, 'haskell');
  assert.deepEqual(symbolList(facts), [
    'DocxMonad interface',
    'DocxState struct exported',
    'Parser struct',
    'Text.Pandoc.Readers.Docx module exported',
    'helper function',
    'other function',
    'readDocx function exported',
  ]);
  assert.deepEqual(importList(facts), [
    'include Control/Monad/State/Strict.hs system',
    'include Data/Map.hs system',
    'include Text/Pandoc/Class/PandocMonad.hs system',
    'include Text/Pandoc/Readers/Docx/Parse.hs system',
  ]);
  assert.deepEqual(facts.docComments, ['Conversion of Docx type (defined in Text.Pandoc.Readers.Docx.Parse) to Pandoc document.']);
  assert.equal(docOf(facts, 'readDocx'), 'Reads a Docx archive into a Pandoc document.');
  assert.equal(docOf(facts, 'DocxState'), "The reader's state while it walks the document.");
  assert.equal(docOf(facts, 'helper'), undefined);
});

test('haskell: without an export list every top-level name is public; .hs files are Haskell', async () => {
  const facts = await extractText(haskellExtractor, 'app/Main.hs', 'module Main where\n\nmain :: IO ()\nmain = pure ()\n');
  assert.deepEqual(symbolList(facts), ['Main module exported', 'main function exported']);
  assert.equal(extractorFor('src/ShellCheck/Parser.hs')?.language, 'haskell');
});
