#!/usr/bin/env node
// dist/cli/start.js runs the one-script bundle (dist/cli.bundle.cjs) through a V8 code cache, or
// dist/cli/main.js when there is no up-to-date bundle.
import('../dist/cli/start.js');
