import type { SkipReason } from './ParseJob.ts';

const generatedName = /(\.pb\.(go|h|cc)|_pb2(_grpc)?\.py|\.g\.dart|\.freezed\.dart|\.designer\.cs|\.g\.cs|\.g\.i\.cs)$/i;
const minifiedName = /\.min\.(js|mjs|cjs|css)$/i;
// Visual C++ stamps its resource headers "//{{NO_DEPENDENCIES}} // Microsoft Visual C++ generated include file.".
// "auto-generated" says so of the file, not of what the code makes ("how auto-generated names … are
// generated", typeorm's NamingStrategyInterface.ts): not when a plain word other than file or code follows.
const generatedMarker = /@generated|DO NOT EDIT|[Cc]ode generated|[Aa]uto-?generated(?!\s+(?!(?:file|code|source|content|by|from|using|with|on|at|via|for)\b)[a-z])|\{\{NO_DEPENDENCIES\}\}|\bgenerated (?:include|header|source) file\b|^\W*[Gg]enerated by\b/m;
const scriptOrStyle = /\.(js|mjs|cjs|css)$/i;
// Below a licence header the notice can sit further down (hugo's `*.autogen.go`: line 14), so the first 40
// lines are read too, but only for a comment line that says so of the whole file.
const generatedHeader = /^[ \t]*(?:\/\/|#|\*|\/\*)[ \t]*(?:this (?:file|code) (?:is|was|has been) (?:auto-?generated|automatically generated|generated)|code generated .*do not edit|@generated|do not edit)/imu;

/** Skip decisions that need only the path, so the file is not even read. */
export const classifyPath = (path: string): SkipReason | undefined => {
  if (minifiedName.test(path)) return 'minified';
  if (generatedName.test(path)) return 'generated';
  return undefined;
};

/** A NUL byte early on means binary: text encodings we index never contain one. */
export const looksBinary = (bytes: Uint8Array): boolean => bytes.subarray(0, 8192).includes(0);

/** Generated and minified files describe no hand-written module; they only add noise. */
export const classifyText = (path: string, text: string, lineCount = countLines(text)): SkipReason | undefined => {
  if (generatedMarker.test(firstLines(text, 5)) || generatedHeader.test(firstLines(text, 40))) return 'generated';
  if (text.length > 2048 && text.length / Math.max(lineCount, 1) > 300) return 'minified';
  if (scriptOrStyle.test(path) && hasLineLongerThan(text, 5000)) return 'minified';
  return undefined;
};

export const countLines = (text: string): number => {
  if (text === '') return 0;
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return text.endsWith('\n') ? lines - 1 : lines;
};

const firstLines = (text: string, count: number): string => {
  let end = -1;
  for (let i = 0; i < count; i++) {
    end = text.indexOf('\n', end + 1);
    if (end === -1) return text.slice(0, 2000);
  }
  return text.slice(0, Math.min(end, 2000));
};

const hasLineLongerThan = (text: string, max: number): boolean => {
  let start = 0;
  for (let end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
    if ((end === -1 ? text.length : end) - start > max) return true;
    if (end === -1) return false;
    start = end + 1;
  }
};
