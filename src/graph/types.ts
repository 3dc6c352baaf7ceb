/** A repository module id (usually a repo-relative directory path). Branded so a path can't pass for it. */
export type ModuleId = string & { readonly __brand: 'ModuleId' };
export const asModuleId = (s: string): ModuleId => s as ModuleId;

/** A module as discovered (before files are assigned). `path` is repo-relative, POSIX, '' = repo root. */
export interface ModuleDef {
  id: ModuleId;
  path: string;
  /** Name from a manifest (package name, artifactId, crate name, Go module path …). */
  name?: string;
  /** Description from a manifest. */
  description?: string;
  /** Repo-relative path of the manifest that declared it, if any. */
  manifest?: string;
}

export type DiscoverySource =
  | 'list'
  | 'config'
  | 'npm-workspaces'
  | 'pnpm-workspace'
  | 'lerna'
  | 'nx'
  | 'gradle'
  | 'maven'
  | 'sbt'
  | 'cargo'
  | 'go'
  | 'swift'
  | 'cmake'
  | 'python'
  | 'rubygems'
  | 'composer'
  | 'pub'
  | 'dotnet'
  | 'mix'
  | 'r'
  | 'dune'
  | 'julia'
  | 'cabal'
  | 'directories';

/** One source file handed to an extractor. `path` is repo-relative POSIX. */
export interface SourceFile {
  path: string;
  text: string;
}

export type SymbolKind =
  | 'class'
  | 'interface'
  | 'struct'
  | 'enum'
  | 'trait'
  | 'protocol'
  | 'function'
  | 'method'
  | 'type'
  | 'variable'
  | 'constant'
  | 'module'
  | 'namespace'
  | 'property';

export interface SymbolFact {
  name: string;
  kind: SymbolKind;
  /** 1-based line of the declaration. */
  line: number;
  /** Public API: exported (JS/TS), `pub` (Rust), capitalized (Go), not private (Java/Kotlin/C#/Swift), top-level (C/Python w/o leading _). */
  exported: boolean;
  /** Doc comment attached to the declaration, cleaned of comment markers. */
  doc?: string;
  /** Enclosing class/type for methods, if any. */
  container?: string;
  /**
   * A file the declaration takes its doc from, relative to the declaring file's folder (Rust's
   * `#[doc = include_str!("../docs/route.md")]`): read once the file is parsed (readIncludedDocs.ts), never stored.
   */
  docFile?: string;
}

/**
 * An import as written in the source; graph/ resolves it to a module.
 * kind tells the resolver how to read `spec`:
 *  - 'path'    : relative or absolute path-like specifier ('./foo', '../bar/baz.js', Python relative '.x')
 *  - 'package' : bare package specifier ('react', '@scope/pkg/sub', Rust crate path 'crate::a::b', Python 'a.b.c')
 *  - 'include' : C/C++/ObjC #include / #import target ('foo/bar.h'); `system` true for <...>; a file found
 *                on a search path (Ruby `require 'a/b'` → 'a/b.rb', PHP `include 'x/y.php'`); a Ruby
 *                constant's candidate files, innermost namespace first, joined by `|` ('admin/policy.rb|policy.rb')
 *  - 'qualified': Java/Kotlin/C#/Swift dotted name ('com.acme.core.Foo', 'System.Text', 'Foundation'), PHP
 *                namespace with dots ('Illuminate.Support.Str'), an Elixir module's full name ('Mix.SCM.Path');
 *                a Scala import as the full names it may be, joined by `|`, most likely first
 *                ('scala.collection.mutable.Builder|mutable.Builder|scala.mutable.Builder')
 *  - 'go'      : Go import path ('github.com/acme/x/pkg/util')
 *  - 'type'    : a type named in a C# signature, as the classes it may be, innermost enclosing namespace first,
 *                joined by `|` ('Acme.Core.Linq.JToken|Acme.Core.JToken|Acme.JToken'): C# sees its enclosing
 *                namespaces' types without a `using`. Found only as a declared class's file, never a namespace.
 */
export interface ImportFact {
  spec: string;
  /** `constant`: a Ruby constant's candidate files, innermost namespace first (`admin/policy.rb|policy.rb`). */
  kind: 'path' | 'package' | 'include' | 'qualified' | 'go' | 'type' | 'constant';
  /** An include's `<…>` form; on C#'s `qualified` import, a `global using` (every file of the project sees it). */
  system?: boolean;
}

export interface FileFacts {
  language: string;
  symbols: SymbolFact[];
  imports: ImportFact[];
  /** File-level doc: module docstring, file header comment, package doc. Cleaned. */
  docComments: string[];
  /** Java/Kotlin/C# package or namespace the file declares (PHP namespaces with dots), Go package name. */
  packageName?: string;
  /** True when the parse tree had error nodes (facts are still what could be extracted). */
  hasErrors?: boolean;
}
