import type { EvalMetrics } from '../computeMetrics.ts';

/** `x (did you mean y?)` when a likely intended id is known. */
export const withMeant = (id: string, meant: Readonly<Record<string, string>> | undefined): string =>
  meant?.[id] !== undefined ? `${id} (did you mean ${meant[id]}?)` : id;

/** The gold ids unknown to the index, each with the id likely meant. */
export const unknownGoldList = (m: Pick<EvalMetrics, 'unknownGoldIds' | 'unknownGoldMeant'>): string =>
  m.unknownGoldIds.map((id) => withMeant(id, m.unknownGoldMeant)).join(', ');

/** The sentence the text report and the CLI's warning give them. */
export const unknownGoldNote = (m: Pick<EvalMetrics, 'unknownGold' | 'unknownGoldIds' | 'unknownGoldMeant'>): string =>
  `${m.unknownGold} gold id(s) unknown to the index (counted as misses): ${unknownGoldList(m)}`;
