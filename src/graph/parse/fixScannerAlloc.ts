/**
 * A grammar's external scanner allocates its state in `tree_sitter_<name>_external_scanner_create`.
 * tree-sitter-swift's (0.4–0.7, and so tree-sitter-wasms 0.1.13's copy) does so with `calloc(0, size)`:
 * zero elements, so no byte is cleared and the state word is whatever an earlier allocation left in
 * that memory. Swift's state counts the `#` of an open raw string; left non-zero, `#if`, `#selector`
 * and raw strings stopped lexing: a file parsed cleanly as the process's first parse and with up to
 * 1,220 ERROR nodes (and 8 s) after any other parse (Vapor's tests: 10 of 40 files, 1,823 errors, 28 s;
 * 2 files, 37 errors, 0.4 s with the fix, the same as each file parsed first).
 *
 * The fix rewrites that one call in the wasm's code to `calloc(1, size)`, only where the function's whole
 * body is exactly `return calloc(0, size)`; any other grammar or build passes through unchanged.
 */
export const fixScannerAlloc = (wasm: Uint8Array): Uint8Array => {
  const at = zeroSizeCallocAt(wasm);
  if (at === undefined) return wasm;
  const fixed = new Uint8Array(wasm); // a copy (a Buffer's slice() would be a view)
  fixed[at] = 1;
  return fixed;
};

const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];
const IMPORT_SECTION = 2;
const EXPORT_SECTION = 7;
const CODE_SECTION = 10;
const I32_CONST = 0x41;
const CALL = 0x10;
const END = 0x0b;

/** Offset of the `0` of `i32.const 0` in a scanner's `create` that is only `calloc(0, size)`; undefined if none. */
const zeroSizeCallocAt = (wasm: Uint8Array): number | undefined => {
  if (wasm.length < 8 || WASM_MAGIC.some((b, i) => wasm[i] !== b)) return undefined;
  const reader = wasmReader(wasm, 8);
  let importedFunctions = 0;
  let calloc: number | undefined;
  let create: number | undefined;
  let code: number | undefined;
  try {
    while (reader.offset < wasm.length) {
      const id = reader.byte();
      const size = reader.uint();
      const end = reader.offset + size;
      if (id === IMPORT_SECTION) {
        for (let n = reader.uint(); n > 0; n--) {
          reader.name();
          const field = reader.name();
          const kind = reader.byte();
          if (kind === 0) {
            if (field === 'calloc') calloc = importedFunctions;
            importedFunctions++;
          }
          reader.skipImportDescription(kind);
        }
      } else if (id === EXPORT_SECTION) {
        for (let n = reader.uint(); n > 0; n--) {
          const name = reader.name();
          const kind = reader.byte();
          const index = reader.uint();
          if (kind === 0 && /^tree_sitter_\w+_external_scanner_create$/u.test(name)) create = index;
        }
      } else if (id === CODE_SECTION) code = reader.offset;
      reader.offset = end;
    }
    if (calloc === undefined || create === undefined || code === undefined || create < importedFunctions) return undefined;
    reader.offset = code;
    const count = reader.uint();
    for (let i = 0; i < count; i++) {
      const size = reader.uint();
      if (i + importedFunctions === create) return callocOfZero(wasm, reader.offset, size, calloc);
      reader.offset += size;
    }
  } catch {
    return undefined; // not a module this reader understands: load it as it is
  }
  return undefined;
};

/** A body of no locals, `i32.const 0; i32.const SIZE; call calloc; end`: the offset of the 0. */
const callocOfZero = (wasm: Uint8Array, start: number, size: number, calloc: number): number | undefined => {
  const body = wasmReader(wasm, start);
  if (body.uint() !== 0 || body.byte() !== I32_CONST) return undefined;
  const zeroAt = body.offset;
  if (body.uint() !== 0 || body.byte() !== I32_CONST) return undefined;
  body.uint();
  if (body.byte() !== CALL || body.uint() !== calloc || body.byte() !== END) return undefined;
  return body.offset === start + size && wasm[zeroAt] === 0 ? zeroAt : undefined;
};

/** Reads bytes, unsigned LEB128 numbers and names from a wasm binary; throws past its end. */
const wasmReader = (wasm: Uint8Array, offset: number) => {
  const reader = {
    offset,
    byte(): number {
      if (reader.offset >= wasm.length) throw new RangeError('past the end of the wasm');
      return wasm[reader.offset++]!;
    },
    uint(): number {
      let value = 0;
      for (let shift = 0; shift < 35; shift += 7) {
        const b = reader.byte();
        value += (b & 0x7f) * 2 ** shift;
        if ((b & 0x80) === 0) return value;
      }
      throw new RangeError('number too long');
    },
    name(): string {
      const length = reader.uint();
      const text = new TextDecoder().decode(wasm.subarray(reader.offset, reader.offset + length));
      reader.offset += length;
      return text;
    },
    limits(): void {
      const flags = reader.byte();
      reader.uint();
      if (flags & 1) reader.uint();
    },
    /** An import's description after its kind: function, table, memory, global or tag. */
    skipImportDescription(kind: number): void {
      if (kind === 0) reader.uint();
      else if (kind === 1) {
        reader.byte();
        reader.limits();
      } else if (kind === 2) reader.limits();
      else if (kind === 3) reader.offset += 2;
      else if (kind === 4) {
        reader.byte();
        reader.uint();
      } else throw new RangeError(`unknown import kind ${kind}`);
    },
  };
  return reader;
};
