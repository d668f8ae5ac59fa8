import { asObjectKey, type NodeId, type StatId } from "../../model/config/ids";
import { NODE_KINDS, type HierarchyNode, type NodeKind } from "../../model/hierarchy/HierarchyNode";

/**
 * A hierarchy flattened for the trip from the worker to the page: the nodes in depth-first
 * order as columns. Structured clone copies a tree of objects property by property, the
 * property names included, and a node's id is a path: at 100k objects the ids alone are
 * 30 MB of text. A node's id is its parent's id, `/`, and its own segment, so ids go as that
 * segment, and the page joins them again.
 */
export interface PackedHierarchy {
  /**
   * Three per node: its id (only what follows `<parent id>/` where it starts so), name and
   * statId.
   */
  readonly strings: readonly (string | null)[];
  /** The key of each node's object; 0 for none (keys start at 1). */
  readonly objects: Uint32Array;
  /** 1 where the id is the parent's id, `/`, and the segment in `strings`; 0 for a whole id. */
  readonly idUnderParent: Uint8Array;
  /** Index in `NODE_KINDS`. */
  readonly kinds: Uint8Array;
  readonly childCounts: Uint32Array;
  /** A CampaignCallingList's entry index; -1 for other nodes. */
  readonly entries: Int32Array;
}

const SLASH = "/".charCodeAt(0);
const KIND_INDEX = new Map<NodeKind, number>(NODE_KINDS.map((kind, i) => [kind, i]));
const LEAF: readonly HierarchyNode[] = [];

const countNodes = (node: HierarchyNode): number => {
  let count = 1;
  for (const child of node.children) count += countNodes(child);
  return count;
};

/** Flattens a hierarchy; its typed arrays can be moved to the page (`transferablesOf`). */
export function packHierarchy(root: HierarchyNode): PackedHierarchy {
  const n = countNodes(root);
  const strings: (string | null)[] = [];
  const idUnderParent = new Uint8Array(n);
  const kinds = new Uint8Array(n);
  const childCounts = new Uint32Array(n);
  const entries = new Int32Array(n);
  const objects = new Uint32Array(n);
  const stack: HierarchyNode[] = [root];
  const parentIds: string[] = [""];
  for (let i = 0; stack.length > 0; i++) {
    const node = stack.pop()!;
    const parentId = parentIds.pop()!;
    const { id } = node;
    // slice-and-compare: V8's startsWith is several times slower on long strings.
    const under =
      i > 0 &&
      id.length > parentId.length &&
      id.charCodeAt(parentId.length) === SLASH &&
      id.slice(0, parentId.length) === parentId;
    idUnderParent[i] = under ? 1 : 0;
    strings.push(under ? id.slice(parentId.length + 1) : id, node.name, node.statId);
    objects[i] = node.object ?? 0;
    kinds[i] = KIND_INDEX.get(node.kind)!;
    childCounts[i] = node.children.length;
    entries[i] = node.entry ?? -1;
    for (let c = node.children.length - 1; c >= 0; c--) {
      stack.push(node.children[c]!);
      parentIds.push(id);
    }
  }
  return { strings, idUnderParent, kinds, childCounts, entries, objects };
}

export const transferablesOf = (packed: PackedHierarchy): ArrayBuffer[] => [
  packed.idUnderParent.buffer as ArrayBuffer,
  packed.kinds.buffer as ArrayBuffer,
  packed.childCounts.buffer as ArrayBuffer,
  packed.entries.buffer as ArrayBuffer,
  packed.objects.buffer as ArrayBuffer,
];

/** The hierarchy again, node for node as packed. */
export function unpackHierarchy(packed: PackedHierarchy): HierarchyNode {
  const { strings, idUnderParent, kinds, childCounts, entries, objects } = packed;
  // Open parents: their id, the children array being filled, and how many children it
  // still expects.
  const parentIds: string[] = [];
  const parents: HierarchyNode[][] = [];
  const missing: number[] = [];
  let root: HierarchyNode | null = null;
  for (let i = 0; i < kinds.length; i++) {
    const top = parents.length - 1;
    const own = strings[i * 3]!;
    const id = (idUnderParent[i] === 1 ? `${parentIds[top]!}/${own}` : own) as NodeId;
    const name = strings[i * 3 + 1] ?? "";
    const statId = (strings[i * 3 + 2] ?? null) as StatId | null;
    const object = objects[i] === 0 ? null : asObjectKey(objects[i]!);
    const kind = NODE_KINDS[kinds[i]!]!;
    const count = childCounts[i]!;
    const children: HierarchyNode[] = count === 0 ? (LEAF as HierarchyNode[]) : [];
    const entry = entries[i]!;
    const node: HierarchyNode =
      entry < 0
        ? { id, kind, name, statId, object, children }
        : { id, kind, name, statId, object, entry, children };
    if (top < 0) root = node;
    else {
      parents[top]!.push(node);
      if (--missing[top]! === 0) {
        parentIds.pop();
        parents.pop();
        missing.pop();
      }
    }
    if (count > 0) {
      parentIds.push(id);
      parents.push(children);
      missing.push(count);
    }
  }
  if (root === null) throw new Error("The packed hierarchy has no nodes.");
  return root;
}
