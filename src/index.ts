/** The modroute library: every CLI command is a thin wrapper over these functions. */
export { indexRepository, type IndexOptions } from './api/indexRepository.ts';
export type { IndexEvent, IndexStats, IndexPhase } from './api/IndexEvent.ts';
export { openIndex, type ModrouteIndex, type ModuleCard, type ModuleRow, type IndexInfo } from './api/openIndex.ts';
export { ask } from './api/ask.ts';
export { openSession, type Session, type SessionOptions, type AskParams, type AskAnswer } from './api/openSession.ts';
export { evaluate, type EvaluateOptions } from './api/evaluate.ts';
export { buildDataset } from './api/buildDataset.ts';
export { trainModel } from './api/trainModel.ts';
export { makeTinyModelFile } from './api/makeTinyModel.ts';
export { doctor } from './api/doctor.ts';
export { backendNames, backendRegistry, type BackendName } from './backends/registry.ts';
export type { Backend, RankedModule, AskOptions, AskResult } from './backends/Backend.ts';
export type { ModuleGraph, ModuleNode, ModuleEdge, CommitRecord, ModuleSymbol } from './graph/ModuleGraph.ts';
export { detachGraph } from './graph/detachGraph.ts';
export type { ModuleId, ModuleDef, FileFacts, SymbolFact, ImportFact } from './graph/types.ts';
export * from './errors.ts';
