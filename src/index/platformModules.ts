import { subjectsOfRequest } from './subjectsOfRequest.ts';
import type { ModuleGraph } from '../graph/ModuleGraph.ts';

/**
 * Platforms a request names and a folder is named after. A mobile or desktop repository keeps each
 * platform's code in a folder of its own (`android/`, `ios/`, `windows/`), while its shared layer's docs
 * name every platform ("Android only"): the word weighs little by IDF, yet "On Android, …" says which
 * folder the change is in (three review sets of mobile libraries: 9 of their 36 misses).
 */
export const PLATFORMS = ['android', 'ios', 'macos', 'windows', 'linux', 'web', 'bsd', 'jvm', 'native', 'server', 'client'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Words of a folder name that name each platform. */
const FOLDER_WORDS: Record<Platform, readonly string[]> = {
  // (Jetpack's `androidx` too: koin's `koin-androidx-compose` had read as shared code)
  android: ['android', 'androidx', 'androidtest', 'aaudio', 'opensles', 'unix', 'posix'],
  // the UI frameworks name their platform's folder as often as the platform does (SDL's `video/uikit`, `video/cocoa`);
  // `apple/` holds both iOS's and macOS's code (react-native-reanimated, and more React Native libraries since 2024);
  // the system APIs a backend folder is named after too (SDL's `audio/wasapi`, `audio/alsa`, `audio/aaudio`);
  // `unix/` and `posix/` code runs on Linux and macOS alike (libuv's `src/unix`, nginx's `src/os/unix`), and on the other Unixes and
  // Android (mio's `sys/unix`, whose Unix sockets a request about Android had divided)
  ios: ['ios', 'iphone', 'iphoneos', 'ipad', 'ipados', 'uikit', 'tvos', 'watchos', 'visionos', 'apple', 'coreaudio'],
  macos: ['macos', 'macosx', 'osx', 'darwin', 'cocoa', 'appkit', 'apple', 'coreaudio', 'unix', 'posix'],
  windows: ['windows', 'win32', 'win64', 'win', 'mingw', 'uwp', 'winrt', 'wasapi', 'directsound', 'dsound', 'winmm', 'direct3d', 'direct3d11', 'direct3d12', 'd3d11', 'd3d12', 'xinput', 'dinput'],
  linux: ['linux', 'x11', 'wayland', 'alsa', 'pulseaudio', 'pipewire', 'kmsdrm', 'evdev', 'unix', 'posix'],
  web: ['web', 'browser', 'emscripten'],
  // the other Unixes: a file named after one is no Linux or macOS code (libuv's `unix/aix.c`, `unix/freebsd.c`)
  bsd: ['unix', 'posix', 'bsd', 'freebsd', 'openbsd', 'netbsd', 'dragonfly', 'aix', 'solaris', 'sunos', 'illumos', 'os390', 'zos', 'ibmi', 'haiku', 'qnx', 'cygwin', 'hurd'],
  // Kotlin Multiplatform's targets (and Scala's JVM backend); a plain `native/` or `js/` folder is left out: React
  // Native libraries keep their iOS-and-Android code in `native/` and their JavaScript layer in `js/`
  jvm: ['jvm'],
  native: [],
  // the two sides of a web framework that renders on both (svelte's `3-transform/server` and `internal/client`,
  // react-dom's `server/`, an app's `client/` and `server/`)
  server: ['server', 'ssr', 'serverside'],
  client: ['client', 'clientside', 'csr'],
};

/**
 * How a request names each platform: any case, except "Windows", which must be capitalised ("the overlay
 * opens in the wrong windows" is about windows on screen), and "Mac", which in lower or upper case is an address.
 */
const REQUEST_WORDS: Record<Platform, RegExp> = {
  android: /\bandroid\b/giu,
  ios: /\b(?:ios|iphones?|ipads?|ipados|tvos|watchos|visionos|apple tv|apple watch)\b/giu,
  // "Mac" capitalised and not an address ("on my Mac", "MacBook"); "mac" and "MAC" are addresses
  macos: /\b(?:[Mm][Aa][Cc] ?[Oo][Ss](?: ?[Xx])?|[Oo][Ss][Xx])\b|\bMac(?:s|Book(?: Pro| Air)?)?\b(?![ -]?(?:[Aa]ddress|ADDRESS))|\b[Aa]pple [Ss]ilicon\b/gu,
  windows: /\bWindows\b|\b[Ww][Ii][Nn](?:32|64)\b|\bUWP\b|\bMinGW\b/gu,
  linux: /\b(?:linux|x11|wayland)\b/giu,
  // the web as a platform, not a web view (react-native-webview's every request) nor the system's browser; nor a
  // web server, service or API, which runs anywhere (cohttp's "the Lwt web server" had divided its `-unix` packages)
  web: /\bKotlin\/(?:JS|Wasm)\b|\bweb\b(?! ?(?:views?|servers?|services?|apis?|frameworks?|hooks?|sockets?)\b)|(?<!\b(?:external|system|default|native|mobile) )\bbrowsers?\b/giu,
  bsd: /\b(?:\w*bsd|dragonfly ?bsd|aix|solaris|sunos|illumos|os\/?390|z\/os|ibm i|haiku|qnx|cygwin|hurd)\b/giu,
  jvm: /\bJVM\b/giu,
  // "native" alone is every mobile library's word for its iOS-and-Android side: only Kotlin's target counts
  native: /\bKotlin\/Native\b|\bK\/N\b/gu,
  // Rendering on the server ("during SSR", "server-side", "on the server"), not any server a request names ("the
  // API server returns 500"): svelte's dev-bench commits say "SSR" in 31 subjects, 29 of them changing server code.
  server: /\bSSR\b|\bserver[- ]side\b|\bon the server\b|\bserver[- ]render(?:ed|ing|s)?\b/giu,
  client: /\bCSR\b|\bclient[- ]side\b|\bon the client\b|\bclient[- ]render(?:ed|ing|s)?\b/giu,
};


/** Folder word → bit mask of its platforms (`apple` names two). */
const WORD_TO_PLATFORMS = new Map<string, number>();
PLATFORMS.forEach((p, i) => {
  for (const w of FOLDER_WORDS[p]) WORD_TO_PLATFORMS.set(w, (WORD_TO_PLATFORMS.get(w) ?? 0) | (1 << i));
});
const bit = (p: Platform): number => 1 << PLATFORMS.indexOf(p);

/**
 * Kotlin Multiplatform's target words, which name a platform only in a multiplatform layout: a source set
 * (`jsMain`, `iosX64Main`, `nativeTest`, `androidUnitTest`: the words before `Main`/`Test`) or a folder
 * beside a `common` one (kotlinx-coroutines' `core/{common,jvm,js,native}`). Elsewhere `js/` and `native/`
 * are a React Native library's JavaScript layer and its iOS-and-Android code.
 */
const TARGET_WORDS = new Map<string, number>([
  ['js', bit('web')], ['wasm', bit('web')], ['wasmjs', bit('web')], ['jsandwasmshared', bit('web')], ['native', bit('native')],
]);
const SOURCE_SET = /^([a-z][a-zA-Z0-9]*?)(?:Main|Test|UnitTest|InstrumentedTest)$/u;
const COMMON = new Set(['common', 'commonmain']);

const platformsOfWord = (word: string, multiplatform: boolean): number =>
  WORD_TO_PLATFORMS.get(word) ?? (multiplatform ? (TARGET_WORDS.get(word) ?? 0) : 0);

/** The platforms of a source set's name (0 for `commonMain`, `concurrentMain`, or no source set). */
const platformsOfSourceSet = (segment: string): number => {
  const target = SOURCE_SET.exec(segment)?.[1];
  if (target === undefined) return 0;
  let mask = 0;
  for (const word of target.split(/(?=[A-Z])/u)) mask |= platformsOfWord(word.toLowerCase(), true);
  return mask;
};

/**
 * Bit mask of the platforms a module path is named after (`android/src/main` → android): its deepest segment
 * that names any, so `unix/darwin.c` is macOS's and `unix/linux-inotify.c` Linux's, not both of `unix/`'s.
 * `multiplatform` holds the folders that have a `common` folder among their children.
 */
export const platformsOfPath = (path: string, multiplatform: ReadonlySet<string> = new Set()): number => {
  const original = path.split('/');
  const segments = path.toLowerCase().split('/');
  for (let i = segments.length - 1; i >= 0; i--) {
    const besideCommon = multiplatform.has(segments.slice(0, i).join('/'));
    let mask = platformsOfSourceSet(original[i] as string);
    for (const word of (segments[i] as string).split(/[-_.\s]+/u)) mask |= platformsOfWord(word, besideCommon);
    if (mask !== 0) return mask;
  }
  return 0;
};

/** Folders (lower case) with a `common` or `commonMain` child, as module paths show them. */
const multiplatformFolders = (paths: readonly string[]): Set<string> => {
  const folders = new Set<string>();
  for (const path of paths) {
    const segments = path.toLowerCase().split('/');
    segments.forEach((s, i) => {
      if (COMMON.has(s)) folders.add(segments.slice(0, i).join('/'));
    });
  }
  return folders;
};

/**
 * The desktop systems, whose code a folder named after one may hold for another: not the other Unixes (libuv's
 * `unix/aix.c` is Unix code still), nor the web or the mobile systems (an Android app's `…/web/WebViewClient.java`).
 */
const DESKTOP_SYSTEMS = bit('macos') | bit('windows') | bit('linux');

/**
 * Per module, the platforms its path names (0 for shared code). A folder named after one system that holds
 * another's code below it, in its files or its child modules, is shared code: lwt's `src/unix` (OCaml's `Unix`
 * API on every system) holds `windows_c/`, and "made on Windows" had divided its score.
 */
export const findPlatformModules = (graph: ModuleGraph): Int32Array => {
  const multiplatform = multiplatformFolders(graph.modules.map((m) => m.path));
  // A Unix folder is one platform's only beside Windows code: cohttp's `cohttp-lwt-unix` (Lwt's Unix bindings, the
  // only backend of its kind) is no Linux or macOS module in a repository that holds nothing for Windows.
  const product = productPlatforms(graph);
  const unixContrasted = holdsWindowsCode(graph);
  const below = (prefix: string): string[] => [
    ...graph.modules.filter((o) => o.path.startsWith(prefix)).map((o) => o.path.slice(prefix.length)),
  ];
  return Int32Array.from(graph.modules, (m) => {
    const ofPath = platformsOfPath(m.path, multiplatform) & ~product;
    // (exactly the bits only `unix` and `posix` give together)
    const mask = ofPath === UNIX_ONLY && !unixContrasted ? 0 : ofPath;
    if ((mask & DESKTOP_SYSTEMS) === 0 || m.path === '') return mask;
    const prefix = `${m.path}/`;
    const inside = [...m.files.filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length)), ...below(prefix)];
    // (any folder or file below: `windows_c/lwt_unix_stubs.c` is Windows code though its name says unix)
    const foreign = inside.some((p) => p.split('/').some((segment) => {
      const named = platformsOfPath(segment);
      return (named & DESKTOP_SYSTEMS & ~mask) !== 0 && (named & mask) === 0;
    }));
    return foreign ? 0 : mask;
  });
};

