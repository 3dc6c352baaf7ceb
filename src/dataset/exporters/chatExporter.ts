import { exampleChat, type Exporter } from './Exporter.ts';

/** OpenAI chat fine-tuning JSONL: one `{"messages": [system, user, assistant]}` object per line. */
export const chatExporter: Exporter = {
  summary: 'OpenAI chat JSONL: {"messages":[{role:"system"},{role:"user"},{role:"assistant"}]} per line',
  fileName: (split) => `${split}.jsonl`,
  render: (examples, ctx) => examples.map((e) => JSON.stringify({ messages: exampleChat(e, ctx) })).join('\n') + (examples.length ? '\n' : ''),
};
