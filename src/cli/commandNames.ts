/** The subcommands, in --help order. A file of its own so the bundle starter can read it without loading commander. */
export const commandNames = ['index', 'modules', 'show', 'graph', 'ask', 'eval', 'dataset', 'train', 'model', 'doctor'] as const;
export type CommandName = (typeof commandNames)[number];
