import { useEffect, useMemo, useState } from "react";
import { CONFIG_KIND_LABEL } from "../../../model/config/kinds";
import { useWorkspace } from "../../features/workspace/WorkspaceContext";
import { useReview } from "../ReviewContext";
import { tourSteps } from "./tourSteps";
import { TourCard } from "./TourCard";

const NEXT = new Set(["ArrowRight", "ArrowDown", "PageDown", " "]);
const PREVIOUS = new Set(["ArrowLeft", "ArrowUp", "PageUp"]);

/**
 * Full screen, larger type and higher contrast for a projector, and a guided tour of the most
 * important findings: each step reveals the node, explains the rule and shows the expected
 * name. Arrow keys and Page Up/Down (what a presentation clicker sends) step through it;
 * Escape ends it.
 */
export function PresentationMode({ onExit }: { readonly onExit: () => void }) {
  const { analysis, index, reveal } = useWorkspace();
  const review = useReview();
  const steps = useMemo(() => tourSteps(analysis.findings, index), [analysis.findings, index]);
  const [at, setAt] = useState(0);
  const step = steps[Math.min(at, steps.length - 1)];

  useEffect(() => {
    const root = document.documentElement;
    root.classList.add("presenting");
    root.requestFullscreen?.().catch(() => {
      // Refused without a user gesture or in an embedded frame: the mode works windowed too.
    });
    return () => {
      root.classList.remove("presenting");
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  useEffect(() => {
    if (step) reveal(step.node);
  }, [step, reveal]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLElement && event.target.closest("input, textarea, select")) {
        return;
      }
      if (event.key === "Escape") onExit();
      else if (NEXT.has(event.key)) setAt((i) => Math.min(i + 1, Math.max(steps.length - 1, 0)));
      else if (PREVIOUS.has(event.key)) setAt((i) => Math.max(i - 1, 0));
      else if (event.key === "Home") setAt(0);
      else if (event.key === "End") setAt(Math.max(steps.length - 1, 0));
      else return;
      // The outline and the tree also answer arrow keys; during the tour the keys are its own.
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("keydown", onKey, { capture: true });
    return () => window.removeEventListener("keydown", onKey, { capture: true });
  }, [steps.length, onExit]);

  const node = step ? index.nodes.get(step.node) : undefined;
  return (
    <TourCard
      position={step ? Math.min(at, steps.length - 1) + 1 : 0}
      total={steps.length}
      finding={step?.finding ?? null}
      nodeName={node?.name ?? null}
      kindLabel={
        step
          ? step.finding.kind === "campaignCallingList"
            ? "Campaign calling list"
            : CONFIG_KIND_LABEL[step.finding.kind]
          : null
      }
      rule={step ? review?.ruleOf(step.finding.rule) : undefined}
      onPrevious={() => setAt((i) => Math.max(i - 1, 0))}
      onNext={() => setAt((i) => Math.min(i + 1, Math.max(steps.length - 1, 0)))}
      onExit={onExit}
    />
  );
}
