import type { CommitRecord, ModuleGraph, ModuleNode, ModuleSymbol } from '../../src/graph/ModuleGraph.ts';
import { asModuleId, type ModuleId } from '../../src/graph/types.ts';

const fn = (name: string, file: string, doc?: string): ModuleSymbol =>
  doc === undefined ? { name, kind: 'function', file, exported: true } : { name, kind: 'function', file, exported: true, doc };

const node = (path: string, files: string[], symbols: ModuleSymbol[], docComments: string[], summary: string): ModuleNode => ({
  id: asModuleId(path),
  path,
  files,
  languages: { typescript: files.length },
  bytes: 1000,
  symbols,
  docComments,
  summary,
});

const commit = (sha: string, date: string, subject: string, modules: string[]): CommitRecord => ({
  sha,
  date,
  author: 'dev',
  subject,
  body: '',
  modules: modules.map(asModuleId),
});

/**
 * A small web framework. Each module answers one kind of query:
 * router (path + symbols), auth (WordNet: "erase" → deleteSession), logging (co-occurrence:
 * "audit" appears next to Logger in other modules' comments), queue/http (graph step: router imports
 * http, so http overtakes queue on a query both match equally), db (history only).
 */
export const fixtureGraph = (): ModuleGraph => ({
  root: '/repo',
  modules: [
    node('src/router', ['src/router/Router.ts', 'src/router/matchPath.ts'],
      [fn('Router', 'src/router/Router.ts'), fn('matchPath', 'src/router/matchPath.ts'), fn('addRoute', 'src/router/Router.ts')],
      ['Matches request URLs against registered route patterns; retry on transient failures.'],
      'Routes requests to handlers.'),
    node('src/auth', ['src/auth/session.ts', 'src/auth/login.ts'],
      [fn('createSession', 'src/auth/session.ts'), fn('deleteSession', 'src/auth/session.ts'), fn('verifyPassword', 'src/auth/login.ts')],
      ['Session cookies and password checks for sign-in.'],
      'Authentication.'),
    node('src/db', ['src/db/connection.ts', 'src/db/pool.ts'],
      [fn('Connection', 'src/db/connection.ts'), fn('runQuery', 'src/db/connection.ts', 'Runs SQL; audit trail goes to the Logger.')],
      ['Pooled database connections.'],
      'Database access.'),
    node('src/render', ['src/render/template.ts'],
      [fn('renderTemplate', 'src/render/template.ts', 'Renders a template; audit entries go to the Logger.'), fn('escapeHtml', 'src/render/template.ts')],
      ['HTML templates.'],
      'Rendering.'),
    node('src/logging', ['src/logging/logger.ts'],
      [fn('Logger', 'src/logging/logger.ts'), fn('setLevel', 'src/logging/logger.ts')],
      ['Structured output with levels.'],
      'Logging.'),
    node('src/queue', ['src/queue/jobs.ts'],
      [fn('enqueue', 'src/queue/jobs.ts')],
      ['Background jobs. Retry with exponential backoff.'],
      'Job queue.'),
    node('src/http', ['src/http/client.ts'],
      [fn('fetchJson', 'src/http/client.ts')],
      ['Outgoing calls. Retry with exponential backoff.'],
      'HTTP client.'),
  ],
  edges: [
    { from: asModuleId('src/router'), to: asModuleId('src/http'), weight: 2 },
    { from: asModuleId('src/auth'), to: asModuleId('src/db'), weight: 1 },
  ],
  commits: [
    commit('c3', '2024-06-01T10:00:00Z', 'feat(db): add sharding of tenants across replicas', ['src/db']),
    commit('c2', '2024-03-01T10:00:00Z', 'fix: route params were decoded twice', ['src/router']),
    commit('c1', '2024-01-01T10:00:00Z', 'chore: rename helpers', ['src/router', 'src/auth']),
  ],
  fingerprint: 'fixture-1',
});

export const ids = (list: { id: ModuleId }[]): string[] => list.map((m) => m.id);
