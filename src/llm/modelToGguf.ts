import type { GgufFile, GgufMetadata } from './GgufFile.ts';
import { f32, i32s, str, strings, u32, f32s } from './GgufFile.ts';
import { GGUF_DEFAULT_ALIGNMENT, llamaFileTypes } from './ggufConstants.ts';
import type { Model } from './TinyModel.ts';
import { preTokenizerName } from './tokenizer/preTokenize.ts';

/** The metadata and tensors llama.cpp needs to load the model (keys as in llama-arch.cpp). */
export function modelToGguf(model: Model, name = `modroute-tiny-${model.config.arch}`): GgufFile {
  const c = model.config;
  const t = model.tokenizer;
  const a = c.arch;
  const metadata: GgufMetadata = {
    'general.architecture': str(a),
    'general.type': str('model'),
    'general.name': str(name),
    'general.alignment': u32(GGUF_DEFAULT_ALIGNMENT),
    'general.file_type': u32(llamaFileTypes.allF32),
    [`${a}.vocab_size`]: u32(c.vocabSize),
    [`${a}.context_length`]: u32(c.contextLength),
    [`${a}.embedding_length`]: u32(c.embeddingLength),
    [`${a}.block_count`]: u32(c.blockCount),
    [`${a}.feed_forward_length`]: u32(c.feedForwardLength),
    [`${a}.attention.head_count`]: u32(c.headCount),
    [`${a}.attention.head_count_kv`]: u32(c.headCountKv),
    [`${a}.attention.key_length`]: u32(c.headDim),
    [`${a}.attention.value_length`]: u32(c.headDim),
    [`${a}.attention.layer_norm_rms_epsilon`]: f32(c.rmsEpsilon),
    [`${a}.rope.freq_base`]: f32(c.ropeFreqBase),
    [`${a}.rope.dimension_count`]: u32(c.headDim),
    'tokenizer.ggml.model': str('gpt2'),
    'tokenizer.ggml.pre': str(preTokenizerName),
    'tokenizer.ggml.tokens': strings(t.tokens),
    'tokenizer.ggml.token_type': i32s(t.tokenTypes),
    'tokenizer.ggml.scores': f32s(t.tokens.map(() => 0)),
    'tokenizer.ggml.merges': strings(t.merges),
    'tokenizer.ggml.bos_token_id': u32(t.bosId),
    'tokenizer.ggml.eos_token_id': u32(t.eosId),
    'tokenizer.ggml.unknown_token_id': u32(t.unkId),
    'tokenizer.ggml.padding_token_id': u32(t.padId),
    'tokenizer.ggml.add_bos_token': { type: 'bool', value: false },
    'tokenizer.chat_template': str(t.chatTemplate),
  };
  const tensors = [...model.weights].map(([tensorName, w]) => ({ name: tensorName, dims: w.dims, type: 'f32' as const, data: w.data }));
  return { metadata, tensors };
}
