/**
 * The description a project generator writes into every new manifest, which says nothing of the project:
 * bloc's fifteen example apps were each "A new Flutter project.", and a Very Good CLI package "A Very Good Project
 * created by Very Good CLI."
 */
const SCAFFOLD =
  /^(?:a new flutter (?:project|package|plugin|module|application)|a new dart (?:project|package)|a sample command-line application|a starting point for dart libraries or applications|a very good (?:project|package) created by very good cli|a new project|my (?:awesome |new )?(?:project|package|app)|describe your (?:package|project) here|add (?:a|your) description here|short description|todo(?::.*)?|description)\.?$/iu;

/**
 * The opening a generator writes into a new app's README: "This project was generated with Angular CLI version 10.1.5."
 * (paperless-ngx's src-ui card), "This project was bootstrapped with Create React App", "This is a Next.js project
 * bootstrapped with create-next-app", "This template should help get you started developing with Vue 3 in Vite."
 */
const GENERATED_README = /^this (?:project|app|application|repo(?:sitory)?|is an? [\w.\- ]{1,40}? (?:project|app|application|template)) (?:was |has been )?(?:generated|bootstrapped|created|scaffolded) (?:with|by|using)\b|^this template should help (?:get )?you (?:get )?started\b/iu;

export const isScaffoldDescription = (text: string): boolean => SCAFFOLD.test(text.trim()) || GENERATED_README.test(text.trim());
