import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTestFile } from '../../src/graph/isTestFile.ts';

test('tests by folder, by file name, and test projects by their suffix', () => {
  const tests = [
    'test/a.ts', 'src/__tests__/a.ts', 'pkg/parser_test.go', 'tests/test_x.py', 'src/x.spec.js', 'src/main/java/FooTest.java',
    // tsd's type tests beside the declarations they check (commander's typings/index.test-d.ts)
    'typings/index.test-d.ts', 'index.test-d.mts',
    // Cucumber (httparty), behave and Behat scenarios and their step definitions
    'features/command_line.feature', 'features/steps/mongrel_helper.rb', 'features/step_definitions/web_steps.rb', 'tests/features/support/env.py',
    // .NET and Maven test projects: their helpers are not named as tests (Newtonsoft.Json.Tests/TestObjects/Person.cs)
    'Src/Newtonsoft.Json.Tests/TestObjects/Person.cs', 'Src/Foo.UnitTests/Helpers.cs', 'transport-native-unix-common-tests/src/main/java/X.java',
    // protobuf's review: 49 C++ `_unittest.cc` files and 75 files of objectivec/Tests counted as code
    'src/google/protobuf/text_format_unittest.cc', 'src/clparser_perftest.cc', 'objectivec/Tests/GPBMessageTests.m', 'test_spec.lua', 'lua/x/parser_spec.lua', 'Tests/CoreTests/Helpers.swift', 'lib/url-test.c',
    'src/io/ZeroCopyStreamTest.cpp', 't/unit/conftest.py',
    // a test base class beside the code it tests (flysystem's adapters: `src/Ftp/FtpAdapterTestCase.php`)
    'src/Ftp/FtpAdapterTestCase.php', 'Sources/NetTests/NetworkTestCase.swift', 'src/nvim/testdir/test_alot.vim',
    'test/unit/org/openstreetmap/josm/data/validation/tests/AddressesTest.java', 'src/test/java/com/acme/Fixtures.java',
    'app/src/androidTest/java/com/acme/LoginTest.kt', 'shared/src/commonTest/kotlin/com/acme/Fakes.kt',
    // jackson-databind's test source roots per JDK (its src/test-jdk17 had won a request as code)
    'src/test-jdk17/java/com/fasterxml/jackson/databind/records/RecordExplicitCreatorsTest.java', 'src/test-jdk17/java/com/fasterxml/jackson/databind/records/RecordHelper.java',
    // Kotlin Multiplatform's camel-case test source sets (coil's review: test fakes were the key symbols of coil-core)
    'coil-core/src/androidUnitTest/kotlin/coil3/FakeLifecycleRegistry.kt', 'coil-compose-core/src/androidInstrumentedTest/kotlin/coil3/FakeNetworkFetcher.kt', 'lib/src/iosSimulatorArm64Test/kotlin/A.kt',
    // Perl (Mojolicious' review): t/ and .t files; a helper module of the tests' own lib/ below t/
    't/mojo/dom.t', 'xt/author/pod.t', 't/mojolicious/external/lib/MyApp.pm',
    // an Elixir or Ruby test tree's own lib/ is the tests'
    'test/support/lib/fake_adapter.ex', 'spec/fixtures/lib/widget.rb',
    // fuzzers and their corpora (Prometheus' promql/fuzz-data, tmux's fuzz/)
    'promql/fuzz-data/ParseMetric/corpus/exposition_formats_7', 'fuzz/input-fuzzer.c', 'src/fuzzers/parse.rs',
    // Meson's review: its 3,737 fixture files in `test cases/`, its `unittests/` and `manual tests/` had counted as code
    // a fixture binary of the tests beside the code (clap's src/bin/stdio-fixture.rs had made its card "Declares main")
    'src/bin/stdio-fixture.rs', 'lib/db_fixtures.py',
    // jscodeshift's convention (TanStack Query's codemods: 168 of 181 symbols were their fixtures')
    'packages/codemods/src/v5/__testfixtures__/default.input.tsx',
    // a test runner's setup file beside the package (TanStack Query's test-setup.ts had matched "browser")
    'packages/react-query/test-setup.ts', 'src/setupTests.js', 'vitest.setup.ts', 'jest.setup.js', 'testSetup.ts', 'setupJest.js', 'jestSetup.ts', 'setup-vitest.ts',
    'test cases/common/51 run target/main.c', 'regress/unittests/sshbuf/test_sshbuf.c', 'regress/connect.sh', 'unittests/allplatformstests.py', 'manual tests/1 wrap/main.c', 'src/integration_tests/a.rs', 'lib/system-tests/x.js',
    // ecto's integration suite is plain `.exs` files in a singular `integration_test/` (ranked as code, top 3 for two requests)
    'integration_test/cases/repo.exs', 'integration_test/support/schemas.exs', 'unit-test/a.c',
  ];
  for (const path of tests) assert.equal(isTestFile(path), true, path);
  const code = ['src/features/counter/counterSlice.ts', 'src/features/steps-wizard/Step.tsx', 'Src/Newtonsoft.Json/Linq/JObject.cs', 'src/contests/x.ts', 'src/latest/x.ts', 'packages/react-test-renderer/src/x.js', 'src/attests/a.ts',
    'src/protest.cc', 'lib/Latest.m', 'statsmodels/regression/linear_model.py', 'src/contest_utils.py', 'src/unittest_helpers/x.py', 'src/testcases.c', 'mesonbuild/mtest.py',
    // josm's review: the validator's checks are the package data.validation.tests, its base class Test.java
    'src/org/openstreetmap/josm/data/validation/tests/OpeningHourTest.java', 'src/org/openstreetmap/josm/data/validation/Test.java',
    // Test::Mojo is library code that tests use, shipped in lib/ (it had no term bag, so lib/Test never matched)
    'lib/Test/Mojo.pm', 'lib/Mojo/Test/Helpers.pm', 'src/t.ts', 'lib/format.t.ts', 'src/fuzzy/match.ts',
    // so are Plug.Adapters.Test.Conn and a gem's test helpers in lib/ (plug's review)
    'lib/plug/adapters/test/conn.ex', 'lib/rack/test/mock.rb', 'src/prefixture.rs',
    // PHPUnit's own base class, and a JVM class so named inside its package (JUnit's `junit/framework/TestCase.java`)
    'src/Framework/TestCase.php', 'src/main/java/junit/framework/TestCase.java', 'src/main/java/org/acme/SmokeTestCase.java'];
  for (const path of code) assert.equal(isTestFile(path), false, path);
});
