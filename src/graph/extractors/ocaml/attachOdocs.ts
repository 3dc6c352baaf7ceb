import type { Node } from 'web-tree-sitter';

export interface DocComment {
  node: Node;
  text: string;
}

/**
 * Which doc comment documents which item of one structure or signature, as odoc attaches them: the
 * comment right above an item (no blank line between) first, else the one right after it (on its last
 * line or the next), the style of many `.mli` files (`val make : string -> t` then `(** … *)`). A
 * comment that could be both is the next item's ("before" wins, as the odoc convention of the brief and
 * dune's own sources have it). `taken` holds comments already used (the file's doc).
 */
export const attachOdocs = (items: Node[], comments: readonly DocComment[], taken: ReadonlySet<Node['id']>): Map<Node['id'], string> => {
  const docs = new Map<Node['id'], string>();
  const used = new Set<Node['id']>(taken);
  const between = (from: number, to: number): DocComment[] => comments.filter((c) => c.node.startIndex >= from && c.node.endIndex <= to && !used.has(c.node.id));
  // Before: the last comment between the previous item and this one, ending on the row above (or this row).
  for (const [i, item] of items.entries()) {
    const start = item.startPosition.row;
    const candidates = between(items[i - 1]?.endIndex ?? 0, item.startIndex);
    const last = candidates.at(-1);
    if (last && last.node.endPosition.row >= start - 1) {
      docs.set(item.id, last.text);
      used.add(last.node.id);
    }
  }
  // After: the first comment after an undocumented item, starting on its last row or the next.
  for (const [i, item] of items.entries()) {
    if (docs.has(item.id)) continue;
    const end = item.endPosition.row;
    const first = between(item.endIndex, items[i + 1]?.startIndex ?? Number.MAX_SAFE_INTEGER)[0];
    if (first && first.node.startPosition.row <= end + 1) {
      docs.set(item.id, first.text);
      used.add(first.node.id);
    }
  }
  return docs;
};
