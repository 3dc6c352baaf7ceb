import type { CommitRecord, ModuleGraph, ModuleNode, ModuleSymbol } from '../../src/graph/ModuleGraph.ts';
import { asModuleId, type ModuleId } from '../../src/graph/types.ts';

const sym = (name: string, file: string, doc?: string, kind: ModuleSymbol['kind'] = 'function'): ModuleSymbol => ({ name, kind, file, exported: true, ...(doc ? { doc } : {}) });

const node = (path: string, extra: Partial<ModuleNode>): ModuleNode => ({
  id: asModuleId(path),
  path,
  files: [],
  languages: { typescript: 1 },
  bytes: 100,
  symbols: [],
  docComments: [],
  summary: path,
  ...extra,
});

/**
 * A small hand-made graph: a documented API client, a UI kit, a checkout that uses both, a thin
 * module with nothing but files, a module documented in German, and one huge module.
 */
export function fixtureGraph(options: { commits?: CommitRecord[] } = {}): ModuleGraph {
  const huge = Array.from({ length: 300 }, (_, i) => sym(`renderWidget${i}`, `packages/huge/src/w${i}.ts`, `Renders widget number ${i} into the dashboard grid.`));
  const modules: ModuleNode[] = [
    node('packages/api-client', {
      name: '@acme/api-client',
      description: 'Typed HTTP client for the Acme REST API.',
      files: ['packages/api-client/src/httpClient.ts', 'packages/api-client/src/auth.ts'],
      symbols: [
        sym('HttpClient', 'packages/api-client/src/httpClient.ts', 'Sends requests to the Acme API with retries and timeouts.', 'class'),
        sym('refreshToken', 'packages/api-client/src/auth.ts', 'Refreshes the OAuth access token before it expires.'),
        sym('RETRY_STATUS', 'packages/api-client/src/httpClient.ts', undefined, 'constant'),
      ],
      docComments: ['Sends requests to the Acme API with retries and timeouts.', 'Refreshes the OAuth access token before it expires.'],
    }),
    node('packages/ui-kit', {
      name: '@acme/ui-kit',
      description: 'Shared React components with the brand styles.',
      files: ['packages/ui-kit/src/Button.tsx', 'packages/ui-kit/src/DatePicker.tsx'],
      symbols: [
        sym('Button', 'packages/ui-kit/src/Button.tsx', 'A button with the brand styles.'),
        sym('DatePicker', 'packages/ui-kit/src/DatePicker.tsx', 'Calendar date picker with keyboard navigation.'),
        sym('showWeekNumbers', 'packages/ui-kit/src/DatePicker.tsx', undefined, 'constant'),
      ],
      docComments: ['A button with the brand styles.', 'Calendar date picker with keyboard navigation.'],
    }),
    node('packages/web', {
      files: ['packages/web/src/checkout.ts', 'packages/web/src/cart.ts'],
      symbols: [sym('renderCheckout', 'packages/web/src/checkout.ts', 'Checkout page: basket summary and payment.'), sym('openCart', 'packages/web/src/cart.ts')],
      docComments: ['Checkout page: basket summary and payment.'],
    }),
    node('tools/scripts', { files: ['tools/scripts/release.sh', 'tools/scripts/bump_version.sh'], languages: { other: 2 } }),
    node('packages/billing', {
      files: ['packages/billing/src/rechnung.ts'],
      symbols: [sym('erstelleRechnung', 'packages/billing/src/rechnung.ts', 'Erstellt eine Rechnung für den Warenkorb und berechnet die Mehrwertsteuer.')],
      docComments: ['Erstellt eine Rechnung für den Warenkorb und berechnet die Mehrwertsteuer.'],
    }),
    node('packages/huge', { files: huge.map((s) => s.file), symbols: huge, docComments: huge.map((s) => s.doc as string) }),
  ];
  const e = (from: string, to: string, weight: number) => ({ from: from as ModuleId, to: to as ModuleId, weight });
  return {
    root: '/tmp/acme',
    modules,
    edges: [e('packages/web', 'packages/api-client', 3), e('packages/web', 'packages/ui-kit', 2), e('packages/billing', 'packages/api-client', 1), e('tools/scripts', 'packages/web', 1)],
    commits: options.commits ?? [],
    fingerprint: 'fixture',
  };
}

/** Dated commits touching one, two or four modules (four is too many for an example). */
export function fixtureCommits(): CommitRecord[] {
  const c = (i: number, subject: string, body: string, modules: string[]): CommitRecord => ({
    sha: `${i}`.padStart(40, 'a'),
    date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString(),
    author: 'Dev',
    subject,
    body,
    modules: modules.map(asModuleId),
  });
  const out: CommitRecord[] = [];
  const subjects = [
    ['fix: retry requests on 503 in the http client', 'The gateway returns 503 during deploys.', ['packages/api-client']],
    ['feat: date picker shows week numbers', '', ['packages/ui-kit']],
    ['feat: checkout offers delivery slots', 'Customers pick a slot before paying.', ['packages/web', 'packages/ui-kit']],
    ['chore: reformat everything', '', ['packages/web', 'packages/ui-kit', 'packages/api-client', 'packages/billing']],
    ['fix: token refresh races with logout', '', ['packages/api-client']],
    ['feat: invoices include VAT breakdown per line', '', ['packages/billing']],
  ] as const;
  for (let i = 0; i < 20; i++) {
    const [s, b, m] = subjects[i % subjects.length] as (typeof subjects)[number];
    out.push(c(i, `${s} (part ${i})`, b, [...m]));
  }
  return out.reverse(); // newest first, like the store
}
