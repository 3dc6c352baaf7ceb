import { arch, availableParallelism, freemem, platform, totalmem } from 'node:os';
import type { BackendEntry } from '../backends/Backend.ts';
import { validateModel } from '../backends/llm/checkModelFile.ts';
import { parseLlmOptions } from '../backends/llm/llmOptions.ts';
import { probeLlama, type LlamaProbe } from '../backends/llm/probeLlama.ts';
import { probeEndpoint, type EndpointProbe } from '../backends/openai/probeEndpoint.ts';
import { backendNames, backendRegistry } from '../backends/registry.ts';
import { ModrouteError } from '../errors.ts';
import { readGguf } from '../llm/readGguf.ts';
import { summarizeGguf, type GgufSummary } from '../llm/summarizeGguf.ts';
import { resolveIndexedRepo } from './resolveRepo.ts';
import { openIndex } from './openIndex.ts';
import { readBackendConfig, withBackendConfig } from '../config/readBackendConfig.ts';

export interface DoctorOptions {
  repo?: string;
  db?: string;
  backendOptions?: Record<string, unknown>;
  /** Skip loading node-llama-cpp (seconds) when only files and endpoints matter. */
  skipLlama?: boolean;
}

export interface FileReport {
  path: string;
  ok: boolean;
  summary?: GgufSummary;
  problem?: string;
}

export interface DoctorReport {
  machine: { platform: string; arch: string; node: string; cores: number; totalMemoryBytes: number; freeMemoryBytes: number };
  llama?: LlamaProbe;
  model?: FileReport;
  adapters: FileReport[];
  /** The model and adapters checked together (memory, adapter fit), when a model is configured. */
  modelCheck?: { ok: boolean; problem?: string; contextSize?: number; neededBytes?: number };
  endpoint?: EndpointProbe & { url: string };
  backends: { name: string; available: boolean; reason?: string; autoPriority: number }[];
}

const fileReport = async (path: string): Promise<FileReport> => {
  try {
    return { path, ok: true, summary: summarizeGguf(await readGguf(path)) };
  } catch (error) {
    return { path, ok: false, problem: error instanceof ModrouteError ? error.message : `cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
};

/**
 * Which backends can run on this machine, and why not: CPU, memory, what node-llama-cpp finds
 * (GPU type, devices, VRAM), the configured model and adapter files with their GGUF metadata and
 * whether they fit together and in memory, and whether the endpoint answers. Never throws for a
 * problem it can report.
 */
export async function doctor(options: DoctorOptions = {}): Promise<DoctorReport> {
  let paths: ReturnType<typeof resolveIndexedRepo> | undefined;
  try {
    paths = resolveIndexedRepo(options.repo, options.db);
  } catch {
    paths = undefined; // doctor also runs outside any repository
  }
  // With --db alone, the repository is the one indexed, as for ask (its config, not the working directory's).
  let root = paths?.root;
  if (paths !== undefined && options.repo === undefined && options.db !== undefined) {
    try {
      const index = await openIndex({ db: options.db });
      root = index.info.root;
      index.close();
    } catch {
      // no index there yet: the working directory, as before
    }
  }
  // The config's llm section under the flags, as ask would see them.
  const raw = root !== undefined ? withBackendConfig(await readBackendConfig(root), options.backendOptions) : (options.backendOptions ?? {});
  const llm = parseLlmOptions(raw);
  const report: DoctorReport = {
    machine: { platform: platform(), arch: arch(), node: process.version, cores: availableParallelism(), totalMemoryBytes: totalmem(), freeMemoryBytes: freemem() },
    adapters: [],
    backends: [],
  };
  if (!options.skipLlama) report.llama = await probeLlama(llm.gpu, llm.threads);
  if (llm.model && !llm.endpoint) {
    report.model = await fileReport(llm.model);
    report.adapters = await Promise.all(llm.lora.map((a) => fileReport(a.path)));
    try {
      const v = await validateModel(llm.model, llm.lora, llm.contextSize);
      report.modelCheck = { ok: true, contextSize: v.contextSize, neededBytes: v.neededBytes };
    } catch (error) {
      if (!(error instanceof ModrouteError)) throw error;
      report.modelCheck = { ok: false, problem: error.message };
    }
  }
  if (llm.endpoint) report.endpoint = { url: llm.endpoint, ...(await probeEndpoint(llm.endpoint, llm.apiKey)) };
  const storeDir = paths?.storeDir ?? '';
  for (const name of backendNames) {
    const entry: BackendEntry = backendRegistry[name];
    const a = await entry.available({ storeDir, options: raw });
    report.backends.push({ name, available: a.ok, ...(a.reason ? { reason: a.reason } : {}), autoPriority: entry.autoPriority });
  }
  return report;
}
