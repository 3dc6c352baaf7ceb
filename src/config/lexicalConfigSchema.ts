import { z } from 'zod';
import { sourceNames, type SourceName } from '../index/lexicalDefaults.ts';

const weight = z.number().min(0);
const unit = z.number().min(0).max(1);

/**
 * The `lexical` section of `modroute.config.json`: any subset of the lexical index's tunables
 * (src/index/lexicalDefaults.ts), overlaid on the defaults. A field named in `fields` that the
 * defaults lack is a new field and needs `weight`, `b` and `sources`.
 */
export const lexicalConfigSchema = z
  .object({
    k1: z.number().positive().optional(),
    fields: z
      .record(
        z.string().min(1),
        z
          .object({
            weight: weight.optional(),
            b: unit.optional(),
            sources: z.array(z.enum(sourceNames as [SourceName, ...SourceName[]])).min(1).optional(),
          })
          .strict(),
      )
      .optional(),
    distinctFileStems: z.boolean().optional(),
    dampSymbols: z.boolean().optional(),
    codeKeywords: z.enum(['keep', 'drop']).optional(),
    stem: z.boolean().optional(),
    stripCommitPrefix: z.boolean().optional(),
    stripBoilerplate: z.boolean().optional(),
    maxQueryTerms: z.number().int().positive().optional(),
    identifierWeight: z.number().min(0.1).max(10).optional(),
    history: z
      .object({ halfLifeDays: z.number().positive(), minWeight: unit, maxModulesPerCommit: z.number().int().positive(), includeBody: z.boolean() })
      .partial()
      .strict()
      .optional(),
    compounds: z.object({ enabled: z.boolean(), weight }).partial().strict().optional(),
    inflections: z.object({ enabled: z.boolean(), weight }).partial().strict().optional(),
    derivations: z.object({ enabled: z.boolean(), weight, actionWeight: weight }).partial().strict().optional(),
    namedFiles: z.object({ weight, scopeWeight: weight, dataShare: z.number().min(0).max(1) }).partial().strict().optional(),
    phrases: z.object({ weight }).partial().strict().optional(),
    spellings: z.object({ enabled: z.boolean(), weight }).partial().strict().optional(),
    typos: z.object({ enabled: z.boolean(), weight, minLength: z.number().int().min(3) }).partial().strict().optional(),
    translations: z.object({ enabled: z.boolean(), weight, documents: z.boolean(), fromEnglish: z.boolean() }).partial().strict().optional(),
    abbreviations: z.object({ enabled: z.boolean(), weight, initialismWeight: weight }).partial().strict().optional(),
    wordnet: z
      .object({ enabled: z.boolean(), weight, maxSynonymsPerTerm: z.number().int().min(0), maxLookups: z.number().int().min(0) })
      .partial()
      .strict()
      .optional(),
    cooccurrence: z
      .object({
        enabled: z.boolean(),
        weight,
        topK: z.number().int().min(0),
        minCount: z.number().int().min(1),
        maxTermsPerContext: z.number().int().min(2),
        maxContextFraction: unit,
        useHistory: z.boolean(),
      })
      .partial()
      .strict()
      .optional(),
    files: z.object({ weight, withHistory: weight, long: z.object({ factor: weight, from: z.number().int().min(0), to: z.number().int().min(0) }).partial().strict() }).partial().strict().optional(),
    feedback: z.object({ weight, docs: z.number().int().min(0), terms: z.number().int().min(0), minWords: z.number().int().min(0) }).partial().strict().optional(),
    similarCommits: z.object({ weight, k: z.number().int().min(1) }).partial().strict().optional(),
    platforms: z.object({ factor: z.number().min(1).max(10) }).partial().strict().optional(),
    languages: z.object({ factor: z.number().min(1).max(10) }).partial().strict().optional(),
    headerModules: z.object({ factor: unit }).partial().strict().optional(),
    testModules: z.object({ factor: unit }).partial().strict().optional(),
    dataModules: z.object({ factor: unit }).partial().strict().optional(),
    screenModules: z.object({ factor: unit }).partial().strict().optional(),
    graph: z.object({ weight, aggregate: z.enum(['sum', 'max']) }).partial().strict().optional(),
    explain: z.object({ maxTerms: z.number().int().min(0), maxNeighbours: z.number().int().min(0) }).partial().strict().optional(),
  })
  .strict();

export type LexicalConfig = z.infer<typeof lexicalConfigSchema>;
