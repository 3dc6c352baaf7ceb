import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { discoverModules } from '../../../src/graph/discovery/discoverModules.ts';
import { cabalField } from '../../../src/graph/discovery/manifests/cabalDiscoverer.ts';
import { tempDir, writeFiles } from '../../helpers/gitFixture.ts';

const cabal = (name: string, synopsis?: string): string =>
  `cabal-version: 3.0\nname:          ${name}\nversion:       0.1.0\n${synopsis ? `synopsis:      ${synopsis}\n` : ''}description:\n  The long story of ${name},\n  over two lines.\n  .\n  A second paragraph.\n\nlibrary\n  exposed-modules: Web.Api\n  hs-source-dirs: src\n`;

describe('Cabal package discovery', () => {
  it('names each package by its .cabal file, nested packages too, described by the synopsis; docs packages are the docs', async () => {
    const repo = tempDir();
    writeFiles(repo, {
      'cabal.project': 'packages:\n  webapi/\n  webapi-server/\n  webapi-auth/webapi-auth-client\n',
      'webapi/webapi.cabal': cabal('webapi', 'A family of combinators for web APIs'),
      'webapi/src/Web/Api.hs': 'module Web.Api where\n',
      'webapi-server/webapi-server.cabal': cabal('webapi-server'),
      'webapi-server/src/Web/Server.hs': 'module Web.Server where\n',
      // servant-auth's shape: one folder holding several packages
      'webapi-auth/webapi-auth-client/webapi-auth-client.cabal': cabal('webapi-auth-client', 'Client side of the auth combinators'),
      'webapi-auth/webapi-auth-client/src/Auth/Client.hs': 'module Auth.Client where\n',
      'webapi-auth/webapi-auth-server/webapi-auth-server.cabal': cabal('webapi-auth-server', 'Server side of the auth combinators'),
      'webapi-auth/webapi-auth-server/src/Auth/Server.hs': 'module Auth.Server where\n',
      // a cookbook recipe is a package of the docs
      'doc/cookbook/uploads/uploads.cabal': cabal('cookbook-uploads'),
      'doc/cookbook/uploads/Uploads.lhs': '> module Main where\n',
    });
    const found = await discoverModules(repo);
    assert.equal(found.source, 'cabal');
    assert.deepEqual(
      found.modules.filter((m) => m.manifest?.endsWith('.cabal')).map((m) => `${m.id} ${m.name ?? '-'}: ${m.description ?? '-'}`),
      [
        'webapi webapi: A family of combinators for web APIs',
        'webapi-auth/webapi-auth-client webapi-auth-client: Client side of the auth combinators',
        'webapi-auth/webapi-auth-server webapi-auth-server: Server side of the auth combinators',
        // no synopsis: the description's first paragraph
        'webapi-server webapi-server: The long story of webapi-server, over two lines.',
      ],
    );
  });

  it('reads fields case-insensitively, values over indented lines, up to a paragraph break', () => {
    const text = 'Name: lens\nSynopsis: Lenses,\n  Folds and Traversals\nDescription:\n  First.\n  .\n  Second.\n';
    assert.equal(cabalField(text, 'name'), 'lens');
    assert.equal(cabalField(text, 'synopsis'), 'Lenses, Folds and Traversals');
    assert.equal(cabalField(text, 'description'), 'First.');
    assert.equal(cabalField(text, 'homepage'), undefined);
  });
});
