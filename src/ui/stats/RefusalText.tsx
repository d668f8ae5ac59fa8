import type { NodeRefusal } from "./useNodeRefusal";

/** "Stat Server does not know CampaignGroup `Sales@Team A`", the id set apart as code. */
export function RefusalText({ refusal }: { readonly refusal: NodeRefusal }) {
  return (
    <>
      Stat Server does not know {refusal.objectType}{" "}
      <code className="mono stat-refused-id">{refusal.objectId}</code>
    </>
  );
}
