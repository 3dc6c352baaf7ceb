import { alpacaExporter } from './alpacaExporter.ts';
import { chatExporter } from './chatExporter.ts';
import type { Exporter } from './Exporter.ts';
import { internalExporter } from './internalExporter.ts';
import { sharegptExporter } from './sharegptExporter.ts';

/** Every dataset format. CLI help and validation read this map; a new format is one line. */
export const exporterRegistry = {
  chat: chatExporter,
  sharegpt: sharegptExporter,
  alpaca: alpacaExporter,
  internal: internalExporter,
} as const satisfies Record<string, Exporter>;

export type FormatName = keyof typeof exporterRegistry;
export const formatNames = Object.keys(exporterRegistry) as [FormatName, ...FormatName[]];
export const isFormatName = (name: string): name is FormatName => Object.hasOwn(exporterRegistry, name);
