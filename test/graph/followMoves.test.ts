import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openIndex } from '../../src/api/openIndex.ts';
import { followMoves } from '../../src/graph/store/followMoves.ts';
import { makeGitRepo, tempDir } from '../helpers/gitFixture.ts';
import { runIndex } from '../helpers/runIndex.ts';

describe('history of files that moved', () => {
  it('finds the one file of today whose path ends the same way; an ambiguous or common name moves nothing', () => {
    const follow = followMoves([
      'clap_builder/src/builder/arg.rs', 'clap_builder/src/parser/mod.rs', 'clap_complete/src/mod.rs',
      'a/util/format.ts', 'b/util/format.ts', 'src/lib.rs',
    ]);
    assert.equal(follow('src/builder/arg.rs'), 'clap_builder/src/builder/arg.rs');
    assert.equal(follow('old/root/src/builder/arg.rs'), 'clap_builder/src/builder/arg.rs');
    assert.equal(follow('src/lib.rs'), undefined, 'a file the tree holds stays where it is');
    assert.equal(follow('lib/util/format.ts'), undefined, 'two files end util/format.ts');
    assert.equal(follow('src/parser/mod.rs'), 'clap_builder/src/parser/mod.rs', 'mod.rs with its two folders');
    assert.equal(follow('parser/mod.rs'), undefined, 'mod.rs with one folder says too little');
    assert.equal(follow('src/gone.rs'), undefined);
    // a deleted package's src/parser.ts is no other package's: a common folder needs a third segment
    assert.equal(followMoves(['pkga/src/parser.ts'])('pkgb/src/parser.ts'), undefined);
    assert.equal(followMoves(['pkga/src/parser.ts'])('old/pkga/src/parser.ts'), 'pkga/src/parser.ts');
    // the top's own src/ split into a workspace (ripgrep's src/gitignore.rs is crates/ignore/src/gitignore.rs): followed
    // where one file of today ends so, not where two do, and never for a common name
    assert.equal(followMoves(['crates/ignore/src/gitignore.rs'])('src/gitignore.rs'), 'crates/ignore/src/gitignore.rs');
    assert.equal(followMoves(['a/src/walk.rs', 'b/src/walk.rs'])('src/walk.rs', ['src/walk.rs']), undefined);
    assert.equal(followMoves(['crates/ignore/src/lib.rs'])('src/lib.rs'), undefined);
    // only the top's source folder: a deleted top-level tests/cli.rs is no example's tests/cli.rs
    assert.equal(followMoves(['examples/demo/tests/cli.rs'])('tests/cli.rs'), undefined);
    // a file the walk never listed (outside every module, or skipped) is still there: it moved nowhere
    const onDisk = followMoves(['packages/a/scripts/release.ts'], (path) => path === 'scripts/release.ts');
    assert.equal(onDisk('scripts/release.ts'), undefined);
    assert.equal(onDisk('tools/scripts/release.ts'), 'packages/a/scripts/release.ts');
    // moved down within its folder (libgit2's src/repository.c is src/libgit2/repository.c), at most two folders down,
    // never by a common name; two such files are settled by the commit's other files
    const down = followMoves(['src/libgit2/repository.c', 'src/libgit2/stash.c', 'src/util/hash/sha1.c', 'src/libgit2/a/b/c/deep.c', 'src/x/index.ts']);
    assert.equal(down('src/repository.c'), 'src/libgit2/repository.c');
    assert.equal(down('src/sha1.c'), 'src/util/hash/sha1.c');
    assert.equal(down('src/deep.c'), undefined, 'four folders down');
    assert.equal(down('src/index.ts'), undefined, 'a common name');
    assert.equal(down('lib/repository.c'), undefined, 'another folder');
    // a build file or a page every folder may have is no move
    const perFolder = followMoves(['src/app/CMakeLists.txt', 'docs/v2/api.md', 'core/impl/pom.xml']);
    for (const gone of ['src/CMakeLists.txt', 'docs/api.md', 'core/pom.xml']) assert.equal(perFolder(gone), undefined, gone);
    const twice = followMoves(['src/libgit2/odb.c', 'src/cli/odb.c', 'src/libgit2/refs.c']);
    assert.equal(twice('src/odb.c'), undefined);
    assert.equal(twice('src/odb.c', ['src/odb.c', 'src/refs.c']), 'src/libgit2/odb.c');
  });

  it('sends a file whose own tail settles nothing where its folder went, once three files of history say the folder moved', () => {
    // doctrine moved lib/Doctrine/ORM/ to src/ in 2024: its subfolders' files settle by their tails, UnitOfWork.php cannot
    const today = ['src/UnitOfWork.php', 'src/EntityManager.php', 'src/Query/Expr.php', 'src/Query/Parser.php', 'src/Persisters/Entity/BasicEntityPersister.php', 'other/Parser.php'];
    const history = ['lib/Doctrine/ORM/UnitOfWork.php', 'lib/Doctrine/ORM/Query/Expr.php', 'lib/Doctrine/ORM/Query/Parser.php', 'lib/Doctrine/ORM/Persisters/Entity/BasicEntityPersister.php', 'lib/Doctrine/ORM/Removed.php'];
    const follow = followMoves(today, () => false, () => history);
    assert.equal(follow('lib/Doctrine/ORM/UnitOfWork.php'), 'src/UnitOfWork.php');
    assert.equal(follow('lib/Doctrine/ORM/EntityManager.php'), 'src/EntityManager.php');
    assert.equal(follow('lib/Doctrine/ORM/Removed.php'), undefined, 'a file its folder no longer holds');
    assert.equal(follow('lib/Other/Parser.php'), undefined, 'another folder');
    // two files of history are not enough; without history, nothing
    assert.equal(followMoves(today, () => false, () => history.slice(0, 3))('lib/Doctrine/ORM/UnitOfWork.php'), undefined);
    assert.equal(followMoves(today)('lib/Doctrine/ORM/UnitOfWork.php'), undefined);
    // a file still on disk moved nowhere
    assert.equal(followMoves(today, (p) => p === 'lib/Doctrine/ORM/UnitOfWork.php', () => history)('lib/Doctrine/ORM/UnitOfWork.php'), undefined);
  });

  it('settles a tail several files end with by where the other files of the same commit went', () => {
    // axum moved its crate from src/ to axum/src/; axum-extra has a src/routing/mod.rs of its own
    const follow = followMoves(['axum/src/routing/mod.rs', 'axum/src/routing/method_routing.rs', 'axum-extra/src/routing/mod.rs', 'axum-extra/src/lib.rs']);
    assert.equal(follow('src/routing/mod.rs'), undefined, 'alone, two files end src/routing/mod.rs');
    assert.equal(follow('src/routing/mod.rs', ['src/routing/mod.rs', 'src/routing/method_routing.rs']), 'axum/src/routing/mod.rs');
    // a commit whose other files moved nowhere, or went two ways equally, settles nothing
    assert.equal(follow('src/routing/mod.rs', ['src/routing/mod.rs', 'README.md']), undefined);
    const twoWays = followMoves(['a/src/x/mod.rs', 'b/src/x/mod.rs', 'a/src/x/one.rs', 'b/src/x/two.rs']);
    assert.equal(twoWays('src/x/mod.rs', ['src/x/mod.rs', 'src/x/one.rs', 'src/x/two.rs']), undefined);
  });

  it('credits a moved file\'s earlier commits to the module it is in now, also when the move comes in a later index run', async () => {
    const repo = makeGitRepo([
      { message: 'Teach the parser negative numbers', date: '2023-01-01T00:00:00Z', files: {
        'Cargo.toml': '[workspace]\nmembers = ["clap", "clap_builder"]\n',
        'clap/Cargo.toml': '[package]\nname = "clap"\n', 'clap/src/lib.rs': 'pub fn run() {}\n', 'clap/src/parser/negative.rs': 'pub fn negative() {}\n',
        'clap_builder/Cargo.toml': '[package]\nname = "clap_builder"\n', 'clap_builder/src/lib.rs': 'pub fn build() {}\n',
      } },
      { message: 'Parse short flags in clusters', date: '2023-02-01T00:00:00Z', files: { 'clap/src/parser/negative.rs': 'pub fn negative() {}\npub fn cluster() {}\n' } },
    ]);
    const db = join(tempDir(), 'index.db');
    await runIndex({ repo, db });
    const commitsOf = async (module: string): Promise<string[]> => {
      const index = await openIndex({ repo, db });
      try {
        return index.graph().commits.filter((c) => c.modules.includes(module as never)).map((c) => c.subject).sort();
      } finally {
        index.close();
      }
    };
    assert.deepEqual(await commitsOf('clap'), ['Parse short flags in clusters', 'Teach the parser negative numbers']);
    // the parser moves to clap_builder in a commit of its own (no rename detection needed): the next index run
    // credits its history there
    makeGitRepo([{ message: 'Split the builder out', date: '2023-03-01T00:00:00Z', files: {
      'clap/src/parser/negative.rs': null, 'clap_builder/src/parser/negative.rs': 'pub fn negative() {}\npub fn cluster() {}\n',
    } }], repo);
    await runIndex({ repo, db });
    assert.deepEqual(await commitsOf('clap_builder'), ['Parse short flags in clusters', 'Split the builder out', 'Teach the parser negative numbers']);
    // (the first commit wrote clap/src/lib.rs too; the split's deleted path is the moved file's, now in clap_builder)
    assert.deepEqual(await commitsOf('clap'), ['Teach the parser negative numbers']);
    // a rebuild says the same
    const fresh = join(tempDir(), 'index.db');
    await runIndex({ repo, db: fresh });
    const index = await openIndex({ repo, db: fresh });
    try {
      assert.deepEqual(index.graph().commits.filter((c) => c.modules.includes('clap_builder' as never)).map((c) => c.subject).sort(), ['Parse short flags in clusters', 'Split the builder out', 'Teach the parser negative numbers']);
    } finally {
      index.close();
    }
  });
});
