import { ownValue } from '../util/ownValue.ts';

/**
 * Which languages can import each other's packages and namespaces, by file extension: the JVM's (Java,
 * Kotlin, Scala, Groovy) share packages, .NET's share namespaces, every other language keeps its own.
 * protobuf declares `Google.Protobuf` in C# and `Google\Protobuf` in PHP: PHP's `use Google\Protobuf\X`
 * found the C# runtime (62 edges), and C# type names found PHP classes.
 */
const FAMILIES: Record<string, string> = {
  java: 'jvm', kt: 'jvm', kts: 'jvm', scala: 'jvm', sc: 'jvm', groovy: 'jvm',
  cs: 'dotnet', fs: 'dotnet', vb: 'dotnet',
};

export const languageFamily = (path: string): string => {
  const dot = path.lastIndexOf('.');
  const ext = dot > path.lastIndexOf('/') ? path.slice(dot + 1).toLowerCase() : '';
  return ownValue(FAMILIES, ext) ?? ext;
};

/** The key a package or namespace is known by to files of `path`'s family. */
export const familyKey = (path: string, name: string): string => `${languageFamily(path)}:${name}`;
