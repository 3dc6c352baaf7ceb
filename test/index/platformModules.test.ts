import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ModuleGraph, ModuleNode } from '../../src/graph/ModuleGraph.ts';
import { asModuleId } from '../../src/graph/types.ts';
import { buildLexicalIndex } from '../../src/index/buildLexicalIndex.ts';
import { lexicalDefaults, mergeLexicalOptions } from '../../src/index/lexicalDefaults.ts';
import { findPlatformModules, hostPlatforms, platformNames, platformsOfPath, platformsOfRequest } from '../../src/index/platformModules.ts';
import { subjectFactor } from '../../src/index/subjectsOfRequest.ts';
import { searchLexicalIndex } from '../../src/index/searchLexicalIndex.ts';
import { deserializeLexicalIndex, serializeLexicalIndex } from '../../src/index/serializeLexicalIndex.ts';

const node = (path: string, symbols: string[], docs: string[]): ModuleNode => ({
  id: asModuleId(path), path, files: [`${path}/main.x`], languages: { typescript: 1 }, bytes: 100,
  symbols: symbols.map((name) => ({ name, kind: 'function', file: `${path}/main.x`, exported: true })),
  docComments: docs, summary: '',
});

// A mobile library: one folder per platform, a TypeScript layer whose docs name every platform (and
// are written in the users' words), and a bigger iOS folder that matches ordinary words more.
const graph: ModuleGraph = {
  root: '/repo',
  modules: [
    node('android/src/main/java/com/acme/camera', ['CameraSession', 'applyZoom'], ['Camera session on Android.']),
    node('ios/Camera', ['CameraSession', 'applyZoom', 'CameraPreview', 'zoomGesture', 'torchLevel'], ['Camera session: zoom, torch, preview and pinch gestures.', 'Preview layer of the camera.']),
    node('src', ['Camera', 'useCameraDevice'], ['Camera component. On Android the zoom is applied after the session starts; on iOS at once. Pinch to zoom works on both.']),
  ],
  edges: [],
  commits: [],
  fingerprint: 'platforms-1',
};

