import type { HierarchyNode } from "./HierarchyNode";

/**
 * The children of every leaf: one frozen empty array shared by all of them, since a large
 * configuration has hundreds of thousands of leaves (agents) and each would otherwise carry
 * an array of its own.
 */
export const NO_CHILDREN: readonly HierarchyNode[] = Object.freeze([]);
