import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../../src/index/analyze.ts';
import { stripCommitPrefix } from '../../src/index/stopwords.ts';
import { fileStem, MAX_TOKEN_LENGTH, pushRuns, rawTokens, splitIdentifier, tokenize, tokenizePath } from '../../src/index/tokenize.ts';
import { mulberry32 } from '../../src/util/random.ts';

describe('tokenize', () => {
  it('keeps the whole identifier, then its camelCase parts', () => {
    assert.deepEqual(tokenize('getElementById'), ['getelementbyid', 'get', 'element', 'by', 'id']);
  });
  it('splits PascalCase with acronyms', () => {
    assert.deepEqual(tokenize('XMLHttpRequest'), ['xmlhttprequest', 'xml', 'http', 'request']);
    assert.deepEqual(tokenize('parseHTML'), ['parsehtml', 'parse', 'html']);
  });
  it('reads an acronym\'s trailing s as its plural, not as a word start (URLs is not UR + Ls)', () => {
    assert.deepEqual(tokenize('URLs'), ['urls']);
    assert.deepEqual(tokenize('parseURLs'), ['parseurls', 'parse', 'urls']);
    assert.deepEqual(tokenize('APIsForUsers'), ['apisforusers', 'apis', 'for', 'users']);
    assert.deepEqual(tokenize('HTTPServer'), ['httpserver', 'http', 'server']);
  });
  it('joins a capital that opens an identifier alone to the word after it (FFmpeg, OAuth), not an interface I', () => {
    assert.deepEqual(tokenize('FFmpegDecoder'), ['ffmpegdecoder', 'ffmpeg', 'fmpeg', 'decoder']);
    assert.deepEqual(tokenize('OAuthClient'), ['oauthclient', 'oauth', 'auth', 'client']);
    assert.deepEqual(tokenize('IUserService getXValue'), ['iuserservice', 'user', 'service', 'getxvalue', 'get', 'value']);
    assert.deepEqual(tokenize('IPv6Address'), ['ipv6address', 'pv', 'ipv6', 'address']);
  });
  it("reads Apple's system names as one word each (no `os` part), other single-letter prefixes as before", () => {
    assert.deepEqual(tokenize('On iOS and macOS, iPadOS'), ['on', 'ios', 'and', 'macos', 'ipados']);
    assert.deepEqual(tokenize('iOSVersion'), ['iosversion', 'os', 'version']);
    assert.deepEqual(tokenize('mContext'), ['mcontext', 'context']);
  });
  it('reads folder names whose parts mean nothing alone as one word (node_modules is no node)', () => {
    assert.deepEqual(tokenize('writes a node_modules folder'), ['writes', 'nodemodules', 'folder']);
    assert.deepEqual(tokenize('__pycache__ site-packages'), ['pycache', 'sitepackages']);
    assert.deepEqual(tokenize('node_helpers'), ['nodehelpers', 'node', 'helpers']);
  });
  it('joins snake_case and kebab-case into one whole form', () => {
    assert.deepEqual(tokenize('max_file_bytes'), ['maxfilebytes', 'max', 'file', 'bytes']);
    assert.deepEqual(tokenize('sprite-tiling'), ['spritetiling', 'sprite', 'tiling']);
  });
  it('splits digits and drops one-character parts, keeping letters with their digits inside a compound', () => {
    assert.deepEqual(tokenize('webgl2 Vec3 base64Encode'), ['webgl2', 'webgl', 'vec3', 'vec', 'base64encode', 'base', '64', 'base64', 'encode']);
    // vitest's packages/coverage-v8: `v8` was lost (v and 8 are one character each)
    assert.deepEqual(tokenize('coverage-v8 http2-server'), ['coveragev8', 'coverage', 'v8', 'http2server', 'http', 'http2', 'server']);
  });
  it('lowercases plain words and skips punctuation', () => {
    assert.deepEqual(tokenize('Fix: the `class:` directive!'), ['fix', 'the', 'class', 'directive']);
  });
  it('keeps non-Latin letters as tokens', () => {
    assert.deepEqual(tokenize('修复 Größe café'), ['修复', 'größe', 'café']);
  });
  it('splits a run of a script written without spaces from the words around it', () => {
    assert.deepEqual(tokenize('HTTP客户端发送过期的cookie'), ['http客户端发送过期的cookie', 'http', '客户端发送过期的', 'cookie', '客户', '户端', '端发', '发送', '送过', '过期', '期的']);
    assert.deepEqual(tokenize('ПроверкаHTTP'), ['проверкаhttp', 'проверка', 'http']);
  });
  it('adds the overlapping character pairs of a Chinese, Japanese or Korean run, so a request meets a comment word by word', () => {
    assert.deepEqual(tokenize('内存泄漏'), ['内存泄漏', '内存', '存泄', '泄漏']);
    assert.deepEqual(tokenize('修复'), ['修复']);
    // ー and 々 are letters of the Japanese words around them, not boundaries.
    assert.deepEqual(tokenize('メモリー'), ['メモリー', 'メモ', 'モリ', 'リー']);
    assert.deepEqual(tokenize('메모리가 부족'), ['메모리가', '메모', '모리', '리가', '부족']);
    // Thai letters are no syllables: a Thai run stays whole.
    assert.deepEqual(tokenize('หน่วยความจำ'), ['หน่วยความจำ']);
  });
  it('keeps combining marks inside a word and composes decomposed accents', () => {
    assert.deepEqual(tokenize('हिन्दी पाठ'), ['हिन्दी', 'पाठ']);
    assert.deepEqual(tokenize('e\u0301cole'), ['école']);
    assert.deepEqual(tokenize('e\u0301cole'), tokenize('\u00e9cole'));
  });
  it('drops absurdly long tokens', () => {
    assert.deepEqual(tokenize(`ok ${'a'.repeat(60)} fine`), ['ok', 'fine']);
  });
  it('splitIdentifier returns parts only', () => {
    assert.deepEqual(splitIdentifier('$state_rawHTML'), ['state', 'raw', 'html']);
  });
});

