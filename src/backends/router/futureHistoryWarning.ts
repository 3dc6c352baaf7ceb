import type { ModuleGraph } from '../../graph/ModuleGraph.ts';

/**
 * A model trained without a cut learned from every commit of the index and cannot forget the ones
 * after `--as-of`; one trained with `train --as-of CUT` saw nothing from CUT on. Says so when the
 * question's `asOf` falls before what the model saw, instead of silently peeking at the future.
 */
export function futureHistoryWarning(graph: ModuleGraph, asOf: string | undefined, trainedAsOf?: string): string | undefined {
  if (!asOf) return undefined;
  if (trainedAsOf !== undefined) {
    if (Date.parse(trainedAsOf) <= Date.parse(asOf)) return undefined;
    return `the trained model saw history up to ${trainedAsOf.slice(0, 10)} (train --as-of), after --as-of ${asOf.slice(0, 10)}: its part of the answer may use later commits`;
  }
  const newest = graph.commits[0]?.date;
  if (!newest || Date.parse(newest) < Date.parse(asOf)) return undefined;
  return `the trained model saw history up to ${newest.slice(0, 10)}, after --as-of ${asOf.slice(0, 10)}: its part of the answer may use later commits`;
}
