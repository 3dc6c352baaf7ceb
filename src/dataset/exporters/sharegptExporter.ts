import { assistantText, type Exporter } from './Exporter.ts';

/**
 * ShareGPT JSON (an array): `{"conversations": [{from: "system"}, {from: "human"}, {from: "gpt"}]}`,
 * the layout unsloth (standardize_sharegpt), LLaMA-Factory (formatting: sharegpt) and Axolotl read.
 */
export const sharegptExporter: Exporter = {
  summary: 'ShareGPT JSON array: {"conversations":[{from:"system"},{from:"human"},{from:"gpt"}]}',
  fileName: (split) => `${split}.json`,
  render: (examples, { systemPrompt }) =>
    JSON.stringify(
      examples.map((e) => ({
        conversations: [
          { from: 'system', value: systemPrompt },
          { from: 'human', value: e.prompt },
          { from: 'gpt', value: assistantText(e) },
        ],
      })),
      null,
      1,
    ),
};