/** The platforms `unix` and `posix` name. */
const UNIX_ONLY = bit('android') | bit('macos') | bit('linux') | bit('bsd');

/** Whether a folder or file of the repository is named after Windows (libuv's `src/win`, nginx's `src/os/win32`). */
const holdsWindowsCode = (graph: ModuleGraph): boolean => {
  // (each folder and file name once: a folder's name repeats in every path below it)
  const names = new Set<string>();
  for (const m of graph.modules) {
    for (const segment of m.path.split('/')) names.add(segment);
    for (const f of m.files) for (const segment of f.split('/')) names.add(segment.replace(/\.[^.]*$/u, ''));
  }
  const windows = bit('windows');
  return [...names].some((name) => (platformsOfPath(name) & windows) !== 0);
};

/**
 * Platforms the product itself is named after: a word of the repository folder's name or of its largest module's
 * manifest name (not its folder's: libuv's largest is `src/unix`), as actix-web's crates `actix-web`, `actix-web-actors` and `actix-web-codegen` are
 * named after the framework, not the browser; "sent from browsers" had lifted them over `actix-http`.
 */
const productPlatforms = (graph: ModuleGraph): number => {
  const largest = graph.modules.reduce<ModuleGraph['modules'][number] | undefined>((best, m) => (best === undefined || m.files.length > best.files.length ? m : best), undefined);
  const names = [graph.root.split(/[\\/]/u).pop() ?? '', largest?.name ?? ''];
  let mask = 0;
  for (const name of names) for (const word of name.toLowerCase().split(/[-_.\s@/]+/u)) mask |= WORD_TO_PLATFORMS.get(word) ?? 0;
  return mask;
};

