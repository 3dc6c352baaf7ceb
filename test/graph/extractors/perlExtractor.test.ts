import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractorFor } from '../../../src/graph/extractors/extractorRegistry.ts';
import { perlExtractor } from '../../../src/graph/extractors/perl/perlExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const source = `package Mojo::DOM;
use Mojo::Base -strict;
use overload '@{}' => sub { shift->child_nodes }, fallback => 1;

use Carp qw(croak);
use Mojo::DOM::CSS;
use parent -norequire, 'Mojo::Collection';
use Scalar::Util qw(blessed);
require Mojo::Util;

has tree => sub { ['root'] };
has 'xml';

sub at { my $self = shift; $self->find(@_)->first }

sub _build { 1 }

1;

=encoding utf8

=head1 NAME

Mojo::DOM - Minimalistic HTML/XML DOM parser with C<CSS> selectors

=head1 SYNOPSIS

  use Mojo::DOM;
  my $dom = Mojo::DOM->new('<div>Hi</div>');

=head1 DESCRIPTION

L<Mojo::DOM> is a minimalistic and relaxed HTML/XML DOM parser with CSS selector support (L<the spec|https://www.w3.org/TR/selectors/>, L<Mojo::DOM::CSS/"SELECTORS">).

=head1 METHODS

=head2 at

  my $result = $dom->at('div ~ p');

Find first descendant element matching the CSS selector and return it as a L<Mojo::DOM> object,
like C<$dom-E<gt>find('div')-E<gt>first>.

=head2 sub fake

=cut

sub after_pod { 2 }
`;

test('perl: packages, subs and attributes are symbols, POD the docs, used modules the imports', async () => {
  const facts = await extractText(perlExtractor, 'lib/Mojo/DOM.pm', source);
  assert.equal(facts.language, 'perl');
  assert.deepEqual(symbolList(facts), [
    'Mojo::DOM module exported',
    'Mojo::DOM._build method',
    'Mojo::DOM.after_pod method exported',
    'Mojo::DOM.at method exported',
    'Mojo::DOM.tree property exported',
    'Mojo::DOM.xml property exported',
  ]);
  assert.deepEqual(importList(facts), [
    'include Carp.pm system',
    'include Mojo/Base.pm system',
    'include Mojo/Collection.pm system',
    'include Mojo/DOM/CSS.pm system',
    'include Mojo/Util.pm system',
    'include Scalar/Util.pm system',
  ]);
  assert.deepEqual(facts.docComments, [
    'Minimalistic HTML/XML DOM parser with CSS selectors',
    // (`L<text|url>` reads as its text: Mojo::Promise's card had read "an implementation of https:")
    'Mojo::DOM is a minimalistic and relaxed HTML/XML DOM parser with CSS selector support (the spec, Mojo::DOM::CSS).',
  ]);
  assert.equal(docOf(facts, 'at'), "Find first descendant element matching the CSS selector and return it as a Mojo::DOM object, like $dom->find('div')->first.");
});

test('perl: a package named private by a part of its name is no API, nor are its subs', async () => {
  const facts = await extractText(perlExtractor, 'lib/Mojo/Server/PSGI.pm', 'package Mojo::Server::PSGI;\nsub run { 1 }\n\npackage Mojo::Server::PSGI::_IO;\nhas buffer => "";\nsub read { 1 }\n1;\n');
  assert.deepEqual(symbolList(facts), [
    'Mojo::Server::PSGI module exported',
    'Mojo::Server::PSGI.run method exported',
    'Mojo::Server::PSGI::_IO module',
    'Mojo::Server::PSGI::_IO.buffer property',
    'Mojo::Server::PSGI::_IO.read method',
  ]);
});

test('perl: .pm, .pl and perl shebang scripts are Perl; a .t test is not parsed', () => {
  assert.equal(extractorFor('lib/Mojo/DOM.pm')?.language, 'perl');
  assert.equal(extractorFor('script/tool.pl')?.language, 'perl');
  // git's scripts: git-send-email.perl, gitweb/gitweb.perl
  assert.equal(extractorFor('git-send-email.perl')?.language, 'perl');
  assert.equal(extractorFor('script/mojo', '#!/usr/bin/env perl\nuse strict;\n')?.language, 'perl');
  assert.equal(extractorFor('t/mojo/dom.t'), undefined);
});
