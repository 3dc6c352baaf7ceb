import type { ExtractContext } from './extractFromTree.ts';
import { compileQuery } from './compileQuery.ts';

/** Type names looked up per file: a generated or huge file names hundreds; the first ones say enough. */
const MAX_TYPES = 200;
const TYPE_NAME = /^[A-Z][A-Za-z0-9_]*[a-z][A-Za-z0-9_]*$/u;
/** java.lang's, Kotlin's and Swift's built-in types: never a class of the file's own package or target. */
const BUILT_IN: ReadonlySet<string> = new Set([
  'Object', 'String', 'Integer', 'Long', 'Short', 'Byte', 'Boolean', 'Double', 'Float', 'Character', 'Number', 'Void', 'Math', 'System',
  'Thread', 'Runnable', 'Exception', 'RuntimeException', 'Error', 'Throwable', 'Override', 'Deprecated', 'SuppressWarnings', 'Class',
  'Iterable', 'Comparable', 'CharSequence', 'StringBuilder', 'Enum', 'Record', 'Any', 'Unit', 'Int', 'Char', 'Nothing', 'Array', 'List',
  'MutableList', 'Map', 'MutableMap', 'Set', 'MutableSet', 'Collection', 'Pair', 'Triple', 'Sequence', 'Lazy', 'Result', 'JvmStatic',
  'JvmField', 'JvmOverloads', 'Volatile', 'Synchronized', 'Suppress', 'IllegalArgumentException', 'IllegalStateException',
  // Swift's and Foundation's
  'Bool', 'Dictionary', 'Optional', 'Data', 'Date', 'URL', 'Substring', 'Task', 'MainActor', 'Sendable', 'Self', 'CGFloat', 'CGRect',
  'CGSize', 'CGPoint', 'NSObject', 'NSError', 'DispatchQueue', 'Codable', 'Hashable', 'Equatable', 'Identifiable', 'AnyObject', 'UUID',
]);

/**
 * The types a Java or Kotlin file names without importing them, as classes of its own package
 * (`com.acme.camera.CameraSession`): a package spread over source sets (an Android library's `src/main`,
 * `src/fabric`, `src/paper`) or over a module list's folders uses its own types with no import, so
 * react-native-screens' `android/core` → `android/fabric` edge was missing; Swift's files of one target see
 * each other's types without an import at all (react-native-vision-camera's 21 iOS modules had no edge). `query` captures the type
 * names of the grammar; names the file declares or imports are skipped. Resolved only to a file named
 * after the class (updateModules.ts: `package.FileStem`), like C#'s namespace types.
 */
export const addSamePackageTypes = async (ctx: ExtractContext, query: string, imported: ReadonlySet<string>, packageless = false): Promise<void> => {
  const pkg = ctx.out.packageName();
  if (pkg === undefined && !packageless) return;
  const declared = ctx.out.declaredNames();
  const names = new Set<string>();
  for (const capture of (await compileQuery(ctx.root.tree.language, query)).captures(ctx.root)) {
    const name = capture.node.text;
    if (names.size >= MAX_TYPES) break;
    if (TYPE_NAME.test(name) && !BUILT_IN.has(name) && !declared.has(name) && !imported.has(name)) names.add(name);
  }
  // Swift (`packageless`): the bare name, a type of the same target (updateModules.ts: a file named after it).
  for (const name of names) ctx.out.addImport({ spec: pkg === undefined ? name : `${pkg}.${name}`, kind: 'type' });
};
