import { Command, Option } from 'commander';
import { openIndex } from '../../api/openIndex.ts';
import { graphExporters, graphFormats, type GraphFormat } from '../../graph/exporters/graphExporters.ts';
import { type CommonOptions, withCommon } from '../commonOptions.ts';
import { out } from '../output.ts';

export const graphCommand = () =>
  withCommon(
    new Command('graph')
      .summary('export the module graph')
      .description('Print the module graph (nodes and weighted dependency edges) as JSON, Graphviz dot or Mermaid.')
      .addOption(new Option('--format <format>', 'output format').choices(graphFormats).default('json'))
      // Every other command takes --json; here it is the default format, so it says the same (retrofit's review).
      .addOption(new Option('--json', 'the same as --format json (the default)').conflicts('format')),
    { json: false },
  ).action(async (flags: CommonOptions & { format: GraphFormat }) => {
    const index = await openIndex(flags);
    try {
      out(graphExporters[flags.format](index.graph()));
    } finally {
      index.close();
    }
  });
