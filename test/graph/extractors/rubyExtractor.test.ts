import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extractorFor } from '../../../src/graph/extractors/extractorRegistry.ts';
import { rubyExtractor, underscore } from '../../../src/graph/extractors/ruby/rubyExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const fixture = (path: string): string => readFileSync(new URL(`../../fixtures/ruby-gems/${path}`, import.meta.url), 'utf8');

test('ruby: classes, modules, methods, constants and attributes; private sections and `private def`', async () => {
  const coupling = await extractText(rubyExtractor, 'railcar/lib/railcar/coupling.rb', fixture('railcar/lib/railcar/coupling.rb'));
  assert.equal(coupling.language, 'ruby');
  assert.equal(coupling.hasErrors, undefined);
  assert.deepEqual(symbolList(coupling), [
    'Coupling.MAX_CARS constant exported',
    'Coupling.front property exported',
    'Coupling.join method exported',
    'Coupling.release_pin method', // after a bare `private`
    'Coupling.standard method exported', // def self.standard
    'Railcar module exported',
    'Railcar.Coupling class exported',
  ]);
  assert.equal(docOf(coupling, 'Coupling'), 'Joins two cars.');
  assert.equal(docOf(coupling, 'join'), 'Joins other behind this car, as train.couple(other) does.', 'RDoc markup is dropped');
  assert.equal(docOf(coupling, 'front'), 'The car in front.');

  const brake = await extractText(rubyExtractor, 'railcar/lib/railcar/engine/brake.rb', fixture('railcar/lib/railcar/engine/brake.rb'));
  assert.deepEqual(symbolList(brake), ['Brake.apply method exported', 'Brake.vent method', 'Railcar module exported', 'Railcar.Brake class exported']);
  const bogie = await extractText(rubyExtractor, 'railcar/lib/railcar/wheels/bogie.rb', fixture('railcar/lib/railcar/wheels/bogie.rb'));
  assert.ok(symbolList(bogie).includes('Bogie.pair method exported'), 'class << self methods belong to the class');
});

test('ruby: require, require_relative and autoload (with and without a path, under autoload_under) become file specs', async () => {
  const facts = await extractText(rubyExtractor, 'railcar/lib/railcar.rb', fixture('railcar/lib/railcar.rb'));
  assert.deepEqual(importList(facts), [
    'include caboose/signal.rb',
    'include railcar/coupling.rb', // autoload :Coupling inside module Railcar
    'include railcar/engine/brake.rb', // the explicit path
    'include railcar/wheels/bogie.rb', // autoload_under "wheels"
  ]);
  // the magic comment is no file doc; the module's doc is its own
  assert.deepEqual(facts.docComments, []);
  assert.equal(docOf(facts, 'Railcar'), 'Railcar builds trains.');
  const brake = await extractText(rubyExtractor, 'railcar/lib/railcar/engine/brake.rb', fixture('railcar/lib/railcar/engine/brake.rb'));
  assert.deepEqual(importList(brake), ['path ../wheels/bogie.rb']);
  // a require inside a string or comment is no require; a dynamic one has no literal path (File is a constant the code names)
  const tricky = await extractText(rubyExtractor, 'lib/x.rb', '# require "a/b"\nputs "require \'c\' Quoted::Name"\nrequire name\nrequire File.expand_path("d", __dir__)\n');
  assert.deepEqual(importList(tricky), ['constant file.rb']);
});

test('ruby: a constant becomes the files it may live in, innermost namespace first, as one spec', async () => {
  const path = 'app/controllers/admin/users_controller.rb';
  const text = readFileSync(new URL(`../../fixtures/rails-app/${path}`, import.meta.url), 'utf8');
  const facts = await extractText(rubyExtractor, path, text);
  assert.deepEqual(importList(facts), [
    'constant admin/users_controller/admin/policy.rb|admin/admin/policy.rb|admin/policy.rb', // Admin::Policy
    'constant admin/users_controller/application_controller.rb|admin/application_controller.rb|application_controller.rb',
    'constant admin/users_controller/policy.rb|admin/policy.rb|policy.rb', // Policy inside module Admin
    'constant admin/users_controller/user.rb|admin/user.rb|user.rb',
  ]);
});

