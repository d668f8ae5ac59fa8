// Several kinds of identifier travel through the product and must never be swapped: a
// Configuration Server DBID (unique per object type), the id Stat Server knows an object by
// (a name, or a composed `<campaign>@<group>`), and a node of the drawn hierarchy (one per
// appearance, since shared objects appear under several parents), both as its index in one
// built hierarchy and as its path. Branding keeps them apart.

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** Configuration Server DBID: unique per object type, never reused. */
export type Dbid = Brand<number, "Dbid">;
/** The id Stat Server knows an object by. */
export type StatId = Brand<string, "StatId">;
/**
 * A node of one built hierarchy: its index in the hierarchy's columns (depth-first pre-order,
 * the root is 0). Valid only with the hierarchy it came from.
 */
export type NodeId = Brand<number, "NodeId">;
/**
 * A node's path (`tenant:Acme/campaign:Sales/campaignGroup:Sales@Team A`): the same data gives
 * the same path on every load and in every version, so it is what links and exports carry.
 */
export type NodePath = Brand<string, "NodePath">;
/**
 * The key of one configuration object inside a loaded model: 1, 2, 3... in load order, never
 * 0 (so a key is always truthy). A number rather than a composed string: the model, its links,
 * the hierarchy and the rules look objects up by key several hundred thousand times at 100k
 * objects, and a string key per object was one more long-lived heap object each.
 */
export type ObjectKey = Brand<number, "ObjectKey">;

export const asDbid = (n: number): Dbid => n as Dbid;
export const asStatId = (s: string): StatId => s as StatId;
export const asNodeId = (n: number): NodeId => n as NodeId;
export const asNodePath = (s: string): NodePath => s as NodePath;
export const asObjectKey = (n: number): ObjectKey => n as ObjectKey;
