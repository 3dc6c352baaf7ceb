import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { encodeGguf } from '../../src/llm/encodeGguf.ts';
import { bool, f32, f32s, i32s, str, strings, u32, type GgufFile } from '../../src/llm/GgufFile.ts';
import { GgufFormatError } from '../../src/errors.ts';
import { fromHalfBits, toHalfBits } from '../../src/llm/halfFloat.ts';
import { parseGguf, readGguf } from '../../src/llm/readGguf.ts';
import { readTensorData } from '../../src/llm/readTensorData.ts';
import { summarizeGguf } from '../../src/llm/summarizeGguf.ts';
import { writeGguf } from '../../src/llm/writeGguf.ts';
import { llmTempDir, writeTinyModel } from './tinyModelFiles.ts';

const sample = (): GgufFile => ({
  metadata: {
    'general.architecture': str('llama'),
    'general.alignment': u32(32),
    'test.u8': { type: 'uint8', value: 255 },
    'test.i8': { type: 'int8', value: -128 },
    'test.u16': { type: 'uint16', value: 65535 },
    'test.i16': { type: 'int16', value: -32768 },
    'test.i32': { type: 'int32', value: -5 },
    'test.f32': f32(0.5),
    'test.f64': { type: 'float64', value: Math.PI },
    'test.u64': { type: 'uint64', value: 2n ** 63n },
    'test.i64': { type: 'int64', value: -(2n ** 40n) },
    'test.bool': bool(true),
    'test.unicode': str('Ġ<think>é漢'),
    'test.strings': strings(['a', '', 'Ġb c']),
    'test.ints': i32s([1, -2, 3]),
    'test.floats': f32s([0.25, -1.5]),
    'test.empty': strings([]),
  },
  tensors: [
    { name: 'odd', dims: [3], type: 'f32', data: Float32Array.from([1, 2, 3]) },
    { name: 'matrix', dims: [2, 3], type: 'f32', data: Float32Array.from([1, 2, 3, 4, 5, 6]) },
    { name: 'half', dims: [5], type: 'f16', data: Float32Array.from([0, -2, 0.5, 65504, 1 / 3]) },
  ],
});

describe('GGUF writer and reader', () => {
  it('round-trips metadata of every type, tensor dims and data, with 32-byte alignment', () => {
    const bytes = encodeGguf(sample());
    const info = parseGguf('sample.gguf', bytes);
    assert.equal(info.version, 3);
    assert.deepEqual(info.metadata, sample().metadata);
    assert.deepEqual(info.tensors.map((t) => [t.name, t.dims, t.typeName]), [['odd', [3], 'F32'], ['matrix', [2, 3], 'F32'], ['half', [5], 'F16']]);
    assert.equal(info.dataOffset % 32, 0);
    for (const t of info.tensors) assert.equal((t.offset - info.dataOffset) % 32, 0, t.name);
    assert.deepEqual(Array.from(readTensorData(bytes, info.tensors[1]!)), [1, 2, 3, 4, 5, 6]);
    const half = Array.from(readTensorData(bytes, info.tensors[2]!));
    assert.deepEqual(half.slice(0, 4), [0, -2, 0.5, 65504]);
    assert.ok(Math.abs((half[4] ?? 0) - 1 / 3) < 2e-4);
    assert.equal(bytes.length, info.tensors[2]!.offset + 32); // 10 bytes of f16, padded to 32
  });

  it('f16 conversion rounds to nearest even and keeps subnormals, infinities and signs', () => {
    for (const v of [1, -1, 2 ** -24, 2 ** -14, 65504, 0.1, -3.140625]) assert.ok(Math.abs(fromHalfBits(toHalfBits(v)) - v) <= Math.abs(v) * 1e-3, String(v));
    assert.equal(toHalfBits(1 + 2 ** -11), 0x3c00); // halfway: ties to even (down)
    assert.equal(toHalfBits(1 + 3 * 2 ** -11), 0x3c02); // halfway: ties to even (up)
    assert.equal(fromHalfBits(toHalfBits(1e6)), Infinity);
    assert.equal(toHalfBits(-0), 0x8000);
  });

  it('a tiny model file is byte-identical for the same seed and differs for another', async () => {
    const dir = llmTempDir();
    const a = await writeTinyModel(dir, 'qwen3', 3);
    const b = await writeTinyModel(llmTempDir(), 'qwen3', 3);
    const c = await writeTinyModel(dir, 'qwen3', 4);
    assert.deepEqual(readFileSync(a.path), readFileSync(b.path));
    assert.notDeepEqual(readFileSync(a.path), readFileSync(c.path));
  });

  it('summarizes architecture, context length, vocabulary and parameters', async () => {
    const { model, path } = await writeTinyModel(llmTempDir(), 'llama');
    const s = summarizeGguf(await readGguf(path));
    assert.deepEqual(
      [s.type, s.architecture, s.contextLength, s.embeddingLength, s.blockCount, s.vocabSize, s.tokenizer, s.tensorCount],
      ['model', 'llama', 512, 64, 2, model.config.vocabSize, 'gpt2', 21],
    );
    assert.equal(s.parameterCount, [...model.weights.values()].reduce((n, w) => n + w.data.length, 0));
  });

  it('rejects a non-GGUF file and an empty file as not-gguf', async () => {
    const dir = llmTempDir();
    writeFileSync(join(dir, 'model.gguf'), '{"not": "a model"}\n');
    writeFileSync(join(dir, 'empty.gguf'), '');
    for (const name of ['model.gguf', 'empty.gguf']) {
      await assert.rejects(readGguf(join(dir, name)), (e: unknown) => {
        assert.ok(e instanceof GgufFormatError);
        assert.equal(e.reason, 'not-gguf');
        assert.equal(e.exitCode, 2);
        return true;
      });
    }
    await assert.rejects(readGguf(join(dir, 'model.gguf')), /expected the magic "GGUF" at the start, found "\{"no"/);
  });

  it('rejects a file truncated in the header or in the tensor data as truncated', async () => {
    const dir = llmTempDir();
    const { path } = await writeTinyModel(dir, 'qwen3');
    const whole = readFileSync(path);
    const info = await readGguf(path);
    for (const cut of [6, 30, 2000, info.dataOffset - 1, info.dataOffset + 100, whole.length - 1]) {
      const p = join(dir, `cut-${cut}.gguf`);
      writeFileSync(p, whole.subarray(0, cut));
      await assert.rejects(readGguf(p), (e: unknown) => {
        assert.ok(e instanceof GgufFormatError, `cut at ${cut}: ${String(e)}`);
        assert.equal(e.reason, 'truncated', `cut at ${cut}: ${e.message}`);
        return true;
      });
    }
  });

  it('replaces an existing file atomically and refuses an unwritable path with exit code 2', async () => {
    const dir = llmTempDir();
    const path = join(dir, 'm.gguf');
    writeFileSync(path, 'old');
    await writeGguf(path, sample());
    assert.equal((await readGguf(path)).tensors.length, 3);
    await assert.rejects(writeGguf(join(dir, 'missing', 'm.gguf'), sample()), (e: unknown) => {
      assert.equal((e as { exitCode?: number }).exitCode, 2);
      assert.match(String(e), /Cannot write .*missing\/m\.gguf/);
      return true;
    });
  });
});