describe('paths', () => {
  it('fileStem drops (double) extensions', () => {
    assert.deepEqual(['lib/scene/Sprite.d.ts', 'a/b.test.mjs', 'README', 'x/.env'].map(fileStem), ['Sprite', 'b.test', 'README', '.env']);
  });
  it('tokenizePath tokenizes segments and the file stem', () => {
    assert.deepEqual(tokenizePath('src/compiler/phases/1-parse/readExpression.js'), [
      'src', 'compiler', 'phases', '1parse', 'parse', 'readexpression', 'read', 'expression',
    ]);
    // An extension a request would name is a term too (fzf: "CTRL-R in bash" and key-bindings.bash), once.
    assert.deepEqual(tokenizePath('shell/key-bindings.bash'), ['shell', 'keybindings', 'key', 'bindings', 'bash']);
    assert.deepEqual(tokenizePath('tools/install.ps1'), ['tools', 'install', 'powershell']);
    assert.deepEqual(tokenizePath('vim/vim.vim'), ['vim', 'vim']);
    assert.deepEqual(tokenizePath('shellescape/BUILD.bazel'), ['shellescape', 'build', 'bazel']);
    assert.deepEqual(tokenizePath('app/build.gradle'), ['app', 'build', 'gradle']);
    assert.deepEqual(tokenizePath('src/app.py'), ['src', 'app']);
    // a build or deployment file named after its tool names the tool (LocalSend's "self-hosted with Docker"); not a Makefile
    assert.deepEqual(tokenizePath('server/Dockerfile'), ['server', 'dockerfile', 'docker']);
    assert.deepEqual(tokenizePath('ios/Podfile'), ['ios', 'podfile', 'cocoapods']);
    assert.deepEqual(tokenizePath('Makefile'), ['makefile']);
    // (a file named like an object's own property is no tool: koin's `constructor.kt`)
    assert.deepEqual(tokenizePath('src/constructor.kt'), ['src', 'constructor']);
  });
});

