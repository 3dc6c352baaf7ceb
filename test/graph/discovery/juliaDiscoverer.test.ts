import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { discoverModules } from '../../../src/graph/discovery/discoverModules.ts';
import { tempDir, writeFiles } from '../../helpers/gitFixture.ts';

const project = (name: string): string => `name = "${name}"\nuuid = "587475ba-b771-5e3f-ad9e-33799f191a9c"\nversion = "0.1.0"\n\n[deps]\nLinearAlgebra = "37e2e46d-f89d-539d-b4ee-838fcccc9c8e"\n`;

describe('Julia package discovery', () => {
  it("names each package below the root by its Project.toml, the root beside them, and no docs/ or test/ environment", async () => {
    const repo = tempDir();
    writeFiles(repo, {
      'Project.toml': project('Plots3'),
      'src/Plots3.jl': 'module Plots3\nend\n',
      'lib/Plots3Cairo/Project.toml': project('Plots3Cairo'),
      'lib/Plots3Cairo/src/Plots3Cairo.jl': 'module Plots3Cairo\nend\n',
      'lib/Plots3GL/Project.toml': project('Plots3GL'),
      'lib/Plots3GL/src/Plots3GL.jl': 'module Plots3GL\nend\n',
      // environments: dependencies only
      'docs/Project.toml': '[deps]\nDocumenter = "e30172f5-a6a5-5a46-863b-614d45cd2de4"\n',
      'docs/make.jl': 'using Documenter\n',
      'test/Project.toml': project('Plots3Tests'),
      'test/runtests.jl': 'using Test\n',
    });
    const found = await discoverModules(repo);
    assert.equal(found.source, 'julia');
    assert.deepEqual(
      found.modules.filter((m) => m.manifest !== undefined).map((m) => `${m.id} ${m.name ?? '-'} ${m.manifest ?? '-'}`),
      ['. Plots3 Project.toml', 'lib/Plots3Cairo Plots3Cairo lib/Plots3Cairo/Project.toml', 'lib/Plots3GL Plots3GL lib/Plots3GL/Project.toml'],
    );
  });

  it('leaves one package alone to the directory rules', async () => {
    const repo = tempDir();
    writeFiles(repo, {
      'Project.toml': project('Solo'),
      'src/Solo.jl': 'module Solo\ninclude("layers/dense.jl")\nend\n',
      'src/layers/dense.jl': 'struct Dense end\n',
      'docs/Project.toml': '[deps]\n',
    });
    const found = await discoverModules(repo);
    assert.notEqual(found.source, 'julia');
  });
});
