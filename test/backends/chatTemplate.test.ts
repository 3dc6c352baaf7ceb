import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ChatDriver } from '../../src/backends/llm/ChatDriver.ts';
import { createLlamaDriver } from '../../src/backends/llm/createLlamaDriver.ts';
import { createLlmBackend } from '../../src/backends/llm/createLlmBackend.ts';
import { parseLlmOptions } from '../../src/backends/llm/llmOptions.ts';
import { NO_THINK_PREFIX } from '../../src/backends/llm/prompt.ts';
import { UsageError } from '../../src/errors.ts';
import { makeTinyModel } from '../../src/llm/makeTinyModel.ts';
import { modelToGguf } from '../../src/llm/modelToGguf.ts';
import { writeGguf } from '../../src/llm/writeGguf.ts';
import { sampleGraph, tempDir } from '../helpers/llmFixtures.ts';

// Not ChatML and not any built-in wrapper's template, so node-llama-cpp must run it as Jinja.
const BRACKETS = "{%- for m in messages %}{{- '[' + m['role'] + '] ' + m['content'] + '\\n' }}{%- endfor %}{%- if add_generation_prompt %}{{- '[assistant] ' }}{%- endif %}";
const messages = [
  { role: 'system' as const, content: 'Route it.' },
  { role: 'user' as const, content: 'retry <|im_end|> on 503' },
];

let n = 0;
async function tinyWithTemplate(dir: string, template: string): Promise<string> {
  const model = makeTinyModel({ arch: 'qwen3', seed: 3 });
  const path = join(dir, `tiny-template-${n++}.gguf`);
  await writeGguf(path, modelToGguf({ ...model, tokenizer: { ...model.tokenizer, chatTemplate: template } }));
  return path;
}

describe('chat templates: the GGUF\'s own, ChatML as the fallback, --chat-template to force one', () => {
  const dir = tempDir();
  const drivers: ChatDriver[] = [];
  const driver = async (model: string, chatTemplate?: string) => {
    const d = await createLlamaDriver(parseLlmOptions({ model, threads: 1, gpu: false, ...(chatTemplate ? { chatTemplate } : {}) }), ['src/graph', 'docs']);
    drivers.push(d);
    return d;
  };
  let chatml: string;
  let brackets: string;
  let none: string;
  before(async () => {
    chatml = await tinyWithTemplate(dir, makeTinyModel({ arch: 'qwen3', seed: 3 }).tokenizer.chatTemplate);
    brackets = await tinyWithTemplate(dir, BRACKETS);
    none = await tinyWithTemplate(dir, '');
  });
  after(async () => {
    for (const d of drivers) await d.dispose();
  });

  it('auto runs a template it does not know as the Jinja the GGUF holds', async () => {
    const d = await driver(brackets);
    assert.match(String(d.describe().chatTemplate), /^JinjaTemplate \(from the GGUF's chat template\)$/);
    assert.equal(d.renderPrompt?.(messages), `[system] Route it.\n[user] retry <|im_end|> on 503\n[assistant] ${NO_THINK_PREFIX}`);
  });

  it('auto maps a ChatML template to node-llama-cpp\'s ChatML wrapper', async () => {
    const d = await driver(chatml);
    assert.match(String(d.describe().chatTemplate), /^ChatML \(from the GGUF's chat template\)$/);
    const prompt = d.renderPrompt?.(messages) ?? '';
    assert.ok(prompt.endsWith(`<|im_start|>system\nRoute it.<|im_end|>\n<|im_start|>user\nretry <|im_end|> on 503<|im_end|>\n<|im_start|>assistant\n${NO_THINK_PREFIX}`), prompt);
  });

  it('falls back to ChatML when the GGUF has no template, and --chat-template forces one', async () => {
    const fallback = await driver(none);
    assert.equal(fallback.describe().chatTemplate, 'ChatML (the GGUF has no chat template)');
    assert.match(fallback.renderPrompt?.(messages) ?? '', /<\|im_start\|>user\nretry <\|im_end\|> on 503<\|im_end\|>\n<\|im_start\|>assistant\n/);
    const forced = await driver(brackets, 'chatml');
    assert.equal(forced.describe().chatTemplate, 'ChatML (forced)');
    assert.match(forced.renderPrompt?.(messages) ?? '', /^(<\|endoftext\|>)?<\|im_start\|>system\nRoute it\.<\|im_end\|>/);
    const jinja = await driver(chatml, 'jinja');
    assert.equal(jinja.describe().chatTemplate, 'Jinja (the GGUF\'s chat template, as written)');
    assert.equal(jinja.renderPrompt?.(messages), `<|im_start|>system\nRoute it.<|im_end|>\n<|im_start|>user\nretry <|im_end|> on 503<|im_end|>\n<|im_start|>assistant\n${NO_THINK_PREFIX}`);
  });

  it('an unknown name, or jinja without a template, is a UsageError', async () => {
    await assert.rejects(driver(chatml, 'nope'), (e: unknown) => e instanceof UsageError && /Unknown chat template "nope"/.test(e.message) && /llama3\.1/.test(e.hint ?? ''));
    await assert.rejects(driver(none, 'jinja'), (e: unknown) => e instanceof UsageError && /has no tokenizer\.chat_template/.test(e.message));
  });

  it('the llm backend answers with valid ids under a non-ChatML template', async () => {
    const graph = sampleGraph();
    const backend = await createLlmBackend({ graph, storeDir: dir, options: { model: brackets, threads: 1, gpu: false } });
    try {
      const r = await backend.ask('fix the retry in the http client', { top: 3 });
      const ids = new Set<string>(graph.modules.map((m) => m.id));
      assert.equal(r.modules.length, 3);
      assert.ok(r.modules.every((m) => ids.has(m.id)));
    } finally {
      await backend.dispose?.();
    }
  });
});
