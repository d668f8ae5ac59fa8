import { FindingsPanel } from "../features/findings/FindingsPanel";
import { Inspector } from "../features/inspector/Inspector";
import { Outline } from "../features/outline/Outline";
import { NaiveSvgTree } from "../features/tree/NaiveSvgTree";
import { TreeView } from "../features/tree/TreeView";
import type { SidePanel } from "../features/url/urlState";
import { useWorkspace } from "../features/workspace/WorkspaceContext";
import { CentreColumn } from "./CentreColumn";
import { SidePanelTabs } from "./SidePanelTabs";

interface Props {
  readonly view: SidePanel;
  readonly onView: (view: SidePanel) => void;
  readonly renderer: "canvas" | "svg";
}

/** The three columns of an open configuration: side panel, tree, inspector. */
export function Workbench({ view, onView, renderer }: Props) {
  const { analysis } = useWorkspace();
  return (
    <div className="workbench">
      <SidePanelTabs
        view={view}
        onChange={onView}
        findingCount={analysis.findings.length}
        outline={<Outline />}
        findings={<FindingsPanel />}
      />
      <CentreColumn tree={renderer === "svg" ? <NaiveSvgTree /> : <TreeView />} />
      <Inspector />
    </div>
  );
}
