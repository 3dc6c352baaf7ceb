/**
 * Every error a user can cause. Each says what was wrong, where, and what to do next.
 * Exit codes: 1 = ran but failed, 2 = user-fixable (bad usage, bad input, missing index).
 * Anything that is not a ModrouteError is a bug, and the CLI shows its stack.
 */
export class ModrouteError extends Error {
  readonly hint: string | undefined;
  readonly exitCode: number;
  constructor(message: string, options: { hint?: string; exitCode?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? 1;
  }
}

/** Bad usage or bad input: exit code 2. */
export class UsageError extends ModrouteError {
  constructor(message: string, hint?: string) {
    super(message, { hint, exitCode: 2 });
  }
}

export class RepoNotFoundError extends ModrouteError {
  constructor(path: string, found: 'missing' | 'file') {
    super(found === 'missing' ? `Repository directory not found: ${path}` : `Not a directory: ${path}`, {
      hint: 'Pass the root directory of a repository, e.g. `modroute index path/to/repo`.',
      exitCode: 2,
    });
  }
}

/** A config file or module list failed validation; names the file, the field and what was expected. */
export class ConfigError extends ModrouteError {
  readonly file: string;
  constructor(file: string, problems: string[], hint?: string) {
    super(`Invalid ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`, {
      hint: hint ?? 'Fix the file and run the command again.',
      exitCode: 2,
    });
    this.file = file;
  }
}

export class IndexMissingError extends ModrouteError {
  constructor(dbPath: string) {
    super(`No modroute index at ${dbPath}`, {
      hint: 'Run `modroute index` in the repository first (or pass --db PATH).',
      exitCode: 2,
    });
  }
}

export class IndexCorruptError extends ModrouteError {
  constructor(dbPath: string, detail: string) {
    super(`The index at ${dbPath} is not a usable modroute index: ${detail}`, {
      hint: 'Run `modroute index --rebuild` to recreate it (the file will be replaced).',
      exitCode: 2,
    });
  }
}

/**
 * SQLite itself could not load (better-sqlite3's native module is missing or was built for another Node.js): the
 * index file is not at fault, and `index --rebuild` would only replace a good file (zap's review saw that hint while
 * `npm ci` was rebuilding the module beside it).
 */
export class SqliteUnavailableError extends ModrouteError {
  constructor(detail: string) {
    super(`SQLite could not be loaded (better-sqlite3's native module): ${detail}`, {
      hint: 'Reinstall it with `npm rebuild better-sqlite3` (or `npm ci`) under the Node.js that runs modroute; the index was not touched.',
      exitCode: 1,
    });
  }
}

export class IndexSchemaMismatchError extends ModrouteError {
  constructor(dbPath: string, expected: number, actual: number) {
    super(`The index at ${dbPath} has schema v${actual}, this modroute expects v${expected}`, {
      hint: 'Run `modroute index` to rebuild it for this version.',
      exitCode: 2,
    });
  }
}

export class IndexLockedError extends ModrouteError {
  constructor(lockPath: string, pid: number) {
    super(`Another \`modroute index\` (pid ${pid}) is already writing this index (${lockPath})`, {
      hint: 'Wait for it to finish (an `index --watch` runs until stopped with Ctrl-C). If no such process is running, delete the lock file.',
      exitCode: 2,
    });
  }
}

/** `index --watch` on a directory where discovery finds no module: nothing it could keep up to date. */
export class NothingToWatchError extends ModrouteError {
  constructor(root: string) {
    super(`Nothing to watch in ${root}: no modules were found`, {
      hint: 'Point it at a repository with source files, or name the modules with --modules FILE or modroute.config.json.',
      exitCode: 2,
    });
  }
}

/** The system refused another directory watch (inotify's max_user_watches, or open files); the watch then polls. */
export class WatchLimitError extends ModrouteError {
  constructor(dir: string, code: string) {
    super(`Cannot watch ${dir || '.'}: ${code}`, { hint: 'Raise fs.inotify.max_user_watches, or let the watch poll.', exitCode: 2 });
  }
}

export class UnknownModuleError extends ModrouteError {
  constructor(id: string, suggestions: string[]) {
    super(`Unknown module: ${id}`, {
      hint: suggestions.length
        ? `Did you mean: ${suggestions.join(', ')}? See \`modroute modules\`.`
        : 'See `modroute modules` for the list of module ids.',
      exitCode: 2,
    });
  }
}

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

/** A model file for the llm backends that is missing, unreadable, or too large for this machine. */
export class ModelFileError extends ModrouteError {
  readonly file: string;
  constructor(file: string, detail: string, hint?: string) {
    super(`Cannot use the model ${file}: ${detail}`, {
      hint: hint ?? 'Pass a GGUF model with --model FILE.gguf (try `modroute model tiny --out tiny.gguf`), or use another --backend.',
      exitCode: 2,
    });
    this.file = file;
  }
}

/** A LoRA adapter that does not fit the base model (another architecture or other tensor shapes). */
export class AdapterMismatchError extends ModrouteError {
  constructor(adapter: string, model: string, detail: string) {
    super(`The adapter ${adapter} does not fit the model ${model}: ${detail}`, {
      hint: 'Use the adapter with the base model it was trained on, or drop --lora.',
      exitCode: 2,
    });
  }
}

/** The prompt does not fit the model's context even with every candidate card trimmed. */
export class PromptTooLongError extends ModrouteError {
  constructor(tokens: number, contextSize: number) {
    super(`The prompt needs ${tokens} tokens, the context holds ${contextSize} (candidate cards already trimmed)`, {
      hint: 'Shorten the requirement, lower --think, or use a model with a larger context.',
      exitCode: 2,
    });
  }
}

/** An OpenAI-compatible endpoint that could not be reached or did not answer in time. */
export class EndpointUnreachableError extends ModrouteError {
  constructor(endpoint: string, detail: string, attempts: number) {
    super(`The endpoint ${endpoint} did not answer (${detail}; ${attempts} attempt${attempts === 1 ? '' : 's'})`, {
      hint: 'Check that the server runs and --endpoint is its base URL (e.g. http://localhost:8080/v1); for a slow model raise llm.timeoutMs in modroute.config.json (default 30000).',
      exitCode: 2,
    });
  }
}

/** The endpoint refused the API key (HTTP 401/403). */
export class EndpointAuthError extends ModrouteError {
  constructor(endpoint: string, status: number, keyEnv: string, keySet: boolean) {
    super(`The endpoint ${endpoint} refused the request with HTTP ${status} (${keySet ? `the key in $${keyEnv} was rejected` : `no key: $${keyEnv} is not set`})`, {
      hint: `Export a valid key in $${keyEnv}, or name another variable with --api-key-env.`,
      exitCode: 2,
    });
  }
}

/** The endpoint answered, but not with a usable OpenAI chat completion. */
export class EndpointResponseError extends ModrouteError {
  constructor(endpoint: string, detail: string) {
    super(`The endpoint ${endpoint} answered with something that is not a usable chat completion: ${detail}`, {
      hint: 'Point --endpoint at an OpenAI-compatible chat API (llama.cpp server, Ollama, vLLM, LM Studio) and check --model.',
      exitCode: 2,
    });
  }
}