test('ruby: picked by extension, tool file name or shebang; constant names underscore as Rails does', () => {
  for (const path of ['a/b.rb', 'lib/tasks/db.rake', 'x.gemspec', 'Rakefile', 'sub/Gemfile', 'config.ru']) {
    assert.equal(extractorFor(path)?.language, 'ruby', path);
  }
  assert.equal(extractorFor('bin/console', '#!/usr/bin/env ruby\nputs 1\n')?.language, 'ruby');
  assert.equal(extractorFor('bin/console', '#!/bin/sh\n')?.language, 'shell');
  // nginx's CHANGES.ru is its changelog in Russian
  assert.equal(extractorFor('CHANGES.ru'), undefined);
  assert.equal(underscore('ActiveRecord'), 'active_record');
  assert.equal(underscore('HTTPHelper'), 'http_helper');
  assert.equal(underscore('ConnectionAdapters'), 'connection_adapters');
  assert.equal(underscore('Base64'), 'base64');
});

test('ruby: a class doc one blank line above the class is its doc; two blank lines or a magic comment are not', async () => {
  const facts = await extractText(rubyExtractor, 'lib/rack/show_exceptions.rb', [
    '# frozen_string_literal: true',
    '',
    "require 'erb'",
    '',
    'module Rack',
    '  # Rack::ShowExceptions catches all exceptions raised from the app it',
    '  # wraps and shows a useful backtrace.',
    '',
    '  class ShowExceptions',
    '    # Renders the page.',
    '    def call(env); end',
    '',
    '    # A note far above.',
    '',
    '',
    '    def pretty(env); end',
    '  end',
    'end',
  ].join('\n'));
  assert.equal(docOf(facts, 'ShowExceptions'), 'Rack::ShowExceptions catches all exceptions raised from the app it\nwraps and shows a useful backtrace.');
  assert.equal(docOf(facts, 'call'), 'Renders the page.');
  assert.equal(docOf(facts, 'pretty'), undefined);
});

test('ruby: what a begin … rescue block or an if defined?(…) declares is declared (sidekiq: code that needs an optional gem)', async () => {
  const facts = await extractText(rubyExtractor, 'lib/active_job/queue_adapters/sidekiq_adapter.rb', `begin
  require "active_job"
  module Sidekiq
    class Wrapper
      def perform(data); end
    end
  end
rescue LoadError
  def fallback; end
end
module Sidekiq
  if defined?(::Rails::Engine)
    class Railtie; end
  else
    class Plain; end
  end
  unless ENV["X"]
    def self.quiet; end
  end
  if a
  elsif b
    class Second; end
  else
    class Third; end
  end
end
`);
  assert.deepEqual(symbolList(facts), ['Sidekiq module exported', 'Sidekiq.Plain class exported', 'Sidekiq.Railtie class exported', 'Sidekiq.Second class exported', 'Sidekiq.Third class exported', 'Sidekiq.Wrapper class exported', 'Sidekiq.quiet method exported', 'Wrapper.perform method exported']);
});

test('ruby: a constant built by Struct.new, Class.new or Data.define is a class, its block its body', async () => {
  // faraday's review: `Request = Struct.new(…) do … end` in request.rb had been a constant, so its doc opened no card
  const source = [
    'module Faraday',
    '  # Used to setup URLs, params, headers, and the request body.',
    '  Request = Struct.new(:http_method, :path) do',
    '    def url(path); end',
    '  end',
    '  Point = Data.define(:x, :y)',
    '  Error = Class.new(StandardError) { def code; end }',
    '  VERSION = "2.0"',
    'end',
    '',
  ].join('\n');
  const file = await extractText(rubyExtractor, 'lib/faraday/request.rb', source);
  assert.deepEqual(symbolList(file), [
    'Error.code method exported',
    'Faraday module exported',
    'Faraday.Error class exported',
    'Faraday.Point class exported',
    'Faraday.Request class exported',
    'Faraday.VERSION constant exported',
    'Request.url method exported',
  ]);
  assert.equal(docOf(file, 'Request'), 'Used to setup URLs, params, headers, and the request body.');
});
