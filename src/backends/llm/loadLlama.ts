import type { Llama } from 'node-llama-cpp';

type NodeLlamaCpp = typeof import('node-llama-cpp');

// One Llama per (gpu, threads), shared by every driver of the process and disposed with the last
// one: getLlama loads the native binding (about 1.3 s here), which is worth doing once.
const shared = new Map<string, { llama: Promise<Llama>; users: number }>();

/** node-llama-cpp itself, imported on first use so that nothing else pays for it. */
export const importLlamaCpp = (): Promise<NodeLlamaCpp> => import('node-llama-cpp');

export async function acquireLlama(gpu: 'auto' | false, threads: number): Promise<{ llama: Llama; release(): Promise<void> }> {
  const key = `${String(gpu)}:${threads}`;
  let entry = shared.get(key);
  if (!entry) {
    const { getLlama, LlamaLogLevel } = await importLlamaCpp();
    // build: 'never': use the prebuilt binaries npm installed; never compile llama.cpp at run time.
    entry = { llama: getLlama({ gpu, build: 'never', maxThreads: threads, logLevel: LlamaLogLevel.error }), users: 0 };
    shared.set(key, entry);
    entry.llama.catch(() => shared.delete(key));
  }
  entry.users++;
  const llama = await entry.llama;
  const held = entry;
  let released = false;
  return {
    llama,
    async release() {
      if (released) return;
      released = true;
      if (--held.users === 0 && shared.get(key) === held) {
        shared.delete(key);
        await llama.dispose();
      }
    },
  };
}
