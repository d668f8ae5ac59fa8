import { useSyncExternalStore } from "react";
import { NODE_KIND_LABEL } from "../../shared/hierarchy/nodeKind";
import type { DrawnViewStore } from "./drawnViewStore";

const WORST = new Map([
  [2, ", with warnings"],
  [3, ", with errors"],
]);

/**
 * The labelled blocks on screen as a list, for those who do not see the canvas: zoomed out,
 * it says which subtrees the view shows and how large they are.
 */
export function DrawnBlockList({ store }: { readonly store: DrawnViewStore }) {
  const blocks = useSyncExternalStore(store.subscribeBlocks, store.getBlocks, store.getBlocks);
  if (blocks.length === 0) return null;
  return (
    <ul className="visually-hidden" aria-label="Subtrees drawn as blocks">
      {blocks.map((block) => (
        <li key={block.node}>
          {block.count === 1 ? `${NODE_KIND_LABEL[block.kind]} ${block.text}` : block.text}
          {WORST.get(block.worst) ?? ""}
        </li>
      ))}
    </ul>
  );
}
