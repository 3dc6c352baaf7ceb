/**
 * llama.cpp's "qwen2" pre-tokenizer (LLAMA_VOCAB_PRE_TYPE_QWEN2), the GPT-4-style split: a letter
 * run with one leading non-letter, single digits, punctuation runs with trailing newlines,
 * newline runs, and whitespace that does not swallow the space before a word. BPE never merges
 * across these pieces, so the TS encoder must split exactly as llama.cpp does.
 */
const qwen2Split =
  /(?:'[sS]|'[tT]|'[rR][eE]|'[vV][eE]|'[mM]|'[lL][lL]|'[dD])|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+/gu;

/** The value written to `tokenizer.ggml.pre`; it selects the split above inside llama.cpp. */
export const preTokenizerName = 'qwen2';

export const preTokenize = (text: string): string[] => text.match(qwen2Split) ?? [];
