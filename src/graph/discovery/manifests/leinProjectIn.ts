import type { DiscoveryContext, ModuleCandidate } from '../DiscoveryContext.ts';
import { manifestIn } from './packagesBelowRoot.ts';

/** A Clojure string's text: `\"` and `\\` unescaped, lines joined. */
const clojureString = (body: string): string => body.replace(/\\(["\\])/gu, '$1').replace(/\s+/gu, ' ').trim();

/**
 * A Leiningen project.clj's name and description: `(defproject ring/ring-devel "1.15.4" :description "Ring development
 * and debugging libraries." …)` names `ring-devel` (the artifact, without its group). Read from the text, not evaluated:
 * a description built by code (`:description (str …)`) is none.
 */
export const readLeinProject = (text: string): { name?: string; description?: string } => {
  const head = /\(\s*defproject\s+([^\s()"]+)/u.exec(text);
  const name = head?.[1]?.split('/').pop();
  const description = /:description\s+"((?:[^"\\]|\\.)*)"/u.exec(text)?.[1];
  return { ...(name ? { name } : {}), ...(description ? { description: clojureString(description) } : {}) };
};

/** `dir`'s project.clj by its name and `:description`, if it has one. */
export const leinProjectIn = (ctx: DiscoveryContext, dir: string): Promise<ModuleCandidate | undefined> => manifestIn(ctx, dir, 'project.clj', readLeinProject);
