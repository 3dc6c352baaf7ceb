// The built-in text the tiny tokenizer learns its merges from: the vocabulary of requirements,
// modules and code that modroute prompts are made of, so that prompts tokenize to plausible pieces.
export const trainingText = `Which module of this repository does this requirement concern? Answer with one module id.
The user wants to add a new feature to the command line interface. The request mentions the parser,
the server, the database and the configuration. Fix the bug in the index where the search returns the
wrong results. Add support for Kotlin and Swift source files. The extractor reads imports, exports,
classes, functions and interfaces from each file, and the graph resolves them into module edges.
Requirement: the login page should remember the user and show an error when the password is wrong.
Change: rename the package, update the dependencies, and migrate the tests to the new test runner.
export function createIndex(store: Store, options: IndexOptions): Promise<Index> {
  const modules = await discoverModules(repository, config);
  for (const module of modules) {
    if (module.files.length === 0) continue;
    return { id: module.id, name: module.name, path: module.path, summary: module.summary };
  }
}
import { readFile } from 'node:fs/promises';
class ModuleGraph implements Graph { constructor() { this.nodes = new Map(); this.edges = []; } }
def parse_config(path: str) -> dict:
    with open(path) as handle:
        return json.load(handle)
packages/api-client src/server/http src/graph/extractors src/backends/llm src/index web/ui-kit
<|im_start|>system
You route requirements to modules.<|im_end|>
<|im_start|>user
Add a retry with backoff to the HTTP client.<|im_end|>
<|im_start|>assistant
<think>
The request is about the HTTP client, which lives in the api client package.
</think>
packages/api-client<|im_end|>
The quick brown fox jumps over the lazy dog. 0123456789 + - * / = < > ( ) [ ] { } , ; : . ! ? " ' # @ $ % & |
`;
