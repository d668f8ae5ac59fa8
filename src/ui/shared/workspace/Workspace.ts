import type { Dispatch } from "react";
import type { NodeId } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import type { Pivot } from "../../../model/hierarchy/NodeKind";
import type { Analysis } from "../../worker/analyseConfig";
import type { FindingsByObject } from "../hierarchy/findingsOfNode";
import type { ViewAction, ViewState } from "../viewState/viewStateReducer";

/** Everything the panels share about the open configuration and what the user did to it. */
export interface Workspace {
  readonly analysis: Analysis;
  readonly pivot: Pivot;
  /** The shown pivot's hierarchy: every NodeId the panels hold is one of its nodes. */
  readonly hierarchy: Hierarchy;
  readonly findingsByObject: FindingsByObject;
  readonly view: ViewState;
  readonly dispatch: Dispatch<ViewAction>;
  readonly selected: NodeId | null;
  /** Every appearance of the selected object (one node unless the object is shared). */
  readonly highlighted: ReadonlySet<NodeId>;
  /** Open the path to a node, select it and centre it in the tree. */
  readonly reveal: (node: NodeId) => void;
}
