import type { TemplateFamily } from './DatasetExample.ts';

/**
 * Request templates per family. Slots: {topic} (a description variant), {cond} (a triggering
 * condition), {aspect} (a capability). Within each family the LAST template is held out for test
 * and the one before it for validation (see splitExamples.ts), so test prompts use wording that
 * training never saw.
 */
export const familyTemplates: Record<TemplateFamily, readonly string[]> = {
  feature: [
    'Add support for {aspect} in {topic}.',
    'We need a way to configure {topic}.',
    'It would be great if {topic} could also handle {aspect}.',
    'Extend {topic} so that it works with {aspect}.',
    'Allow users to customize {topic}.',
    'Implement {aspect} for {topic}.',
    'Feature request: {topic} should accept {aspect}.',
  ],
  bug: [
    'Fix a crash in {topic} when {cond}.',
    '{topic} returns the wrong result when {cond}.',
    '{topic} throws an error if {cond}.',
    'Regression: {topic} no longer works when {cond}.',
    'Memory leak in {topic} when {cond}.',
    'Unexpected behaviour in {topic}: it silently fails when {cond}.',
    'Bug report: {topic} breaks after the last release when {cond}.',
  ],
  question: [
    'Where is {topic} handled?',
    'Which part of the code deals with {topic}?',
    'Where should I look to change how {topic} works?',
    'Where do we implement {topic}?',
    'Which module is responsible for {topic}?',
    'How do I find the code for {topic}?',
    'What code owns {topic} in this repository?',
  ],
  refactor: [
    'Refactor {topic} to reduce duplication.',
    'Clean up the code around {topic}.',
    'Split {topic} into smaller functions.',
    'Simplify the way {topic} is structured.',
    'Remove dead code from {topic}.',
    'Rename the confusing helpers in {topic} and update the callers.',
    'Improve the readability of {topic} before we extend it.',
  ],
  upgrade: [
    'After upgrading to the new major version, {topic} behaves differently; adapt it.',
    'Migrate {topic} to the new API.',
    'Update {topic} for the breaking change in the latest release.',
    'Deprecate the old {topic} interface and move callers to the new one.',
    'Port {topic} to the new runtime before the upgrade.',
    'Upgrade note: {topic} changed its defaults, check the call sites.',
  ],
};

/** Templates over one symbol. {symbol} = humanized name, {code} = the identifier, {doc} = its first doc sentence. */
export const symbolTemplates = [
  'The {symbol} {kind} returns the wrong value when {cond}.',
  'Add an option to {symbol}.',
  'Where is {symbol} implemented?',
  'Rename `{code}` and update every caller.',
  'Performance of {symbol} degrades badly when {cond}.',
  'Change how {symbol} behaves when {cond}.',
] as const;

/** Templates over a doc sentence ({doc} = the sentence without its final period; {docLower} decapitalized). */
export const docTemplates = [
  'The docs say: "{doc}". That is not what happens, please fix it.',
  'Make sure that {docLower}.',
  '{doc}. Where is this implemented?',
  'We need to revisit this behaviour: {docLower}.',
  'Bug: it is documented that {docLower}, but it does not hold.',
] as const;

/** Templates over a dependency edge {from} → {to} (multi-module examples). */
export const edgeTemplates = [
  'Change {from} and update {to} accordingly.',
  '{from} passes the wrong data to {to} when {cond}.',
  'Add {aspect} to {to} and use it from {from}.',
  'Refactor the interface between {from} and {to}.',
  'When {cond}, {from} and {to} disagree about the state.',
] as const;

export const conditions = [
  'the input is empty',
  'it is called twice in a row',
  'the value is undefined',
  'the list is very large',
  'it runs during initialization',
  'options are passed in a different order',
  'two updates happen at the same time',
  'the component is destroyed early',
  'the file contains unicode characters',
  'it is used after a reload',
] as const;

export const aspects = [
  'async values',
  'nested data',
  'custom options',
  'better error messages',
  'TypeScript types',
  'cancellation',
  'lazy loading',
  'configurable defaults',
] as const;

export const kindNouns: Record<string, string> = {
  function: 'function', method: 'method', class: 'class', interface: 'type', type: 'type', struct: 'type',
  enum: 'enum', constant: 'constant', variable: 'value', trait: 'trait', protocol: 'protocol', property: 'property',
};
