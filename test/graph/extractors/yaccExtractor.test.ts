import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractorFor } from '../../../src/graph/extractors/extractorRegistry.ts';
import { blankGrammarSections } from '../../../src/graph/extractors/yacc/blankGrammarSections.ts';
import { yaccExtractor } from '../../../src/graph/extractors/yacc/yaccExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

// tmux's cmd-parse.y in small: a prologue, declarations, rules with C actions, an epilogue of functions.
const grammar = `%{
#include <stdlib.h>
#include "tmux.h"

static int yylex(void);
static void cmd_parse_print_commands(struct cmdq_item *, struct cmd_list *);
%}

%union
{
	char *token;
	int flag;
}

%token ERROR
%token <token> FORMAT TOKEN
%type <flag> condition

%code requires {
struct cmd_parse_state { int eof; };
}

%%

lines		: /* empty */
		| statements
		{
			struct cmd_parse_state *ps = &parse_state;
			ps->commands = $1;
		}

condition	: '%if' expanded
		{
			$$ = format_true($2);
		}

%%

/* Parse a configuration file and return its commands. */
struct cmd_parse_result *
cmd_parse_from_file(FILE *f, struct cmd_parse_input *pi)
{
	return cmd_parse_run_parser(NULL);
}

static int
yylex_token_escape(char **buf, size_t *len)
{
	return 1;
}
`;

test('a yacc grammar reads as the C of its code blocks and epilogue, its rules and declarations blanked', async () => {
  assert.equal(extractorFor('cmd-parse.y', grammar), yaccExtractor);
  const facts = await extractText(yaccExtractor, 'cmd-parse.y', grammar);
  // (as in a .c file: prototypes declare nothing of their own, a static function is not exported)
  assert.deepEqual(symbolList(facts), ['cmd_parse_from_file function exported', 'cmd_parse_state struct exported', 'yylex_token_escape function']);
  assert.deepEqual(importList(facts), ['include stdlib.h system', 'include tmux.h']);
  assert.equal(docOf(facts, 'cmd_parse_from_file'), 'Parse a configuration file and return its commands.');
  // offsets and lines are the file's own
  const blanked = blankGrammarSections(grammar);
  assert.equal(blanked.length, grammar.length);
  assert.equal(blanked.split('\n').length, grammar.split('\n').length);
  assert.ok(!blanked.includes('$$') && !blanked.includes('%token'));
});

test('a lex scanner is one by its %% line; a .l file without one (Lisp) is not', () => {
  assert.equal(extractorFor('scanner.l', '%{\n#include "parser.h"\n%}\n%%\n[0-9]+ { return NUM; }\n%%\nint yywrap(void) { return 1; }\n'), yaccExtractor);
  assert.equal(extractorFor('lib/init.l', '(de hello () (prinl "hi"))\n'), undefined);
});
