import { tokenTypes } from '../ggufConstants.ts';

/**
 * Qwen3's special tokens. The ChatML markers are control tokens (never produced from plain text,
 * not printed when detokenizing without specials); <think> and </think> are user-defined, so
 * llama.cpp always matches them in text and always prints them, as in Qwen3's own vocabulary.
 */
export const specialTokens = [
  { text: '<|endoftext|>', type: tokenTypes.control },
  { text: '<|im_start|>', type: tokenTypes.control },
  { text: '<|im_end|>', type: tokenTypes.control },
  { text: '<think>', type: tokenTypes.userDefined },
  { text: '</think>', type: tokenTypes.userDefined },
] as const;

/** ChatML, as Qwen models use it (without Qwen3's tool-calling branches). */
export const chatTemplate =
  "{%- for message in messages %}{{- '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}{%- endfor %}" +
  "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}";
