import { Command, Option } from 'commander';
import { openSession } from '../../api/openSession.ts';
import { backendNames } from '../../backends/registry.ts';
import { type CommonOptions, parsePositiveInt, withCommon } from '../commonOptions.ts';
import { err, out, printJson } from '../output.ts';

/** Flags of the model backends (llm, openai, rag, agent); the same on every command that runs a backend. */
export interface BackendFlags {
  model?: string;
  lora?: string[];
  endpoint?: string;
  apiKeyEnv?: string;
  think?: number | true;
  shortlist?: number;
  threads?: number;
  chatTemplate?: string;
  structured?: string;
}

export const withBackendOptions = (cmd: Command): Command =>
  cmd
    .option('--model <file|name>', 'llm: GGUF model file; openai: model name')
    .option('--lora <file[:scale]>', 'llm: LoRA adapter GGUF, repeatable', (v: string, prev: string[] = []) => [...prev, v])
    .option('--endpoint <url>', 'openai: base URL of an OpenAI-compatible API, e.g. http://localhost:8080/v1')
    .option('--api-key-env <name>', 'openai: environment variable holding the API key (default OPENAI_API_KEY)')
    .option('--think [budget]', 'let the model reason up to this many tokens first (default 256)', parsePositiveInt('--think'))
    .option('--shortlist <k>', 'put the top K lexical candidates\' cards in the prompt', parsePositiveInt('--shortlist'))
    .option('--threads <n>', 'llm: CPU threads (default: number of cores)', parsePositiveInt('--threads'))
    .addOption(new Option('--structured <mode>', 'openai: auto (JSON-schema output, free text if the server refuses it), json_schema, none').choices(['auto', 'json_schema', 'none']))
    .option('--chat-template <name>', 'llm: auto (the GGUF\'s own template; ChatML when it has none), jinja, chatml, or a node-llama-cpp wrapper (llama3.1, gemma, mistral, …)');

/** Backend options from the flags; the API key is read here, where the environment may be touched. */
export const backendOptionsFrom = (flags: BackendFlags): Record<string, unknown> => {
  const keyEnv = flags.apiKeyEnv ?? 'OPENAI_API_KEY';
  const entries = {
    model: flags.model, lora: flags.lora, endpoint: flags.endpoint, apiKeyEnv: flags.apiKeyEnv, apiKey: process.env[keyEnv] || undefined,
    think: flags.think === true ? 256 : flags.think, shortlist: flags.shortlist, threads: flags.threads, chatTemplate: flags.chatTemplate,
    structured: flags.structured,
  };
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));
};

interface AskFlags extends CommonOptions, BackendFlags {
  backend: string;
  top: number;
  asOf?: string;
}

export const askCommand = () =>
  withCommon(withBackendOptions(
    new Command('ask')
      .summary('which modules does this requirement concern?')
      .description('Rank the modules of the index for a requirement, bug report or change note, each with a short reason.')
      .argument('<requirement...>', 'the requirement text (quote it, or pass several words; - reads it from standard input, e.g. a bug report piped in)')
      .addOption(new Option('-b, --backend <name>', `backend: auto, ${backendNames.join(', ')}`).default('auto'))
      .option('-k, --top <k>', 'how many modules to return', parsePositiveInt('--top'), 5)
      .option('--as-of <date|commit>', 'use only history before this date or commit')),
  ).action(async (words: string[], flags: AskFlags) => {
    const requirement = words.length === 1 && words[0] === '-' ? await readStdin() : words.join(' ');
    const session = await openSession({ ...flags, backendOptions: backendOptionsFrom(flags) });
    try {
      const answer = await session.ask(requirement, { backend: flags.backend, top: flags.top, checkEdits: true, ...(flags.asOf ? { asOf: flags.asOf } : {}) });
      if (flags.json) return printJson({ ...answer, elapsedMs: Math.round(answer.elapsedMs * 100) / 100 });
      for (const w of answer.warnings) err(`warning: ${w}`);
      if (answer.modules.length === 0) {
        out('No module matches this requirement.');
        return;
      }
      answer.modules.forEach((m, i) => out(`${String(i + 1).padStart(2)}. ${m.id}  (${m.score.toFixed(3)})\n    ${m.reason}`));
      // fewer than asked for, said (black's review had asked for 10 and read 8 of its 9 modules: the others matched nothing)
      const fewer = answer.modules.length < flags.top ? `, ${answer.modules.length} of the ${flags.top} asked for` : '';
      if (!flags.quiet) err(`[${answer.backend}, ${answer.elapsedMs.toFixed(1)} ms${fewer}]`);
    } finally {
      await session.dispose();
    }
  });

/** All of standard input (`modroute ask -`), as UTF-8. */
const readStdin = async (): Promise<string> => {
  if (process.stdin.isTTY) err('reading the requirement from standard input; end it with Ctrl-D');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};
