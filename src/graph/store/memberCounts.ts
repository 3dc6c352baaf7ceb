import type { Db } from './openStore.ts';

/**
 * How many members (methods, fields, nested names) each type of a module declares, by the type's name:
 * key symbols list the types with most members first (summarizeModule.ts, keySymbols). Counted over all
 * of the module's symbols, not the first 1,000 a card reads (Newtonsoft.Json's JsonSerializer lies past them).
 */
export const memberCounts = (db: Db): ((moduleId: string) => Map<string, number>) => {
  const query = db.prepare(`SELECT s.container AS name, COUNT(*) AS n FROM symbols s JOIN files f ON f.path = s.file
    WHERE f.module_id = ? AND s.container IS NOT NULL GROUP BY s.container`);
  return (moduleId) => new Map((query.all(moduleId) as { name: string; n: number }[]).map((r) => [r.name, r.n]));
};
