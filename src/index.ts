/** The modroute library: every CLI command is a thin wrapper over these functions. */
export { indexRepository, type IndexOptions } from './api/indexRepository.ts';
export type { IndexEvent, IndexStats, IndexPhase } from './api/IndexEvent.ts';
export { openIndex, type ModrouteIndex, type ModuleCard, type ModuleRow, type IndexInfo } from './api/openIndex.ts';
export type { ModuleGraph, ModuleNode, ModuleEdge, CommitRecord, ModuleSymbol } from './graph/ModuleGraph.ts';
export type { ModuleId, ModuleDef, FileFacts, SymbolFact, ImportFact } from './graph/types.ts';
export * from './errors.ts';
