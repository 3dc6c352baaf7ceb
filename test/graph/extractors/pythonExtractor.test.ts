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

test('python: definitions inside if/elif/else, try/except/finally and with branches count; the main guard does not', async () => {
  const branches = `import sys
try:
    from _speedups import scan
except ImportError:
    def scan(text):
        """Pure-Python fallback scanner."""
        return text
try:
    import jinja2
    from yaml import CSafeLoader as Loader
except ModuleNotFoundError:
    jinja2 = None
    Loader = None
    HAS_YAML = False
try:
    from functools import cached_property
except ImportError:
    cached_property = property
try:
    from app_config import config
except KeyError:
    config = None

if sys.platform == 'win32':
    class STARTUPINFO:
        """Windows process start-up options."""
elif sys.platform == 'darwin':
    DEFAULT_SHELL = '/bin/zsh'
else:
    DEFAULT_SHELL = '/bin/sh'

class Popen:
    if sys.platform == 'win32':
        def _execute_child(self):
            """Execute program (MS Windows version)."""
    else:
        def _execute_child(self):
            """Execute program (POSIX version)."""

    def poll(self):
        with self._lock:
            def inner():
                pass

if __name__ == '__main__':
    from .console import Console
    parser = object()
    def main():
        import rich.table
        pass
`;
  const facts = await extractText(pythonExtractor, 'proc.py', branches);
  // an optional import's fallback (`jinja2 = None`) names nothing of the module; a flag set beside it does
  assert.deepEqual(symbolList(facts), [
    'DEFAULT_SHELL constant exported',
    'HAS_YAML constant exported',
    'Popen class exported',
    'Popen._execute_child method',
    'Popen.poll method exported',
    'STARTUPINFO class exported',
    'cached_property variable exported',
    'config variable exported',
    'scan function exported',
  ]);
  assert.equal(docOf(facts, 'scan'), 'Pure-Python fallback scanner.');
  assert.equal(docOf(facts, '_execute_child'), 'Execute program (MS Windows version).');
  // the main guard's demo imports are no dependency; the platform branches' are, and so are its else branch's
  assert.deepEqual(importList(facts).filter((i) => /console|table/.test(i)), []);
  assert.ok(importList(facts).length > 0);
  const guarded = 'if __name__ == "__main__":\n    import demo_only\nelse:\n    from .real import thing\n';
  assert.deepEqual(importList(await extractText(pythonExtractor, 'pkg/mod.py', guarded)), ['path .real']);
  // a package's __main__.py runs what its guard imports
  assert.deepEqual(importList(await extractText(pythonExtractor, 'pkg/__main__.py', 'if __name__ == "__main__":\n    from pkg.cli import main\n    main()\n')), ['package pkg.cli.main|pkg.cli']);
});
