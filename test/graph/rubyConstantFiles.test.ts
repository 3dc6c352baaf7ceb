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
