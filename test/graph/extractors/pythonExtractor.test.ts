import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonExtractor } from '../../../src/graph/extractors/python/pythonExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const source = `#!/usr/bin/env python3
"""Payment gateway client.

Talks to the remote API."""
import os, sys as system
import json.decoder
from . import sibling
from ..core.models import User, Order
from .utils import helper as h
from __future__ import annotations

MAX_RETRIES = 3
_private = 1

class Gateway(Base):
    """Gateway to the payment provider."""

    def charge(self, amount):
        """Charge an amount."""
        return amount

    def _secret(self):
        pass

@decorator
def refund(tx_id: str) -> bool:
    """Refund a transaction."""
    return True

async def _internal():
    pass
`;

test('python: declared symbols with kinds, exported flags and containers', async () => {
  const facts = await extractText(pythonExtractor, 'payments/gateway.py', source);
  assert.equal(facts.language, 'python');
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), [
    'Gateway class exported',
    'Gateway._secret method',
    'Gateway.charge method exported',
    'MAX_RETRIES constant exported',
    '_internal function',
    'refund function exported',
  ]);
});

test('python: imports', async () => {
  const facts = await extractText(pythonExtractor, 'payments/gateway.py', source);
  assert.deepEqual(importList(facts), [
    'package json.decoder',
    'package os',
    'package sys',
    'path ..core.models',
    'path .sibling',
    'path .utils',
  ]);
});

test('python: doc comments on declarations and the file', async () => {
  const facts = await extractText(pythonExtractor, 'payments/gateway.py', source);
  assert.equal(docOf(facts, 'Gateway'), 'Gateway to the payment provider.');
  assert.equal(docOf(facts, 'charge'), 'Charge an amount.');
  assert.equal(docOf(facts, 'refund'), 'Refund a transaction.');
  assert.deepEqual(facts.docComments, ['Payment gateway client.\n\nTalks to the remote API.']);
});
