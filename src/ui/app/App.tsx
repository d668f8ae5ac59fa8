import { useCallback, useEffect, useState } from "react";
import type { NodeId, NodePath } from "../../model/config/ids";
import type { Hierarchy } from "../../model/hierarchy/Hierarchy";
import type { Pivot } from "../../model/hierarchy/NodeKind";
import type { Inputs } from "../shared/load/useOpenConfig";
import { FetchFailure, useConfigUrl } from "../shared/load/configUrlQuery";
import { useCurrentAnalysis } from "../shared/load/currentAnalysis";
import { DropZone } from "../shared/load/DropZone";
import { EmptyState } from "../shared/load/EmptyState";
import { LoadStatus } from "../shared/load/LoadStatus";
import { useOpenConfig } from "../shared/load/useOpenConfig";
import { PivotControl } from "../features/pivot/PivotControl";
import { nodeInPivot } from "../shared/pivot/nodeInPivot";
import { usePivotRoot } from "../shared/pivot/usePivotRoot";
import type { Analysis, AnalysisProgress } from "../worker/analyseConfig";
import { SearchBox } from "../features/search/SearchBox";
import { useUrlState } from "../shared/url/useUrlState";
import { WorkspaceProvider } from "../shared/workspace/WorkspaceProvider";
import { ReviewTools } from "./ReviewTools";
import { AppHeader } from "./AppHeader";
import { SelectionToUrl } from "./SelectionToUrl";
import { useWorkbenchModule } from "./useWorkbenchModule";
import { WorkbenchLoading } from "./WorkbenchLoading";
import "./App.css";

const BUILDING_PIVOT: AnalysisProgress = { stage: "building", fraction: 0.5 };
const PIVOT_NAME: Record<Pivot, string> = {
  campaign: "campaign",
  callingList: "calling list",
  group: "group",
};

/** The node selected when another pivot was chosen, to select in that pivot once shown. */
interface CarriedSelection {
  readonly analysis: Analysis;
  readonly pivot: Pivot;
  readonly from: Hierarchy;
  readonly node: NodeId;
}

function carriedPath({ from, node }: CarriedSelection, to: Hierarchy): NodePath | null {
  const there = nodeInPivot(from, node, to);
  return there === null ? null : to.pathOf(there);
}

export function App() {
  const [url, setUrl] = useUrlState();
  const analysis = useCurrentAnalysis();
  const opener = useOpenConfig(url.pivot);
  const fetched = useConfigUrl(url.config);
  const { open } = opener;

  useEffect(() => {
    if (fetched.data) open([fetched.data]);
  }, [fetched.data, open]);

  const workbench = useWorkbenchModule(opener.pending || url.config !== null || analysis !== null);
  const Workbench = workbench.module?.Workbench;
  const ReviewProvider = workbench.module?.ReviewProvider;
  const ExportMenu = workbench.module?.ExportMenu;

  const openFiles = useCallback(
    (inputs: Inputs) => {
      const { config, node, focus } = url;
      open(
        inputs,
        () => setUrl({ config: null, node: null, focus: null }, "push"),
        () => setUrl({ config, node, focus }, "replace"),
      );
    },
    [open, setUrl, url],
  );
  const openUrl = useCallback(
    (config: string) => setUrl({ config, node: null, focus: null }, "push"),
    [setUrl],
  );
  const { shown, building, error: pivotFailure } = usePivotRoot(analysis, url.pivot);
  // The selection follows its object into the next pivot, where its path is another one; the
  // address bar's node= follows once that pivot is shown. The workspace reads its initial node
  // when it mounts for a pivot only, so the carried node is kept until the next choice.
  const [carried, setCarried] = useState<CarriedSelection | null>(null);
  const [toolsOpen, setToolsOpen] = useState(false);
  const selectedPath = url.node;
  const onPivot = useCallback(
    (pivot: Pivot) => {
      const node = shown && selectedPath !== null ? shown.hierarchy.nodeAt(selectedPath) : null;
      setCarried((before) => {
        if (analysis && shown && node !== null) {
          return { analysis, pivot, from: shown.hierarchy, node };
        }
        // Another pivot chosen while the last one is built: the selection is still on its way.
        const onItsWay = before?.analysis === analysis && before.pivot !== shown?.pivot;
        return before && onItsWay ? { ...before, pivot } : null;
      });
      setUrl({ pivot, node: null, focus: null });
    },
    [setUrl, analysis, shown, selectedPath],
  );
  const onSelected = useCallback((path: NodePath | null) => setUrl({ node: path }), [setUrl]);
  const initialNode =
    carried !== null && carried.analysis === analysis && shown?.pivot === carried.pivot
      ? carriedPath(carried, shown.hierarchy)
      : url.node;
  const pivotError =
    pivotFailure && shown
      ? `Could not root the hierarchy by ${PIVOT_NAME[url.pivot]}: ${pivotFailure.message}`
      : null;

  const fetchError =
    fetched.isError && fetched.error instanceof FetchFailure
      ? fetched.error.message
      : fetched.isError
        ? `Could not fetch ${url.config}: ${fetched.error.message}`
        : null;

  const status = (
    <LoadStatus
      fetching={fetched.isFetching ? url.config : null}
      progress={building ? BUILDING_PIVOT : opener.progress}
      error={opener.error}
      fetchError={fetchError}
      pivotError={pivotError}
      keptOpen={analysis !== null}
      onRetry={fetched.isError ? () => void fetched.refetch() : null}
      onDismiss={() => {
        opener.dismissError();
        if (fetched.isError) setUrl({ config: null }, "replace");
        else if (pivotError && shown) setUrl({ pivot: shown.pivot }, "replace");
      }}
    />
  );

  return (
    <DropZone onOpen={openFiles}>
      {analysis && shown && Workbench && ReviewProvider && ExportMenu ? (
        <WorkspaceProvider
          key={`${analysis.loadedAt}:${shown.pivot}`}
          analysis={analysis}
          pivot={shown.pivot}
          hierarchy={shown.hierarchy}
          initialNode={initialNode}
        >
          <ReviewProvider>
            <div className="app">
              <AppHeader
                onOpen={openFiles}
                busy={opener.pending}
                sources={analysis.sources}
                toolsOpen={toolsOpen}
                onToolsOpen={setToolsOpen}
                search={<SearchBox />}
                tools={
                  <>
                    <PivotControl pivot={url.pivot} onChange={onPivot} />
                    <ExportMenu />
                    <ReviewTools />
                  </>
                }
              />
              <main className="app-main">
                {status}
                <Workbench
                  view={url.view}
                  onView={(view) => setUrl({ view })}
                  renderer={url.renderer}
                />
              </main>
              <SelectionToUrl onSelected={onSelected} />
            </div>
          </ReviewProvider>
        </WorkspaceProvider>
      ) : (
        <div className="app">
          <AppHeader
            onOpen={openFiles}
            busy={opener.pending}
            sources={[]}
            tools={null}
            toolsOpen={toolsOpen}
            onToolsOpen={setToolsOpen}
          />
          <main className="app-main app-main-empty">
            {status}
            {analysis && shown ? (
              <WorkbenchLoading error={workbench.error} onRetry={workbench.retry} />
            ) : (
              <EmptyState onOpenUrl={openUrl} />
            )}
          </main>
        </div>
      )}
    </DropZone>
  );
}
