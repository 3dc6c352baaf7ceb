import type { ControlledEvaluateInputItem, LlamaContextSequence, Token } from 'node-llama-cpp';

type Probs = Map<Token, number>;
const logOf = (p: number | undefined) => Math.log(Math.max(p ?? 0, 1e-45));

/**
 * log P(continuation, then end of turn | prompt) for each candidate, by teacher forcing: the sum of
 * the log-probabilities of its tokens, plus that of an end-of-generation token after it (without it,
 * `src` would always outrank `src/graph`). Candidates are visited in token order and the sequence
 * is rolled back only to the common prefix with the previous one, so shared leading tokens (`src/…`)
 * are evaluated once. Leaves the sequence holding the prompt and some candidate tokens.
 */
export async function scoreContinuations(
  seq: LlamaContextSequence,

  prompt: readonly Token[],
  candidates: readonly { key: string; tokens: readonly Token[] }[],
  eog: ReadonlySet<Token>,
  sampling: { temperature: number; topK: number; topP: number; minP: number },
): Promise<Map<string, number>> {
  const scores = new Map<string, number>();
  if (candidates.length === 0) return scores;
  const ask = (t: Token): ControlledEvaluateInputItem => [t, { generateNext: { probabilities: true, options: sampling } }];
  const base = prompt.length;
  const keep = Math.min(seq.compareContextTokens([...prompt]).firstDifferentIndex, base - 1);
  if (keep < seq.nextTokenIndex) await seq.eraseContextTokenRanges([{ start: keep, end: seq.nextTokenIndex }]);
  const head = await seq.controlledEvaluate(prompt.slice(keep).map((t, i, all) => (i === all.length - 1 ? ask(t) : t)));
  const first = head.at(-1)?.next.probabilities as Probs;
  const order = [...candidates].sort((a, b) => compareTokens(a.tokens, b.tokens));
  let cur: Token[] = [];
  let after: Probs[] = []; // after[i]: next-token probabilities once cur[0..i] is evaluated
  for (const c of order) {
    let common = 0;
    while (common < cur.length && common < c.tokens.length && cur[common] === c.tokens[common]) common++;
    if (common < cur.length) {
      await seq.eraseContextTokenRanges([{ start: base + common, end: base + cur.length }]);
      cur = cur.slice(0, common);
      after = after.slice(0, common);
    }
    const rest = c.tokens.slice(common);
    if (rest.length) {
      const results = await seq.controlledEvaluate(rest.map(ask));
      for (const [i, t] of rest.entries()) {
        cur.push(t);
        after.push(results[i]?.next.probabilities as Probs);
      }
    }
    let score = 0;
    c.tokens.forEach((t, i) => (score += logOf((i === 0 ? first : after[i - 1])?.get(t))));
    const end = after[c.tokens.length - 1] ?? first;
    let pEnd = 0;
    for (const t of eog) pEnd += end.get(t) ?? 0;
    scores.set(c.key, score + logOf(pEnd));
  }

  return scores;
}

function compareTokens(a: readonly Token[], b: readonly Token[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}
