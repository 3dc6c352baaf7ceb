import { exampleChat, type Exporter } from './Exporter.ts';

/** Alpaca JSON (an array): `{"instruction", "input", "output", "system"}`; the user turn is the input. */
export const alpacaExporter: Exporter = {
  summary: 'Alpaca JSON array: {"instruction","input","output","system"}',
  fileName: (split) => `${split}.json`,
  render: (examples, ctx) =>
    JSON.stringify(
      examples.map((e) => {
        const [system, user, assistant] = exampleChat(e, ctx);
        return {
          instruction: 'Which module(s) of this repository does the following requirement concern?',
          input: user?.content ?? '',
          output: assistant?.content ?? '',
          system: system?.content ?? '',
        };
      }),
      null,
      1,
    ),
};
