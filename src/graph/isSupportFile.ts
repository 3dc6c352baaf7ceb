import { isTestFile } from './isTestFile.ts';

/**
 * Usage examples and benchmarks: folders of code that uses the code (`examples/`, `demos/`, `benchmarks/`, `bench/`, Cargo's
 * `benches/`, a docs site's `docs_src/`, a folder named for a kind of examples: attrs' `typing-examples/`, whose mypy test
 * classes were its root's key symbols), and Sphinx's `docs/conf.py`, whose settings (`project`, `copyright`,
 * `extensions`) were the key names of Flask's root module.
 */
const SUPPORTING = /(^|\/)(examples?|samples?|demos?|benchmarks?|benches|bench|docs[_-]src|doc_src|code[_-]samples|[\w.]+[-_]examples|examples[-_][\w.-]+)\/|(^|\/)docs?\/(?:source\/)?conf\.py$/u;

/**
 * A schema migration: a file (or a folder of one, Prisma's) numbered or dated in a `migrations/`, `migrate/` or
 * `old_migrations/` folder (Rails' `db/migrate/20180411131217_tag_moderation_log.rb`, Django's `0001_initial.py`, goose's
 * `20200130083147_create_schema.go`), and Alembic's revisions (`versions/2022-02-21-19.56.24_6b0f5f32d602_initial_tables.py`,
 * `versions/6b0f5f32d602_initial_tables.py`: mealie's won a request for its `alembic` module), and EF Core's
 * (`Data/Migrations/20221017131711_IncludeUnknowns.cs`: Kavita's 157), one folder per database below (Ombi's
 * `Migrations/OmbiMySql/…`, Diesel's `migrations/sqlite/2024-09-04-091351_…/up.sql`), or in a `Migration/` folder
 * (FluentMigrator's `Datastore/Migration/001_initial_setup.cs`: Radarr's 147; Ombi's had won a request about request
 * limits by `20210921200723_UserRequestLimits.cs`). Named for the change it made once, it reads like a commit subject: lobsters'
 * 169 migrations won two of its twenty review requests for its `db/`, navidrome's 117 filled its `db` card.
 */
const MIGRATION = /(^|\/)(?:[Mm]igrations?|[Mm]igrate|old_migrations)\/(?:[A-Za-z][\w-]*\/)?\d{2,}[-_]|(^|\/)versions\/(?:\d{2,}[-_.]|[0-9a-f]{12}_)[^/]*\.py$/u;

const DOCUMENTATION_CATALOG = /(?:^|\/)[^/]+\.docc\//u;

/**
 * A file of a Swift DocC catalog (`Sources/X/X.docc/Tutorials/…-code-0007.swift`): documentation, no code of its module.
 * TCA's 475 tutorial snapshots rebuild its example apps step by step inside the library's folder, and the library won
 * the requests about those apps (term bags, symbols) and "depended on" them (edges).
 */
export const inDocumentationCatalog = (path: string): boolean => DOCUMENTATION_CATALOG.test(path);

/**
 * A file that supports code rather than being it: a test or fixture (isTestFile.ts), or usage code in an
 * examples, samples, demos or benchmarks folder. `path` is the file's path below its module's folder, so a
 * module named `examples/…` does not make each of its own files one.
 */
export const isSupportFile = (path: string): boolean =>
  isTestFile(path) || SUPPORTING.test(jvmNamespaceNeutral(path)) || MIGRATION.test(path) || inDocumentationCatalog(path);

const JVM_SOURCE_ROOT = /(?:^|\/)(?:java|kotlin|scala|groovy)\//u;

/**
 * Below a JVM source root, the folders of a file's package but its own are a namespace, not a kind of code:
 * `com/google/samples/apps/nowinandroid/core/data/` is Now in Android's data layer (its every file had read as a sample,
 * and its 1,000 imports drew no edge), `com/example/myapp/` an app's. A package folder of its own named so still is one
 * (jsoup's `org/jsoup/examples/ListLinks.java`, javalin's `io/javalin/examples/`).
 */
const jvmNamespaceNeutral = (path: string): string => {
  const root = JVM_SOURCE_ROOT.exec(path);
  if (root === null) return path;
  const start = root.index + root[0].length;
  const parts = path.slice(start).split('/');
  for (let i = 0; i < parts.length - 2; i++) parts[i] = '_';
  return `${path.slice(0, start)}${parts.join('/')}`;
};
