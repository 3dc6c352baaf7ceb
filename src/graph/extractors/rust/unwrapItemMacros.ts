import type { Node } from 'web-tree-sitter';
import type { ParseFn } from '../Extractor.ts';

/** Where items live: a file, a module body, an impl or trait body. */
const ITEM_PARENTS = new Set(['source_file', 'declaration_list']);
/** Nested wrappers (`cfg_rt! { cfg_net! { … } }`) come out one level per round. */
const MAX_ROUNDS = 3;

/** Item-position macro calls with a brace body: `cfg_net! { … }`, `pin_project! { … }`, `thread_local! { … }`. */
const itemMacros = (root: Node): Node[] => {
  const out: Node[] = [];
  const walk = (node: Node): void => {
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'macro_invocation') {
        const body = child.namedChildren.find((c) => c?.type === 'token_tree');
        if (body?.text.startsWith('{') && body.text.endsWith('}')) out.push(child);
      } else if (ITEM_PARENTS.has(child.type) || child.type === 'ERROR' || child.type === 'mod_item' || child.type === 'impl_item' || child.type === 'trait_item') {
        walk(child);
      }
    }
  };
  walk(root);
  return out;
};

/**
 * Rust crates declare much of their API inside macro calls: `cfg_net! { pub mod tcp; pub use
 * tcp::TcpStream; }` (feature gates), `pin_project! { pub struct Sleep { … } }`. The grammar keeps a
 * macro's body as unparsed tokens, so tokio lost 64 of its 284 public types (TcpStream, Sleep, LocalSet)
 * and the re-exports that make its edges. A brace-bodied macro call where an item may stand is taken
 * for a wrapper of items: its `name! {` and closing `}` become spaces (offsets and lines unchanged, so
 * doc comments and line numbers stay right) and the text is parsed again. Kept only if that adds no
 * parse error the file did not have: a body that is not items (`lazy_static!`'s `static ref`) is left
 * as it was.
 */
export const unwrapItemMacros = async (text: string, parse: ParseFn): Promise<string> => {
  let current = text;
  let tree = await parse('rust', current);
  const hadError = tree.rootNode.hasError;
  try {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const macros = itemMacros(tree.rootNode);
      if (macros.length === 0) break;
      const chars = current.split('');
      for (const macro of macros) {
        const body = macro.namedChildren.find((c) => c?.type === 'token_tree') as Node;
        // web-tree-sitter's offsets count UTF-16 units, as JavaScript strings (and `chars`) do.
        for (let i = macro.startIndex; i <= body.startIndex; i++) if (chars[i] !== '\n') chars[i] = ' ';
        chars[body.endIndex - 1] = ' ';
        // `name! { … };` at item level: the stray `;` would be an error of its own.
        if (chars[macro.endIndex] === ';') chars[macro.endIndex] = ' ';
      }
      const next = chars.join('');
      const nextTree = await parse('rust', next);
      if (nextTree.rootNode.hasError && !hadError) {
        nextTree.delete();
        break;
      }
      tree.delete();
      tree = nextTree;
      current = next;
    }
  } finally {
    tree.delete();
  }
  return current;
};
