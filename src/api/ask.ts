import { openSession, type AskAnswer, type AskParams, type SessionOptions } from './openSession.ts';

/**
 * One question, one answer: opens the index, asks, and closes. For many questions use
 * `openSession()` so the graph and the backend are loaded once.
 * @example const { modules } = await ask('retry on 503 in the http client', { repo: '.', top: 3 });
 */
export async function ask(query: string, options: SessionOptions & AskParams = {}): Promise<AskAnswer> {
  const session = await openSession(options);
  try {
    return await session.ask(query, options);
  } finally {
    await session.dispose();
  }
}
