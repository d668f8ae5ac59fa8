import * as z from "zod/mini";
import type { NodeId, NodePath } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import { FIGURE_NAMES, type FigureName } from "../../../model/stats/Figure";
import type { Alarm } from "../../shared/statsSlots/StatsSlots";
import { readStored, writeStored } from "./storedValue";

export const ACKNOWLEDGEMENTS_KEY = "campaign-lens:alarm-acknowledgements";
/** Enough for every alarm a supervisor acknowledges in a long day; the oldest go first. */
const KEEP = 2000;

const acknowledgementSchema = z.object({
  node: z.string().check(z.minLength(1)),
  figure: z.enum(FIGURE_NAMES as [FigureName, ...FigureName[]]),
  since: z.number(),
});
const acknowledgementListSchema = z.array(acknowledgementSchema);
type Acknowledgement = z.infer<typeof acknowledgementSchema>;

const keyOf = (node: string, figure: FigureName, since: number) =>
  `${node}\u0000${figure}\u0000${since}`;

/**
 * The alarms this user acknowledged, kept in local storage. An acknowledgement names the node,
 * the figure and when the alarm began: an alarm that clears and comes back begins anew and is
 * not acknowledged. Another tab's acknowledgements arrive through the `storage` event.
 *
 * Alarms name nodes by NodeId of the hierarchy `hierarchyOf` gives (the one the statistics
 * store's figures are of); what is stored names them by path, which stays the same across
 * reloads and pivots.
 */
export class AlarmAcknowledgements {
  readonly #hierarchyOf: () => Hierarchy | null;
  /** The paths of the nodes asked about, for the hierarchy they were computed in. */
  #paths: { readonly hierarchy: Hierarchy; readonly byNode: Map<NodeId, NodePath> } | null = null;
  readonly #listeners = new Set<() => void>();
  #list: Acknowledgement[];
  #keys = new Set<string>();
  /** The latest acknowledged beginning by node and figure. */
  #latest = new Map<string, number>();
  #version = 0;

  constructor(hierarchyOf: () => Hierarchy | null) {
    this.#hierarchyOf = hierarchyOf;
    this.#list = readStored(ACKNOWLEDGEMENTS_KEY, acknowledgementListSchema, []);
    this.#indexList();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    if (this.#listeners.size === 1 && typeof window !== "undefined")
      window.addEventListener("storage", this.#onStorage);
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0 && typeof window !== "undefined")
        window.removeEventListener("storage", this.#onStorage);
    };
  };

  /** Changes whenever an acknowledgement is added, for `useSyncExternalStore`. */
  getVersion = (): number => this.#version;

  /** The node's path; null when there is no hierarchy to read it in. */
  #pathOf(node: NodeId): NodePath | null {
    const hierarchy = this.#hierarchyOf();
    if (hierarchy === null || node >= hierarchy.size) return null;
    if (this.#paths?.hierarchy !== hierarchy) this.#paths = { hierarchy, byNode: new Map() };
    let path = this.#paths.byNode.get(node);
    if (path === undefined) {
      path = hierarchy.pathOf(node);
      this.#paths.byNode.set(node, path);
    }
    return path;
  }

  isAcknowledged(alarm: Alarm): boolean {
    const path = this.#pathOf(alarm.node);
    return path !== null && this.#keys.has(keyOf(path, alarm.figure, alarm.since));
  }

  acknowledge(alarms: readonly Alarm[]): void {
    let added = false;
    for (const alarm of alarms) {
      const path = this.#pathOf(alarm.node);
      if (path === null) continue;
      const key = keyOf(path, alarm.figure, alarm.since);
      if (this.#keys.has(key)) continue;
      this.#keys.add(key);
      this.#list.push({ node: path, figure: alarm.figure, since: alarm.since });
      added = true;
    }
    if (!added) return;
    if (this.#list.length > KEEP) this.#list = this.#list.slice(-KEEP);
    this.#indexList();
    writeStored(ACKNOWLEDGEMENTS_KEY, this.#list);
    this.#changed();
  }

  /**
   * When an acknowledged alarm of this node and figure began (the latest, if several): the
   * tracker continues it when the page opens again and finds the node still over.
   */
  sinceOf(node: NodeId, figure: FigureName): number | null {
    const path = this.#pathOf(node);
    return path === null ? null : (this.#latest.get(`${path}\u0000${figure}`) ?? null);
  }

  #indexList(): void {
    this.#keys = new Set();
    this.#latest = new Map();
    for (const a of this.#list) {
      this.#keys.add(keyOf(a.node, a.figure, a.since));
      const pair = `${a.node}\u0000${a.figure}`;
      if ((this.#latest.get(pair) ?? -Infinity) < a.since) this.#latest.set(pair, a.since);
    }
  }

  #onStorage = (event: StorageEvent) => {
    if (event.key === ACKNOWLEDGEMENTS_KEY) this.#reload();
  };

  #reload(): void {
    this.#list = readStored(ACKNOWLEDGEMENTS_KEY, acknowledgementListSchema, []);
    this.#indexList();
    this.#changed();
  }

  #changed(): void {
    this.#version += 1;
    for (const listener of this.#listeners) listener();
  }
}
