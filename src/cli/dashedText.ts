/**
 * argv with a requirement that opens with a dash ("--max-filesize rejects 1.5M") moved after `--`, where commander
 * reads it as the text it is, not an unknown option: an option never holds white space before an `=` (`--db=my dir`
 * keeps its own). Only for commands whose text is free words; an argv with a `--` of its own is left as written.
 */
export const dashedText = (argv: readonly string[], commands: ReadonlySet<string>): string[] => {
  const command = argv.find((a) => !a.startsWith('-'));
  if (command === undefined || !commands.has(command) || argv.includes('--')) return [...argv];
  const isText = (a: string): boolean => /^-+[^\s=]*\s/u.test(a) && /\p{L}/u.test(a);
  const text = argv.filter(isText);
  return text.length === 0 ? [...argv] : [...argv.filter((a) => !isText(a)), '--', ...text];
};