describe('platforms', () => {
  it('are read from folder names and from how requests name them', () => {
    assert.deepEqual(platformNames(platformsOfPath('android/src/main/java')), ['android']);
    // Jetpack's androidx names Android (koin's koin-androidx-compose had read as shared code)
    assert.deepEqual(platformNames(platformsOfPath('projects/compose/koin-androidx-compose')), ['android']);
    assert.deepEqual(platformNames(platformsOfPath('packages/react-native-web/src')), ['web']);
    assert.deepEqual(platformNames(platformsOfPath('src/platform/win32')), ['windows']);
    assert.deepEqual(platformNames(platformsOfPath('lib/camera')), []);
    assert.deepEqual(platformNames(platformsOfPath('apple/reanimated/keyboardObserver')), ['ios', 'macos']);
    assert.deepEqual(platformNames(platformsOfPath('src/audio/wasapi')), ['windows']);
    assert.deepEqual(platformNames(platformsOfPath('src/video/kmsdrm')), ['linux']);
    // Unix code runs on Linux and macOS (libuv's src/unix, nginx's src/os/unix), the other Unixes and Android (mio's sys/unix)
    assert.deepEqual(platformNames(platformsOfPath('src/os/unix')), ['android', 'macos', 'linux', 'bsd']);
    // the deepest segment that names a platform decides: a file named after one Unix is that one's
    assert.deepEqual(platformNames(platformsOfPath('src/unix/darwin.c')), ['macos']);
    assert.deepEqual(platformNames(platformsOfPath('src/unix/linux-inotify.c')), ['linux']);
    assert.deepEqual(platformNames(platformsOfPath('src/unix/aix.c')), ['bsd']);
    assert.deepEqual(platformNames(platformsOfPath('android/src/main/java/com/acme')), ['android']);
    // a JVM source set's code runs on Android too: neither lifted nor divided by a request about Android (okio's jvmMain)
    assert.deepEqual(platformNames(hostPlatforms(platformsOfRequest('On Android the socket times out').about)), ['jvm']);
    const onAndroid = platformsOfRequest('On Android the socket times out');
    assert.equal(subjectFactor(platformsOfPath('okio/src/jvmMain'), onAndroid.named, onAndroid.about, 1.5, hostPlatforms(onAndroid.about)), 1);
    assert.equal(subjectFactor(platformsOfPath('okio/src/jvmMain'), onAndroid.named, onAndroid.about, 1.5), 1 / 1.5, 'without it: divided');
    assert.equal(subjectFactor(platformsOfPath('okio/src/iosMain'), onAndroid.named, onAndroid.about, 1.5, hostPlatforms(onAndroid.about)), 1 / 1.5);
    assert.deepEqual([...findPlatformModules(graph)].map(platformNames), [['android'], ['ios'], []]);
    // a Unix folder holding Windows code below it, in its files or a child module, is shared code (lwt's src/unix);
    // libuv's holds other Unixes' files and stays Linux's and macOS's
    const folder = (path: string, files: string[]): ModuleNode => ({ ...node(path, [], []), files: files.map((f) => `${path}/${f}`) });
    const systems = (modules: ModuleNode[]) => [...findPlatformModules({ ...graph, modules })].map(platformNames);
    assert.deepEqual(systems([folder('src/unix', ['lwt_unix.ml', 'windows_c/lwt_unix_stubs.c'])]), [[]]);
    assert.deepEqual(systems([folder('src/unix', ['lwt_unix.ml']), folder('src/unix/windows_c', ['stubs.c'])]), [[], ['windows']]);
    assert.deepEqual(systems([folder('src/unix', ['core.c', 'aix.c', 'darwin.c']), folder('src/win', ['core.c'])]), [['android', 'macos', 'linux', 'bsd'], ['windows']]);
    // ... beside Windows code only: where nothing is Windows', a Unix backend is no Linux or macOS module (cohttp-lwt-unix)
    assert.deepEqual(systems([folder('cohttp-lwt-unix/src', ['server.ml']), folder('cohttp-lwt/src', ['io.ml']), folder('linux', ['epoll.c'])]), [[], [], ['linux']]);
    assert.deepEqual(systems([folder('cohttp-lwt-unix/src', ['server.ml']), folder('cohttp-lwt/src', ['io_win32.ml'])]), [['android', 'macos', 'linux', 'bsd'], []]);
    // a platform the product is named after names no folder: actix-web's crates, beside react-native-web's web folder
    const crates = [folder('actix-web', ['src/a.rs', 'src/b.rs', 'src/c.rs']), folder('actix-web-actors', ['src/ws.rs']), folder('actix-http', ['src/h1.rs'])];
    assert.deepEqual([...findPlatformModules({ ...graph, root: '/src/actix-web', modules: crates })].map(platformNames), [[], [], []]);
    assert.deepEqual([...findPlatformModules({ ...graph, root: '/src/framework', modules: crates })].map(platformNames), [['web'], ['web'], []]);
    assert.deepEqual([...findPlatformModules({ ...graph, root: '/src/rn', modules: [folder('packages/core', ['a.ts', 'b.ts']), folder('packages/web', ['a.ts'])] })].map(platformNames), [[], ['web']]);

    const about = (q: string) => { const p = platformsOfRequest(q); return [platformNames(p.about), platformNames(p.named)]; };
    assert.deepEqual(about('On Android, pinch to zoom jumps back'), [['android'], ['android']]);
    // a negated platform names none (okio's "Hmac on non-JVM platforms" had lifted its jvm source set)
    assert.deepEqual(about('Hmac is missing on non-JVM platforms'), [[], []]);
    assert.deepEqual(about('non-Windows builds skip the test, Windows fails'), [['windows'], ['windows']]);
    // "Mac" capitalised is the computer; a MAC address is not
    assert.deepEqual(about('On my Mac the tray icon is blurry'), [['macos'], ['macos']]);
    assert.deepEqual(about('The MacBook Pro display flickers'), [['macos'], ['macos']]);
    assert.deepEqual(about('Show the Mac address of each interface'), [[], []]);
    assert.deepEqual(about('show the mac of each interface'), [[], []]);
    assert.deepEqual(about('Crash on Mac OS X 10.9'), [['macos'], ['macos']]);
    assert.deepEqual(about('CPU usage reads 4000% on Apple Silicon'), [['macos'], ['macos']]);
    // the platform it happens on, not the one it is compared with
    assert.deepEqual(about('On iPhone the badge shows 0; hide it as on Android'), [['ios'], ['android', 'ios']]);
    // the platform it works on is the comparison
    assert.deepEqual(about('A data: URI image works on Android but stays blank on iOS'), [['ios'], ['android', 'ios']]);
    assert.deepEqual(about('Same as Android, the iPad should hide the badge'), [['ios'], ['android', 'ios']]);
    assert.deepEqual(about('works fine on Android'), [[], ['android']]);
    assert.deepEqual(about('getUserMedia works on iOS but not on Android'), [['android'], ['android', 'ios']]);
    assert.deepEqual(about("The camera doesn't work on Android"), [['android'], ['android']]);
    // the web as a platform, not a web view
    assert.deepEqual(about('On web, the UUID differs'), [['web'], ['web']]);
    assert.deepEqual(about('the spinner shows in the browser only'), [['web'], ['web']]);
    assert.deepEqual(about('the web view goes blank after a redirect'), [[], []]);
    assert.deepEqual(about('links open in the system browser'), [[], []]);
    assert.deepEqual(about('Web style processing drops the shadow'), [['web'], ['web']]);
    // a web server, service or API runs anywhere
    assert.deepEqual(about('The Lwt web server ignores byte ranges'), [[], []]);
    assert.deepEqual(about('calls to the web API time out'), [[], []]);
    // named together, both
    assert.deepEqual(about('Happens on both iOS and Android'), [['android', 'ios'], ['android', 'ios']]);
    assert.deepEqual(about('iOS/Android: zoom resets'), [['android', 'ios'], ['android', 'ios']]);
    // windows on screen are no platform; Windows is
    assert.deepEqual(about('the overlay opens in the wrong windows'), [[], []]);
    assert.deepEqual(about('On Windows the path is wrong'), [['windows'], ['windows']]);
    assert.deepEqual(about('On Win32 the path is wrong'), [['windows'], ['windows']]);
    assert.deepEqual(about('kqueue misses events on FreeBSD'), [['bsd'], ['bsd']]);
    assert.deepEqual(about('zoom is wrong'), [[], []]);
    assert.deepEqual(about('On X11, pasting text freezes the app'), [['linux'], ['linux']]);
  });

  it('Kotlin Multiplatform: source sets, and js/native folders beside a common one; elsewhere js/ and native/ are no platform', () => {
    assert.deepEqual(platformNames(platformsOfPath('core/src/jsMain/kotlin')), ['web']);
    assert.deepEqual(platformNames(platformsOfPath('core/src/iosX64Main/kotlin')), ['ios']);
    assert.deepEqual(platformNames(platformsOfPath('core/src/nativeTest')), ['native']);
    assert.deepEqual(platformNames(platformsOfPath('core/src/jvmMain')), ['jvm']);
    assert.deepEqual(platformNames(platformsOfPath('core/src/androidUnitTest')), ['android']);
    assert.deepEqual(platformNames(platformsOfPath('core/src/commonMain')), []);
    assert.deepEqual(platformNames(platformsOfPath('src/compiler/backend/jvm')), ['jvm']);
    const kmp = { ...graph, modules: ['core/common/src', 'core/js/src', 'core/native/src', 'core/jvm/src', 'ui/android'].map((p) => node(p, [], [])) };
    assert.deepEqual([...findPlatformModules(kmp)].map(platformNames), [[], ['web'], ['native'], ['jvm'], ['android']]);
    const rn = { ...graph, modules: ['js/components', 'native/ios', 'native', 'src'].map((p) => node(p, [], [])) };
    assert.deepEqual([...findPlatformModules(rn)].map(platformNames), [[], ['ios'], [], []], 'a React Native library\'s js/ and native/');
    const about = (q: string) => platformNames(platformsOfRequest(q).about);
    assert.deepEqual(about('On Kotlin/JS, Dispatchers.Main throws'), ['web']);
    assert.deepEqual(about('Kotlin/Native: runBlocking spins the CPU'), ['native']);
    assert.deepEqual(about('In the JVM build the error mentions Android'), ['jvm']);
    assert.deepEqual(about('the native module crashes on start'), [], 'native alone is no platform');
  });

  it('server and client: rendering on the server (SSR, server-side) steers to server/ folders, and is an axis of its own', async () => {
    const about = (q: string) => platformNames(platformsOfRequest(q).about);
    assert.deepEqual(about('fix: destructuring state in SSR'), ['server']);
    assert.deepEqual(about('the server-side render drops the class'), ['server']);
    assert.deepEqual(about('correctly handle bindings on the server'), ['server']);
    assert.deepEqual(about('the API server returns 500 for the upload'), [], 'a server, not the side that renders');
    assert.deepEqual(about('works on the client but not during SSR'), ['server']);
    const web: ModuleGraph = { ...graph, modules: [
      node('src/compiler/transform/client/visitors', ['EachBlock', 'destructure'], ['Client code for each blocks: destructuring of state.']),
      node('src/compiler/transform/server/visitors', ['EachBlock'], ['Server rendering of each blocks.']),
      node('android/src/main', ['WebViewManager'], ['Android view.']),
      node('src/api/client', ['HttpClient', 'destructure'], ['HTTP client: requests, destructuring of state.']),
    ] };
    assert.deepEqual([...findPlatformModules(web)].map(platformNames), [['client'], ['server'], ['android'], ['client']]);
    const index = buildLexicalIndex(web, lexicalDefaults);
    const ssr = await searchLexicalIndex(index, 'fix: destructuring state in each blocks during SSR', { top: 4 });
    assert.equal(ssr.hits[0]?.id, 'src/compiler/transform/server/visitors');
    assert.equal(ssr.hits.find((h) => h.id === 'android/src/main')?.evidence.platform, undefined, 'an OS folder is on another axis');
    const android = await searchLexicalIndex(index, 'On Android, destructuring state in each blocks is wrong', { top: 4 });
    assert.equal(android.hits.find((h) => h.id === 'src/api/client')?.evidence.platform, undefined, 'an Android request divides no client/ folder');
  });

  it('a request about a platform ranks its folder first, and the other platform\'s folder down', async () => {
    const index = buildLexicalIndex(graph, lexicalDefaults);
    const result = await searchLexicalIndex(index, 'On Android, pinch to zoom jumps back after the camera preview starts', { top: 3 });
    assert.equal(result.hits[0]?.id, 'android/src/main/java/com/acme/camera');
    assert.match(result.hits[0]?.reason ?? '', /android ×1\.5/);
    const ios = result.hits.find((h) => h.id === 'ios/Camera');
    assert.ok(ios && ios.evidence.platform !== undefined && ios.evidence.platform.factor < 1);
    assert.equal(result.hits.find((h) => h.id === 'src')?.evidence.platform, undefined, 'shared code keeps its score');

    const off = buildLexicalIndex(graph, mergeLexicalOptions(lexicalDefaults, { platforms: { factor: 1 } }));
    const plain = await searchLexicalIndex(off, 'On Android, pinch to zoom jumps back after the camera preview starts', { top: 3 });
    assert.notEqual(plain.hits[0]?.id, 'android/src/main/java/com/acme/camera', 'without it the word weighs too little');

    // no platform named: nothing changes
    const neutral = await searchLexicalIndex(index, 'pinch to zoom jumps back after the camera preview starts', { top: 3 });
    assert.deepEqual(neutral.hits.map((h) => h.score), (await searchLexicalIndex(off, 'pinch to zoom jumps back after the camera preview starts', { top: 3 })).hits.map((h) => h.score));
  });

  it('survive the index cache', () => {
    const index = buildLexicalIndex(graph, lexicalDefaults);
    const back = deserializeLexicalIndex(serializeLexicalIndex(index, 'fp'), { fingerprint: 'fp', options: lexicalDefaults });
    assert.deepEqual([...(back?.platforms ?? [])], [...index.platforms]);
  });
});

describe('"Windows", the system', () => {
  it('is not searched as a plural of window; "windows" in lowercase still is', async () => {
    const ui: ModuleGraph = { ...graph, modules: [node('src/window', ['openWindow', 'WindowManager'], ['Opens a window and manages each window.']), node('windows', ['createPipe'], ['Pipes on Windows.'])], fingerprint: 'windows-1' };
    const index = buildLexicalIndex(ui, lexicalDefaults);
    const system = await searchLexicalIndex(index, 'On Windows, the pipe loses its last chunk', { top: 3 });
    assert.equal(system.terms.some((t) => t.term === 'window'), false);
    const screen = await searchLexicalIndex(index, 'all open windows close at once', { top: 3 });
    assert.ok(screen.terms.some((t) => t.term === 'window' && t.source === 'inflection'));
  });
});
