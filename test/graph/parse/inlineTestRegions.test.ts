import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { decodeTermBag } from '../../../src/graph/codeTermBag.ts';
import { blankInlineTests, inlineTestRegions, isTestCfg } from '../../../src/graph/parse/inlineTestRegions.ts';
import { parseFileInThread } from '../../../src/graph/parse/index.ts';
import { tempDir } from '../../helpers/gitFixture.ts';

/** The 1-based first and last line of each region: what a reader of the file would point at. */
const lineSpans = (path: string, text: string): string[] =>
  inlineTestRegions(path, text).map(({ start, end }) => {
    const first = text.slice(0, start).split('\n').length;
    return `${first}-${first + text.slice(start, end).split('\n').length - 1}`;
  });

const erlang = `-module(rotator).
-export([rotate/1]).

-ifdef(TEST).
-compile(export_all).
-include_lib("eunit/include/eunit.hrl").
-endif.

-ifdef(OTP_RELEASE).
-define(NEW_API, true).
-endif.

%% -ifdef(TEST). in a comment opens nothing
rotate(File) -> file:rename(File, "-ifdef(TEST).").

-ifdef(TEST).
-ifdef(OTP_RELEASE).
rotate_new_test() -> ok.
-else.
rotate_old_test() -> ok.
-endif.
rotate_permission_test() -> {error, eacces} = rotate("/root/x").
-else.
debug_rotate() -> ok.
-endif.

-ifndef(EUNIT).
quiet() -> ok.
-else.
noisy_test() -> ok.
-endif.
`;

describe('inline test regions', () => {
  it('erlang: -ifdef(TEST)/(EUNIT) to its own -endif or -else, nested conditionals inside, the -else of an -ifndef', () => {
    assert.deepEqual(lineSpans('src/rotator.erl', erlang), ['4-7', '16-23', '29-31']);
    const blanked = blankInlineTests('src/rotator.erl', erlang);
    assert.equal(blanked.length, erlang.length);
    assert.equal(blanked.split('\n').length, erlang.split('\n').length);
    assert.doesNotMatch(blanked, /permission|export_all|noisy/u);
    assert.match(blanked, /debug_rotate\(\) -> ok\.\n-endif\./u); // the -else branch runs without tests
    assert.match(blanked, /quiet\(\) -> ok\./u);
  });

  it('erlang: an -ifdef(TEST) never closed runs to the end of the file', () => {
    assert.deepEqual(lineSpans('src/a.erl', '-module(a).\n-ifdef(TEST).\nx_test() -> ok.\n'), ['2-4']);
  });

  const rust = `pub fn open() {}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    const CLOSE: char = '}';
    const OPEN: u8 = b'{';
    fn quoted<'a>(s: &'a str) -> &'a str { "}}}" }
    fn raw() -> &'static str { r#"a "}" b"# }
    /* a /* nested } */ comment } */
    // a line comment }
    #[test]
    fn opens() { 'outer: loop { break 'outer; } }
}

pub fn close() {}

#[cfg(test)]
mod mocks;

#[cfg(any(test, feature = "test-util"))]
pub mod clock { pub fn now() {} }

#[cfg(all(test, not(loom)))]
pub(crate) mod test { fn f() {} }
`;

  it('rust: #[cfg(test)] mod to its closing brace, braces in strings, chars, raw strings and comments ignored', () => {
    assert.deepEqual(lineSpans('src/io.rs', rust), ['3-15', '25-26']);
    const blanked = blankInlineTests('src/io.rs', rust);
    assert.equal(blanked.split('\n').length, rust.split('\n').length);
    assert.match(blanked, /pub fn close\(\) \{\}/u);
    assert.match(blanked, /pub mod clock/u); // any(test, …) is compiled outside tests too
    assert.doesNotMatch(blanked, /opens|nested/u);
  });

  it('rust: which cfg attributes mean tests only', () => {
    for (const yes of ['#[cfg(test)]', '#[ cfg( test ) ]', '#[cfg(all(test, not(loom)))]', '#[cfg(all(loom, test))]']) assert.equal(isTestCfg(yes), true, yes);
    for (const no of ['#[cfg(not(test))]', '#[cfg(any(test, feature = "x"))]', '#[cfg(all(feature = "test", unix))]', '#[cfg(not(all(test, loom)))]', '#[test]']) {
      assert.equal(isTestCfg(no), false, no);
    }
  });

  it('other languages have none', () => {
    assert.deepEqual(inlineTestRegions('src/a.py', 'if TEST:\n    pass\n'), []);
  });

  it("keeps a file's inline tests out of its term bag, and its code in", async () => {
    const root = tempDir('modroute-inline-tests-');
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src/rotator.erl'), erlang);
    const result = await parseFileInThread({ path: 'src/rotator.erl', absPath: join(root, 'src/rotator.erl'), maxFileBytes: 1 << 20 });
    assert.equal(result.status, 'parsed');
    const terms = new Map(result.status === 'parsed' && result.terms ? decodeTermBag(result.terms) : []);
    assert.equal(terms.has('rotate_permission_test'), false);
    assert.equal(terms.has('eacces'), false);
    assert.equal(terms.has('debug_rotate'), true);
    assert.equal(terms.has('rotate'), true);
    // Nor are the tests symbols of the module; the code after them keeps its line.
    const symbols = result.status === 'parsed' ? (result.facts?.symbols ?? []) : [];
    assert.deepEqual(symbols.map((s) => `${s.name}:${s.line}${s.exported ? ' exported' : ''}`).sort(), [
      'debug_rotate/0:24', 'quiet/0:28', 'rotate/1:14 exported', 'rotator:1 exported',
    ]);
  });
});
