import { Command } from 'commander';
import { doctor, type DoctorReport, type FileReport } from '../../api/doctor.ts';
import { type CommonOptions, withCommon } from '../commonOptions.ts';
import { out, printJson, table } from '../output.ts';
import { backendOptionsFrom, withBackendOptions, type BackendFlags } from './askCommand.ts';

const gib = (bytes: number | undefined) => (bytes === undefined ? '?' : bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GiB` : `${(bytes / 1024 ** 2).toFixed(1)} MiB`);

const fileLine = (label: string, f: FileReport) =>
  f.ok && f.summary
    ? `${label}: ${f.path}\n  ${f.summary.type}, ${f.summary.architecture ?? '?'}, ${f.summary.parameterCount.toLocaleString('en')} parameters, ` +
      `${(f.summary.fileSize / 1024 ** 2).toFixed(1)} MiB, context ${f.summary.contextLength ?? '?'}, tensors ${Object.entries(f.summary.tensorTypes).map(([k, v]) => `${k}×${v}`).join(' ')}` +
      (f.summary.type === 'model' ? `\n  chat template: ${f.summary.chatTemplateChars ? `in the file (${f.summary.chatTemplateChars} chars), used by --chat-template auto` : 'none in the file, ChatML is used (force another with --chat-template)'}` : '')
    : `${label}: ${f.path}\n  problem: ${f.problem ?? 'unknown'}`;

export function renderDoctor(r: DoctorReport): string {
  const m = r.machine;
  const lines = [`machine: ${m.platform}/${m.arch}, node ${m.node}, ${m.cores} cores, memory ${gib(m.freeMemoryBytes)} free of ${gib(m.totalMemoryBytes)}`];
  if (r.llama) {
    lines.push(
      r.llama.ok
        ? `node-llama-cpp: ${r.llama.gpu ? `GPU ${r.llama.gpu} (${(r.llama.gpuDevices ?? []).join(', ') || 'device unknown'}), VRAM ${gib(r.llama.vramFreeBytes)} free of ${gib(r.llama.vramTotalBytes)}` : 'CPU only (no usable GPU)'}, ${r.llama.cpuMathCores ?? '?'} math cores`
        : `node-llama-cpp: unusable (${r.llama.error ?? 'unknown'})`,
    );
  }
  if (r.model) lines.push(fileLine('model', r.model));
  for (const a of r.adapters) lines.push(fileLine('adapter', a));
  if (r.modelCheck) lines.push(r.modelCheck.ok ? `model check: ok (context ${r.modelCheck.contextSize}, needs about ${gib(r.modelCheck.neededBytes)})` : `model check: ${r.modelCheck.problem ?? 'failed'}`);
  if (r.endpoint) lines.push(`endpoint: ${r.endpoint.url}: ${r.endpoint.detail} (${r.endpoint.elapsedMs} ms)${r.endpoint.models ? `; models: ${r.endpoint.models.slice(0, 8).join(', ')}` : ''}`);
  lines.push('', table(['backend', 'available', 'why not'], r.backends.map((b) => [b.name, b.available ? 'yes' : 'no', b.reason ?? ''])));
  return lines.join('\n');
}

export const doctorCommand = () =>
  withCommon(withBackendOptions(
    new Command('doctor')
      .summary('which backends can run here, and why not')
      .description('Check this machine for the model backends: CPU, memory, GPU (node-llama-cpp), model and adapter files with their GGUF metadata, endpoint reachability, and each backend\'s availability.'),
  )).action(async (flags: CommonOptions & BackendFlags) => {
    const report = await doctor({ repo: flags.repo, db: flags.db, backendOptions: backendOptionsFrom(flags) });
    if (flags.json) printJson(report);
    else out(renderDoctor(report));
  });
