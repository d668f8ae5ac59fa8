import { useCallback, useRef, useState, type CSSProperties } from "react";
import { FindingsPanel } from "../features/findings/FindingsPanel";
import { Inspector } from "../features/inspector/Inspector";
import { FilterBar } from "../features/outline/FilterBar";
import { Outline } from "../features/outline/Outline";
import { ShownHierarchyProvider } from "../shared/shownHierarchy/ShownHierarchyProvider";
import { PaneRail } from "../features/panes/PaneRail";
import { PANE_MAX, PANE_MIN, clampSize } from "../features/panes/paneSizes";
import { useElementWidth } from "../features/panes/useElementWidth";
import { usePaneSizes } from "../features/panes/usePaneSizes";
import { useStackedPanes } from "../features/panes/useStackedPanes";
import { NaiveSvgTree } from "../features/tree/NaiveSvgTree";
import { TreeView } from "../features/tree/TreeView";
import type { SidePanel } from "../shared/url/urlState";
import { useUrlState } from "../shared/url/useUrlState";
import { useWorkspace } from "../shared/workspace/WorkspaceContext";
import { CentreColumn } from "./CentreColumn";
import { SidePanelTabs } from "./SidePanelTabs";

// What only an open configuration needs comes with this chunk, not with the first page: the
// comparison (the diff and the rules) and the findings export (the rule registry).
export { ExportMenu } from "../features/findings/ExportMenu";
export { ReviewProvider } from "./ReviewProvider";

interface Props {
  readonly view: SidePanel;
  readonly onView: (view: SidePanel) => void;
  readonly renderer: "canvas" | "svg";
}

/** The tree keeps at least this width beside the panes. */
const TREE_MIN_WIDTH = 320;
/** Both rails (App.css `--rail`). */
const RAILS = 2 * 24;

/**
 * The three columns of an open configuration: side panel, tree, inspector, with a filter bar
 * over them. Each pane beside the tree resizes and hides on its rail, and keeps its size; an
 * empty inspector gives its room to the tree. On a narrow screen the panes stack.
 */
export function Workbench({ view, onView, renderer }: Props) {
  const { analysis, selected } = useWorkspace();
  const [url, setUrl] = useUrlState();
  const [sizes, setSize] = usePaneSizes();
  const stacked = useStackedPanes();
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const [showEmptyInspector, setShowEmptyInspector] = useState(false);

  const inspectorEmpty = selected === null;
  const sideHidden = sizes.side.collapsed;
  const inspectorHidden = sizes.inspector.collapsed || (inspectorEmpty && !showEmptyInspector);

  const axis = stacked ? "height" : "width";
  const min = PANE_MIN[axis];
  // Beside the tree, the widest a pane may be leaves the tree its room next to the other pane.
  const room = (other: number) =>
    stacked || width === 0
      ? PANE_MAX[axis]
      : Math.min(PANE_MAX.width, width - RAILS - TREE_MIN_WIDTH - other);
  const sideMax = Math.max(min, room(inspectorHidden ? 0 : Math.max(min, sizes.inspector.width)));
  const sideSize = clampSize(sizes.side[axis], min, sideMax);
  const inspectorMax = Math.max(min, room(sideHidden ? 0 : sideSize));
  const inspectorSize = clampSize(sizes.inspector[axis], min, inspectorMax);

  const onInspectorCollapsed = (collapse: boolean) => {
    if (!collapse) {
      setSize("inspector", { collapsed: false });
      if (inspectorEmpty) setShowEmptyInspector(true);
    } else if (inspectorEmpty && !sizes.inspector.collapsed) setShowEmptyInspector(false);
    else setSize("inspector", { collapsed: true });
  };

  const onShowAll = useCallback(() => setUrl({ filter: null, focus: null }), [setUrl]);
  const style = {
    "--side-size": `${sideHidden ? 0 : sideSize}px`,
    "--inspector-size": `${inspectorHidden ? 0 : inspectorSize}px`,
  } as CSSProperties;
  const orientation = stacked ? "horizontal" : "vertical";

  return (
    <ShownHierarchyProvider filter={url.filter} focus={url.focus} onShowAll={onShowAll}>
      <div ref={ref} className="workbench" style={style}>
        <div className="workbench-filter">
          <FilterBar
            filter={url.filter}
            focus={url.focus}
            onFilter={(filter) => setUrl({ filter })}
            onFocus={(focus) => setUrl({ focus }, "push")}
          />
        </div>
        <div id="pane-side" className="workbench-pane workbench-side" hidden={sideHidden}>
          <SidePanelTabs
            view={view}
            onChange={onView}
            findingCount={analysis.checking ? null : analysis.findings.length}
            outline={<Outline />}
            findings={<FindingsPanel />}
          />
        </div>
        <div className="workbench-rail workbench-rail-side">
          <PaneRail
            label="side panel"
            controls="pane-side"
            orientation={orientation}
            grows={1}
            value={sideSize}
            min={min}
            max={sideMax}
            collapsed={sideHidden}
            resizable
            onResize={(value) => setSize("side", { [axis]: value })}
            onCollapsed={(collapsed) => setSize("side", { collapsed })}
          />
        </div>
        <div className="workbench-centre">
          <CentreColumn tree={renderer === "svg" ? <NaiveSvgTree /> : <TreeView />} />
        </div>
        <div className="workbench-rail workbench-rail-inspector">
          <PaneRail
            label="inspector"
            controls="pane-inspector"
            orientation={orientation}
            grows={-1}
            value={inspectorSize}
            min={min}
            max={inspectorMax}
            collapsed={inspectorHidden}
            resizable={!inspectorEmpty || showEmptyInspector}
            onResize={(value) => setSize("inspector", { [axis]: value })}
            onCollapsed={onInspectorCollapsed}
          />
        </div>
        <div
          id="pane-inspector"
          className="workbench-pane workbench-inspector"
          hidden={inspectorHidden}
        >
          <Inspector />
        </div>
      </div>
    </ShownHierarchyProvider>
  );
}
