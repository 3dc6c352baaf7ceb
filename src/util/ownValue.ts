/**
 * `record[key]` for the record's own keys only: a lookup by a word or an extension taken from a repository or a request
 * must not reach Object's prototype (a request's "constructor" had read as a locale code, the Object function).
 */
export const ownValue = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);
