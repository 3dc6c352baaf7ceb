/**
 * The description a project generator writes into every new manifest, which says nothing of the project:
 * bloc's fifteen example apps were each "A new Flutter project.", and a Very Good CLI package "A Very Good Project
 * created by Very Good CLI."
 */
const SCAFFOLD =
  /^(?:a new flutter (?:project|package|plugin|module|application)|a new dart (?:project|package)|a sample command-line application|a starting point for dart libraries or applications|a very good (?:project|package) created by very good cli|a new project|my (?:awesome |new )?(?:project|package|app)|describe your (?:package|project) here|add (?:a|your) description here|short description|todo(?::.*)?|description)\.?$/iu;

export const isScaffoldDescription = (text: string): boolean => SCAFFOLD.test(text.trim());
