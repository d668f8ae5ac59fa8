import type { NodeKind } from "../../../model/hierarchy/NodeKind";
import { kindColor, NODE_KIND_GLYPH } from "./nodeKind";

/**
 * The kind's glyph in its colour. The letters are drawn from a data attribute by CSS, so they
 * are not text inside items whose accessible name spells the kind out in words.
 */
export function KindGlyph({ kind }: { readonly kind: NodeKind }) {
  return (
    <span
      className="node-glyph"
      data-glyph={NODE_KIND_GLYPH[kind]}
      style={{ background: kindColor(kind) }}
      aria-hidden="true"
    />
  );
}