describe('analyzer and commit prefix', () => {
  it('drops stopwords and code noise, stems only when asked', () => {
    assert.deepEqual(createAnalyzer({ stem: false })('the renderers are in src'), ['renderers']);
    assert.deepEqual(createAnalyzer({ stem: true })('the renderers are in src'), ['render']);
    // a user's tone, not a topic
    assert.deepEqual(createAnalyzer({ stem: false })('the other outputs should still receive it, even though one throws'), ['outputs', 'receive', 'one', 'throws']);
  });
  it('strips a conventional-commit type and keeps the scope', () => {
    assert.deepEqual(stripCommitPrefix('fix(compiler)!: handle spread'), { text: 'compiler handle spread', stripped: 'fix(compiler)!:' });
    assert.deepEqual(stripCommitPrefix('feat: add x'), { text: 'add x', stripped: 'feat:' });
    assert.deepEqual(stripCommitPrefix('fixed: not a prefix'), { text: 'fixed: not a prefix', stripped: undefined });
  });
});

describe('ASCII fast paths', () => {
  // The scanners must agree with the unicode regexes they replace, on adversarial mixes of
  // letters, digits and joiners (seeded, so a failure reproduces).
  const RAW = /[\p{L}\p{N}]+(?:[_\-$]+[\p{L}\p{N}]+)*/gu;
  const splitRef = (identifier: string) => {
    const parts: string[] = [];
    for (const chunk of identifier.split(/[_\-$]+/u)) {
      const spaced = chunk.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
        .replace(/(\p{L})(\p{N})/gu, '$1 $2').replace(/(\p{N})(\p{L})/gu, '$1 $2');
      pushRuns(spaced.split(' '), parts);
    }
    return parts;
  };
  it('splitIdentifier and rawTokens match the regex definitions', () => {
    const rng = mulberry32(7);
    const alphabet = 'aAbBzZ09_-$xX1 .(\n';
    for (let i = 0; i < 20000; i++) {
      let s = '';
      for (let j = 1 + rng.int(24); j > 0; j--) s += alphabet[rng.int(alphabet.length)];
      assert.deepEqual(rawTokens(s), [...s.matchAll(RAW)].map((m) => m[0]).filter((t) => t.length <= MAX_TOKEN_LENGTH), s);
      for (const raw of rawTokens(s)) assert.deepEqual(splitIdentifier(raw), splitRef(raw), raw);
    }
    assert.deepEqual(splitIdentifier('XMLHttpRequest2Go'), ['xml', 'http', 'request', 'request2', 'go']);
    // letters with their digits: an acronym joined back, one letter only at the start, none before a lowercase letter
    assert.deepEqual(splitIdentifier('IPv6Address'), ['pv', 'ipv6', 'address']);
    assert.deepEqual(splitIdentifier('i18n'), ['18']);
    assert.deepEqual(splitIdentifier('k8s_client'), ['client']);
    assert.deepEqual(splitIdentifier('sha_3f2a9b1c'), ['sha']);
    assert.deepEqual(splitIdentifier('utf8Décodeur'), ['utf', 'utf8', 'décodeur']);
  });
});

describe('stripCommitPrefix (one rule for search, training and the dataset)', () => {
  it('takes the bracket form, drops the scope on request, and leaves areas before a colon', async () => {
    const { stripCommitPrefix: strip } = await import('../../src/util/stripCommitPrefix.ts');
    assert.deepEqual(strip('[Fix] Handle camera'), { text: 'Handle camera', stripped: '[Fix]' });
    assert.deepEqual(strip('fix(jsx,dom): keep attributes', { keepScope: false }), { text: 'keep attributes', stripped: 'fix(jsx,dom):' });
    assert.equal(strip('fix(jsx/dom): keep attributes').text, 'jsx dom keep attributes');
    assert.deepEqual(strip('net: fix a leak'), { text: 'net: fix a leak', stripped: undefined });
  });
});
