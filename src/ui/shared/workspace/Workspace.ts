import type { Dispatch } from "react";
import type { NodePath } from "../../../model/config/ids";
import type { HierarchyNode, Pivot } from "../../../model/hierarchy/HierarchyNode";
import type { Analysis } from "../../worker/analyseConfig";
import type { FindingsByObject } from "../hierarchy/findingsOfNode";
import type { NodeIndex } from "../hierarchy/NodeIndex";
import type { ViewAction, ViewState } from "../viewState/viewStateReducer";

/** Everything the panels share about the open configuration and what the user did to it. */
export interface Workspace {
  readonly analysis: Analysis;
  readonly pivot: Pivot;
  readonly index: NodeIndex;
  readonly findingsByObject: FindingsByObject;
  readonly view: ViewState;
  readonly dispatch: Dispatch<ViewAction>;
  readonly selectedNode: HierarchyNode | null;
  /** Every appearance of the selected object (one id unless the object is shared). */
  readonly highlighted: ReadonlySet<NodePath>;
  /** Open the path to a node, select it and centre it in the tree. */
  readonly reveal: (id: NodePath) => void;
}
