import { exampleChat, type Exporter } from './Exporter.ts';

const from = { system: 'system', user: 'human', assistant: 'gpt' } as const;

/**
 * ShareGPT JSON (an array): `{"conversations": [{from: "system"}, {from: "human"}, {from: "gpt"}]}`,
 * the layout unsloth (standardize_sharegpt), LLaMA-Factory (formatting: sharegpt) and Axolotl read.
 */
export const sharegptExporter: Exporter = {
  summary: 'ShareGPT JSON array: {"conversations":[{from:"system"},{from:"human"},{from:"gpt"}]}',
  fileName: (split) => `${split}.json`,
  render: (examples, ctx) =>
    JSON.stringify(
      examples.map((e) => ({ conversations: exampleChat(e, ctx).map((m) => ({ from: from[m.role], value: m.content })) })),
      null,
      1,
    ),
};
