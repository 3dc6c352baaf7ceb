import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extractorFor } from '../../../src/graph/extractors/extractorRegistry.ts';
import { phpExtractor } from '../../../src/graph/extractors/php/phpExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const fixture = (path: string): string => readFileSync(new URL(`../../fixtures/php-packages/${path}`, import.meta.url), 'utf8');

test('php: classes, interfaces, traits, enums, methods and constants; magic methods and private ones', async () => {
  const facts = await extractText(phpExtractor, 'src/Tramway/Routing/Router.php', fixture('src/Tramway/Routing/Router.php'));
  assert.equal(facts.language, 'php');
  assert.equal(facts.hasErrors, undefined);
  assert.equal(facts.packageName, 'Tramway.Routing');
  assert.deepEqual(symbolList(facts), [
    'Direction enum exported',
    'Direction.Inbound constant exported',
    'Matcher interface exported',
    'RouteTrait trait exported',
    'RouteTrait.name method exported',
    'Router class exported',
    'Router.MAX_STOPS constant exported',
    'Router.count method exported',
    'Router.match method exported',
    'Router.normalize method', // private; __construct is left out
  ]);
  // PHPDoc tag lines are types, not prose
  assert.equal(docOf(facts, 'Router'), 'Matches a request to the stop that serves it.');
  assert.equal(docOf(facts, 'match'), 'Find the stop for a path.');
  // the licence header is no file doc
  assert.deepEqual(facts.docComments, []);
});

test('php: `use` (grouped, aliased, `use function`) as dotted names; includes by __DIR__ or by path', async () => {
  const router = await extractText(phpExtractor, 'src/Tramway/Routing/Router.php', fixture('src/Tramway/Routing/Router.php'));
  assert.deepEqual(importList(router), [
    'path ./routes.php',
    'qualified Tramway.Support.Collection',
    'qualified Tramway.Support.Str',
    'qualified Tramway.Support.helper',
    'qualified Tramway.Ticket.Fare',
    'qualified Tramway.Ticket.Validator',
  ]);
  const helpers = await extractText(phpExtractor, 'src/Tramway/Support/helpers.php', fixture('src/Tramway/Support/helpers.php'));
  assert.deepEqual(symbolList(helpers), ['helper function exported'], 'functions guarded by function_exists count');
  assert.equal(docOf(helpers, 'helper'), 'A helper everyone uses.');
  assert.deepEqual(importList(helpers), ['include Tramway/Ticket/Fare.php']);
  const str = await extractText(phpExtractor, 'src/Tramway/Support/Str.php', fixture('src/Tramway/Support/Str.php'));
  assert.equal(str.packageName, 'Tramway.Support');
  assert.deepEqual(symbolList(str), ['Str class exported', 'Str.slug method exported'], 'a braced namespace block holds declarations too');
  const up = await extractText(phpExtractor, 'a/b/x.php', "<?php\nrequire dirname(__DIR__) . '/boot.php';\n");
  assert.deepEqual(importList(up), ['path ../boot.php']);
});

test('php: picked by extension or shebang', () => {
  for (const path of ['a/b.php', 'views/x.phtml']) assert.equal(extractorFor(path)?.language, 'php', path);
  assert.equal(extractorFor('bin/artisan', '#!/usr/bin/env php\n<?php\n')?.language, 'php');
});

test('php: PHP 8.4 and 8.5 syntax (asymmetric visibility, a member of `new X()` unparenthesised, the pipe operator) parses', async () => {
  // Firefly III 6.6: 23 of its 1,172 app/ files had failed to parse on these
  const code = `<?php
namespace App\\Notifications;

/** Reminds a user of a bill. */
final class BillReminder
{
    public protected(set) string $name;
    private(set) int $count = 0;

    public function toMail(User $user): MailMessage
    {
        $slug = $this->name
            |> trim(...)
            |> strtolower(...);
        return new MailMessage('(x)')
            ->subject($slug)
            ->line(new Line()?->text ?? '');
    }

    public function via(): array { return ['mail']; }
}
`;
  const facts = await extractText(phpExtractor, 'app/Notifications/BillReminder.php', code);
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), ['BillReminder class exported', 'BillReminder.toMail method exported', 'BillReminder.via method exported']);
  assert.equal(docOf(facts, 'BillReminder'), 'Reminds a user of a bill.');
});
