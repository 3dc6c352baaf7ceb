import { acquireLlama } from './loadLlama.ts';

export interface LlamaProbe {
  ok: boolean;
  /** 'cuda' | 'vulkan' | 'metal' | false (CPU only). */
  gpu?: string | false;
  gpuDevices?: string[];
  vramTotalBytes?: number;
  vramFreeBytes?: number;
  cpuMathCores?: number;
  error?: string;
}

/** What node-llama-cpp finds on this machine (binding, GPU, VRAM); any failure is reported, not thrown. */
export async function probeLlama(gpu: 'auto' | false, threads: number): Promise<LlamaProbe> {
  try {
    const held = await acquireLlama(gpu, threads);
    try {
      const { llama } = held;
      const vram = llama.gpu ? await llama.getVramState() : undefined;
      return {
        ok: true,
        gpu: llama.gpu,
        gpuDevices: llama.gpu ? await llama.getGpuDeviceNames() : [],
        ...(vram ? { vramTotalBytes: vram.total, vramFreeBytes: vram.free } : {}),
        cpuMathCores: llama.cpuMathCores,
      };
    } finally {
      await held.release();
    }
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
