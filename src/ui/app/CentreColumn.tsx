import { useCallback, type ReactNode } from "react";
import { useStatsSlots } from "../shared/statsSlots/StatsSlots";
import { useUrlState } from "../shared/url/useUrlState";
import "./CentreColumn.css";

/**
 * The centre of the workbench: the tree, or (when the statistics feature provides one) the
 * grid of one kind of object, switched by two buttons and kept in the address (`main=grid`,
 * `wallboard=1`) so a link, or a wall screen pointed at one, opens on it.
 */
export function CentreColumn({ tree }: { readonly tree: ReactNode }) {
  const { renderGrid } = useStatsSlots();
  const [url, setUrl] = useUrlState();
  const onWallboard = useCallback(
    (wallboard: boolean) => setUrl({ wallboard }, wallboard ? "push" : "replace"),
    [setUrl],
  );
  if (!renderGrid) return tree;
  const grid = url.main === "grid";
  return (
    <div className="centre-column">
      <div className="centre-switch" role="group" aria-label="Centre view">
        <button
          type="button"
          className="button"
          aria-pressed={!grid}
          onClick={() => setUrl({ main: "tree", wallboard: false }, "push")}
        >
          Tree
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={grid}
          onClick={() => setUrl({ main: "grid" }, "push")}
        >
          Grid
        </button>
      </div>
      <div className="centre-body">
        {grid ? renderGrid({ wallboard: url.wallboard, onWallboard }) : tree}
      </div>
    </div>
  );
}
