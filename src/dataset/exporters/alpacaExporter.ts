import { assistantText, type Exporter } from './Exporter.ts';

/** Alpaca JSON (an array): `{"instruction", "input", "output", "system"}`; the prompt is the input. */
export const alpacaExporter: Exporter = {
  summary: 'Alpaca JSON array: {"instruction","input","output","system"}',
  fileName: (split) => `${split}.json`,
  render: (examples, { systemPrompt }) =>
    JSON.stringify(
      examples.map((e) => ({
        instruction: 'Which module(s) of this repository does the following requirement concern?',
        input: e.prompt,
        output: assistantText(e),
        system: systemPrompt,
      })),
      null,
      1,
    ),
};
