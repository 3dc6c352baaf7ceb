import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blankInnerBranches } from '../../../src/graph/extractors/shared/blankInnerBranches.ts';
import { cExtractor } from '../../../src/graph/extractors/c/cExtractor.ts';
import { extractText } from './extractText.ts';

test('blankInnerBranches: later branches inside a body, or after an unbalanced first branch, go with their directives; rows and columns stay', () => {
  const inside = ['int f(void) {', '#ifdef __linux__', '  return 1;', '#elif defined(__MVS__)', '  return 2;', '#else', '  return 3;', '#endif', '}'].join('\n');
  const out = blankInnerBranches(inside);
  assert.equal(out.length, inside.length);
  assert.deepEqual(out.split('\n').map((l) => l.trim()), ['int f(void) {', '', 'return 1;', '', '', '', '', '', '}']);
  // an unbalanced first branch at the top level: the rest of the chain goes, so the braces balance as it has them
  const unbalanced = ['#ifdef X', 'void g(int a) {', '#else', 'void g(void) {', '#endif', '  run();', '}'].join('\n');
  assert.deepEqual(blankInnerBranches(unbalanced).split('\n').map((l) => l.trim()), ['', 'void g(int a) {', '', '', '', 'run();', '}']);
  // balanced branches at the top level stay: each may declare something of its own
  const top = ['#ifdef _WIN32', 'void a(void) {}', '#else', 'void b(void) {}', '#endif'].join('\n');
  assert.equal(blankInnerBranches(top), top);
  // in a namespace's or class's body, conditionals around whole declarations stay as the grammar reads them
  const scoped = ['namespace spdlog {', '#ifdef WIDE', 'using filename_t = std::wstring;', '#else', 'using filename_t = std::string;', '#endif', 'class logger', '{', '#ifdef WIDE', '  void log(wstring_view_t msg) {}', '#endif', '};', '}'].join('\n');
  assert.equal(blankInnerBranches(scoped), scoped);
  // `#if 0` is dead: its branch goes and the `#else` is read (the reading of a dead old signature had replaced the live one)
  const zero = ['#if 0', 'void old_f(int a) {', '#else', 'void new_f(int a, int b) {', '#endif', '  run();', '}'].join('\n');
  assert.deepEqual(blankInnerBranches(zero).split('\n').map((l) => l.trim()), ['', '', '', 'void new_f(int a, int b) {', '', 'run();', '}']);
  // a class head with an attribute, or over two lines, opens declarations; a digit separator is no character literal
  const heads = ['class __declspec(dllexport) Foo {', '#ifdef _WIN32', '  void winOnly();', '#else', '  void posixOnly();', '#endif', '};', 'class Bar', '    : public Base {', '#ifdef A', '  int a;', '#else', '  int b;', '#endif', '};', 'constexpr int kLimit = { 10\'000 };', '#ifdef _WIN32', 'void wa() {}', '#else', 'void wb() {}', '#endif'].join('\n');
  assert.equal(blankInnerBranches(heads), heads);
  // a chain whose later branch leaves its braces open loses every directive, its #else too
  const later = ['#ifdef A', 'int x;', '#else', 'void f(void) {', '#endif', '  run();', '}'].join('\n');
  assert.deepEqual(blankInnerBranches(later).split('\n').map((l) => l.trim()), ['', 'int x;', '', 'void f(void) {', '', 'run();', '}']);
  // a macro's braces over continuation lines open no block: the conditional after it is at the top level
  const macro = ['#define CHECK(err) { \\', '  if (err) { \\', '    exit(1); \\', '  } \\', '}', '#ifdef Z_SOLO', 'void a(void) {}', '#else', 'void b(void) {}', '#endif'].join('\n');
  assert.equal(blankInnerBranches(macro), macro);
  // a header's `extern "C" {` and its `}` under `#ifdef __cplusplus` stay as written (a C header read as C)
  const header = ['#ifdef __cplusplus', 'extern "C" {', '#endif', 'int uv_run(void);', '#ifdef __cplusplus', '}', '#endif'].join('\n');
  assert.equal(blankInnerBranches(header), header);
  // a lone branch inside a body loses its directives (balanced or not): the grammar reads them only around whole statements
  const lone = ['void k(void) {', '#if X', '  for (;;) {', '#endif', '    step();', '  }', '#ifdef Y', '  log();', '#endif', '}'].join('\n');
  assert.deepEqual(blankInnerBranches(lone).split('\n').map((l) => l.trim()), ['void k(void) {', '', 'for (;;) {', '', 'step();', '}', '', 'log();', '', '}']);
  // braces in comments and strings count for nothing; nested conditionals inside a blanked branch go with it
  const quoted = ['void h(void) {', '  puts("{"); /* { */ // {', '#if A', '  x();', '#else', '#if B', '  y();', '#endif', '#endif', '}'].join('\n');
  assert.deepEqual(blankInnerBranches(quoted).split('\n').map((l) => l.trim()), ['void h(void) {', 'puts("{"); /* { */ // {', '', 'x();', '', '', '', '', '', '}']);
});

test('C: a function whose body branches by platform is read whole, its locals no variables of the file (libuv)', async () => {
  const code = `int uv_available_parallelism(void) {
#ifdef __linux__
  long rc;
  rc = sysconf(_SC_NPROCESSORS_ONLN);
  if (rc < 1)
    rc = 1;
  return (int) rc;
#elif defined(__MVS__)
  int rc;
  rc = __get_num_online_cpus();
  if (rc < 1)
    rc = 1;
  return rc;
#else
  long rc;
  rc = sysconf(_SC_NPROCESSORS_ONLN);
  return (int) rc;
#endif
}

static void uv__async_io(int fd) {
#if UV__KQUEUE_EVFILT_USER
  for (;;) {
#else
  for (;;) {
#endif
    if (fd) break;
  }
}

void uv_after(void) {}
`;
  const facts = await extractText(cExtractor, 'src/unix/core.c', code);
  assert.deepEqual(facts.symbols.map((s) => `${s.kind} ${s.name}`).sort(), ['function uv__async_io', 'function uv_after', 'function uv_available_parallelism']);
});

test('C: a macro line blanked between a doc and its declaration keeps the doc; a name in a macro body stays', async () => {
  const code = ['/** Makes a widget. */', 'FOO_API', 'int make_widget(int n);', '#define DEFAULT_FLAGS \\', 'FLAG_A', '#define OTHER_X 1', ''].join('\n');
  const facts = await extractText(cExtractor, 'include/widget.h', code);
  assert.equal(facts.symbols.find((s) => s.name === 'make_widget')?.doc, 'Makes a widget.');
  assert.ok(facts.symbols.some((s) => s.name === 'OTHER_X'), facts.symbols.map((s) => s.name).join(', '));
});
