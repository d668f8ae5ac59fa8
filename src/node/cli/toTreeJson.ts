import { asNodeId, type NodeId } from "../../model/config/ids";
import { Hierarchy } from "../../model/hierarchy/Hierarchy";

/**
 * The hierarchy as `tree --format json` prints it: `{kind, name, statId, children}` nodes,
 * laid out as `JSON.stringify(root, null, 2)` would lay them out, each string written by
 * JSON.stringify (so every name is escaped as JSON requires), node by node. Written as it is
 * made rather than stringified whole: at a million objects the nested copy of the tree and
 * its one string took more memory than the model.
 */
export function* toTreeJson(hierarchy: Hierarchy): Generator<string> {
  const pad = (width: number): string => " ".repeat(width);
  const isLastChild = (node: NodeId): boolean =>
    hierarchy.end(node) === hierarchy.end(hierarchy.parent(node)!);
  for (let n = 0; n < hierarchy.size; n++) {
    const node = asNodeId(n);
    // A node at depth d is an object nested 2d deep (objects within `children` lists).
    const depth = hierarchy.depth(node);
    const inner = pad(4 * depth + 2);
    let out =
      `${n === 0 ? "" : pad(4 * depth)}{\n` +
      `${inner}"kind": ${JSON.stringify(hierarchy.kind(node))},\n` +
      `${inner}"name": ${JSON.stringify(hierarchy.name(node))},\n` +
      `${inner}"statId": ${JSON.stringify(hierarchy.statId(node))},\n` +
      `${inner}"children": `;
    if (hierarchy.childCount(node) > 0) out += "[\n";
    else {
      out += `[]\n${pad(4 * depth)}}`;
      // A last child closes its parent's list and object, and so on up.
      let closed = node;
      for (let d = depth; closed !== Hierarchy.ROOT && isLastChild(closed); d--) {
        out += `\n${pad(4 * d - 2)}]\n${pad(4 * d - 4)}}`;
        closed = hierarchy.parent(closed)!;
      }
      if (closed !== Hierarchy.ROOT) out += ",\n";
    }
    yield out;
  }
  yield "\n";
}
