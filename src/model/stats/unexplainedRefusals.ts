import type { Finding } from "../findings/Finding";
import { confirmedByStatServer, statKeyOfFinding } from "./confirmedByStatServer";
import { splitStatKey, type StatKey } from "./StatKey";
import type { StatObjectType } from "./StatObjectType";

/** An id Stat Server refused that no finding explains: a surprise worth reading. */
interface UnexplainedRefusal {
  readonly objectType: StatObjectType;
  readonly objectId: string;
  /** Stat Server's reason, as it gave it. */
  readonly reason: string | null;
  /** Whether an object of the open configuration has this id. */
  readonly matchesNode: boolean;
}

/**
 * The refused ids no confirmed finding is about (for example a Stat Server that does not
 * serve that tenant), those matching no object of the configuration included. Sorted by
 * type, then id, so the list does not jump as verdicts arrive.
 */
export function unexplainedRefusals(
  refused: ReadonlyMap<StatKey, string | null>,
  findings: readonly Finding[],
  hasNode: (key: StatKey) => boolean,
): UnexplainedRefusal[] {
  if (refused.size === 0) return [];
  const explained = new Set<StatKey>();
  for (const finding of findings) {
    if (!confirmedByStatServer(finding, refused)) continue;
    explained.add(statKeyOfFinding(finding)!);
  }
  const surprises: UnexplainedRefusal[] = [];
  for (const [key, reason] of refused) {
    if (explained.has(key)) continue;
    surprises.push({ ...splitStatKey(key), reason, matchesNode: hasNode(key) });
  }
  return surprises.sort(
    (a, b) =>
      a.objectType.localeCompare(b.objectType) ||
      (a.objectId < b.objectId ? -1 : a.objectId > b.objectId ? 1 : 0),
  );
}
