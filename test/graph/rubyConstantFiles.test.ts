import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRubyConstantFiles } from '../../src/graph/rubyConstantFiles.ts';

test("a Ruby constant's file under a brand name's inflection or a collapsed folder, from any folder named like the namespace", () => {
  const files = [
    'lib/rubocop/cop/mixin/alignment.rb',
    'lib/rubocop/cop/base.rb',
    // a monorepo: the gem's own folder is named like its namespace too
    'activerecord/lib/active_record/connection_adapters/abstract/quoting.rb',
  ];
  const find = createRubyConstantFiles(files, (_, matches) => matches[0]);
  assert.equal(find('lib/rubocop/cop/layout/x.rb', ['rubo_cop/cop/layout/alignment.rb', 'rubo_cop/cop/alignment.rb', 'alignment.rb']), 'lib/rubocop/cop/mixin/alignment.rb');
  assert.equal(find('lib/rubocop/cop/layout/x.rb', ['rubo_cop/cop/base.rb', 'base.rb']), 'lib/rubocop/cop/base.rb');
  // the review's example: the first `active_record` folder is the monorepo's, the namespace's is inside it
  assert.equal(find('activerecord/lib/active_record/base.rb', ['active_record/connection_adapters/quoting.rb']), 'activerecord/lib/active_record/connection_adapters/abstract/quoting.rb');
  // a lone name is never guessed
  assert.equal(find('lib/x.rb', ['quoting.rb']), undefined);
});

test("a folder with a file of its name beside it is a namespace's, never collapsed (Ruby's File is no Jekyll::LiquidRenderer::File)", () => {
  const files = ['lib/jekyll/liquid_renderer.rb', 'lib/jekyll/liquid_renderer/file.rb', 'lib/jekyll/readers/post_reader.rb', 'lib/rubocop/cop/mixin/alignment.rb'];
  const find = createRubyConstantFiles(files, (_, matches) => matches[0]);
  assert.equal(find('lib/jekyll/readers/post_reader.rb', ['jekyll/post_reader/file.rb', 'jekyll/file.rb', 'file.rb']), undefined);
  // the namespace named in full still finds it
  assert.equal(find('lib/jekyll/tags/include.rb', ['jekyll/liquid_renderer/file.rb']), 'lib/jekyll/liquid_renderer/file.rb');
  assert.equal(find('lib/rubocop/cop/layout/x.rb', ['rubo_cop/cop/alignment.rb']), 'lib/rubocop/cop/mixin/alignment.rb');
});
