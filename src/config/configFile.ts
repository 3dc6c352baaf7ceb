/** The project config file at the repository root. */
export const CONFIG_FILE = 'modroute.config.json';
