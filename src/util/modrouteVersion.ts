import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** This modroute's version, from its package.json (src/ under tsx, dist/ when built: both two levels down). */
export const modrouteVersion = (): string =>
  (cached ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version);
