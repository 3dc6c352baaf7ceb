// The parse layer's public surface: graph/ and api/ import from here.
export { createParser } from './createParser.ts';
export { createParsePool, type ParsePool, type ParsePoolOptions } from './createParsePool.ts';
export { parseFileInThread, warmParserInThread } from './parseFileInThread.ts';
export type { ParseJob, ParseResult, SkipReason } from './ParseJob.ts';
export { EXTRACTION_VERSION } from './extractionVersion.ts';
