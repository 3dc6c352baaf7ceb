import { ModrouteError } from '../errors.ts';

// Lives here rather than in src/errors.ts only because this change may not touch that file;
// move it there when errors.ts is next edited.
/** A file that is not a usable GGUF model or adapter: not GGUF at all, truncated, or malformed. */
export class GgufFormatError extends ModrouteError {
  readonly file: string;
  readonly reason: 'not-gguf' | 'unsupported-version' | 'truncated' | 'malformed';
  constructor(file: string, reason: GgufFormatError['reason'], detail: string) {
    super(`${file} is not a usable GGUF file: ${detail}`, {
      hint:
        reason === 'truncated'
          ? 'The file is incomplete (an interrupted download or copy?). Download or write it again.'
          : 'Pass a GGUF model file (for example one made by `modroute model tiny --out model.gguf`).',
      exitCode: 2,
    });
    this.file = file;
    this.reason = reason;
  }
}
