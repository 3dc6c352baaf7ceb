import type { ModuleGraph } from '../../graph/ModuleGraph.ts';

/**
 * The trained model learned from every commit of the index; it cannot forget the ones after
 * `--as-of`. Until training can be cut at a date, say so instead of silently peeking at the future.
 */
export function futureHistoryWarning(graph: ModuleGraph, asOf: string | undefined): string | undefined {
  const newest = graph.commits[0]?.date;
  if (!asOf || !newest || Date.parse(newest) < Date.parse(asOf)) return undefined;
  return `the trained model saw history up to ${newest.slice(0, 10)}, after --as-of ${asOf.slice(0, 10)}: its part of the answer may use later commits`;
}
