import type { DiscoverySource } from '../types.ts';
import type { DiscoveryContext, ModuleCandidate } from './DiscoveryContext.ts';

/** Reads one kind of build manifest; returns [] when the repository has none. Never throws for bad manifests: warns. */
export interface ManifestDiscoverer {
  readonly source: DiscoverySource;
  discover(ctx: DiscoveryContext): Promise<ModuleCandidate[]>;
}
