import type { ManifestDiscoverer } from './ManifestDiscoverer.ts';
import { cabalDiscoverer } from './manifests/cabalDiscoverer.ts';
import { cargoDiscoverer } from './manifests/cargoDiscoverer.ts';
import { composerDiscoverer } from './manifests/composerDiscoverer.ts';
import { dotnetDiscoverer } from './manifests/dotnetDiscoverer.ts';
import { duneDiscoverer } from './manifests/duneDiscoverer.ts';
import { cmakeDiscoverer } from './manifests/cmakeDiscoverer.ts';
import { goDiscoverer } from './manifests/goDiscoverer.ts';
import { gemspecDiscoverer } from './manifests/gemspecDiscoverer.ts';
import { juliaDiscoverer } from './manifests/juliaDiscoverer.ts';
import { gradleDiscoverer } from './manifests/gradleDiscoverer.ts';
import { mavenDiscoverer } from './manifests/mavenDiscoverer.ts';
import { mixDiscoverer } from './manifests/mixDiscoverer.ts';
import { nxDiscoverer } from './manifests/nxDiscoverer.ts';
import { lernaDiscoverer } from './manifests/lernaDiscoverer.ts';
import { npmWorkspacesDiscoverer } from './manifests/npmWorkspacesDiscoverer.ts';
import { pnpmWorkspaceDiscoverer } from './manifests/pnpmWorkspaceDiscoverer.ts';
import { pubDiscoverer } from './manifests/pubDiscoverer.ts';
import { pythonDiscoverer } from './manifests/pythonDiscoverer.ts';
import { rPackageDiscoverer } from './manifests/rPackageDiscoverer.ts';
import { sbtDiscoverer } from './manifests/sbtDiscoverer.ts';
import { swiftDiscoverer } from './manifests/swiftDiscoverer.ts';

/**
 * Every manifest kind, all consulted and merged. The order decides which one names a directory that two
 * manifests declare (first wins; later ones only fill a missing name/description) and which one is
 * reported as the `source` on a tie (the kind that found the most modules wins).
 */
export const manifestDiscoverers: readonly ManifestDiscoverer[] = [
  npmWorkspacesDiscoverer,
  pnpmWorkspaceDiscoverer,
  lernaDiscoverer,
  nxDiscoverer,
  gradleDiscoverer,
  mavenDiscoverer,
  sbtDiscoverer,
  cargoDiscoverer,
  goDiscoverer,
  swiftDiscoverer,
  cmakeDiscoverer,
  pythonDiscoverer,
  gemspecDiscoverer,
  composerDiscoverer,
  pubDiscoverer,
  dotnetDiscoverer,
  mixDiscoverer,
  duneDiscoverer,
  rPackageDiscoverer,
  juliaDiscoverer,
  cabalDiscoverer,
];
