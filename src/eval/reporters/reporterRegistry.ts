import { htmlReporter } from './htmlReporter.ts';
import { jsonReporter } from './jsonReporter.ts';
import { markdownReporter } from './markdownReporter.ts';
import type { Reporter } from './Reporter.ts';
import { textReporter } from './textReporter.ts';

export const reporterRegistry = {
  text: textReporter,
  json: jsonReporter,
  markdown: markdownReporter,
  html: htmlReporter,
} as const satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof reporterRegistry;
export const reporterNames = Object.keys(reporterRegistry) as [ReporterName, ...ReporterName[]];