/** The platforms a request names and those it is about (subjectsOfRequest.ts). */
export const platformsOfRequest = (query: string): { named: number; about: number } => subjectsOfRequest(query, PLATFORMS.map((p) => REQUEST_WORDS[p]));

/**
 * Platforms whose code also runs on the one a request is about, so neither lifted nor divided by it: a JVM
 * source set runs on Android (okio's `jvmMain` holds what its Android users call; "on Android" had divided it),
 * while an `android/` folder, where there is one, still leads.
 */
const RUNS_ON: Partial<Record<Platform, number>> = { android: bit('jvm') };
export const hostPlatforms = (about: number): number => {
  let mask = 0;
  PLATFORMS.forEach((p, i) => {
    if ((about & (1 << i)) !== 0) mask |= RUNS_ON[p] ?? 0;
  });
  return mask;
};

export const platformNames = (mask: number): Platform[] => PLATFORMS.filter((_, i) => (mask & (1 << i)) !== 0);

/**
 * Platforms fall in two axes: where code runs (an OS, the web, a VM) and which side of a web framework renders it
 * (server, client). A request about one axis reads only that axis's folders: "On Android, …" divides no `server/`
 * or API `client/` folder, "during SSR" no `android/` one. The bits of the axes `about` touches.
 */
const SIDES = bit('server') | bit('client');
export const platformAxes = (about: number): number => ((about & SIDES) !== 0 ? SIDES : 0) | ((about & ~SIDES) !== 0 ? ~SIDES : 0);

