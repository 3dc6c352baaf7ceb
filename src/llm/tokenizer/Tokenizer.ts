/** A gpt2-style byte-level BPE vocabulary, as stored under `tokenizer.ggml.*` in GGUF. */
export interface Tokenizer {
  /** Token texts in id order, byte-level encoded (space is "Ġ"); special tokens verbatim. */
  tokens: string[];
  /** llama.cpp token types (see tokenTypes), parallel to tokens. */
  tokenTypes: number[];
  /** Merge rules "left right", highest priority first. */
  merges: string[];
  bosId: number;
  eosId: number;
  unkId: number;
  padId: number;
  chatTemplate: string;
}
