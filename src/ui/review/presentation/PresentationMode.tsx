import { useEffect, useMemo, useReducer } from "react";
import { CONFIG_KIND_LABEL } from "../../../model/config/kinds";
import { useStatsSlots, type ThresholdCrossing } from "../../shared/statsSlots/StatsSlots";
import { useWorkspace } from "../../shared/workspace/WorkspaceContext";
import { useReview } from "../../shared/review/ReviewContext";
import { INITIAL_TOUR, tourReducer } from "./tourReducer";
import { tourSteps } from "./tourSteps";
import { TourCard } from "./TourCard";

const NEXT = new Set(["ArrowRight", "ArrowDown", "PageDown", " "]);
const PREVIOUS = new Set(["ArrowLeft", "ArrowUp", "PageUp"]);

/**
 * Full screen, larger type and higher contrast for a projector, and a guided tour of the most
 * important findings: each step reveals the node, explains the rule and shows the expected
 * name. Arrow keys and Page Up/Down (what a presentation clicker sends) step through it;
 * Escape ends it. With live or simulated figures, a node whose figures just crossed a
 * threshold becomes the next stop, so the clicker's Next visits it, then the tour goes on.
 */
export function PresentationMode({ onExit }: { readonly onExit: () => void }) {
  const { analysis, hierarchy, reveal } = useWorkspace();
  const review = useReview();
  const steps = useMemo(
    () => tourSteps(analysis.findings, hierarchy),
    [analysis.findings, hierarchy],
  );
  const [tour, dispatch] = useReducer(tourReducer, INITIAL_TOUR);
  // A crossing names a node of the hierarchy its figures were judged on; one of another
  // hierarchy (before a pivot switch or a new file is rolled up) is not visited.
  const ofHere = (crossing: ThresholdCrossing | null) =>
    crossing !== null && crossing.hierarchy === hierarchy ? crossing : null;
  const pending = ofHere(tour.pending);
  const visiting = ofHere(tour.visiting);
  const { at } = tour;
  const { subscribeCrossings } = useStatsSlots();
  const step = steps[Math.min(at, steps.length - 1)];
  const last = Math.max(steps.length - 1, 0);

  useEffect(
    () =>
      subscribeCrossings?.((crossing) => {
        if (crossing.hierarchy === hierarchy) dispatch({ type: "crossing", crossing });
      }),
    [subscribeCrossings, hierarchy],
  );
  useEffect(() => dispatch({ type: "hierarchy", hierarchy }), [hierarchy]);

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
    if (visiting) reveal(visiting.node);
    else if (step) reveal(step.node);
  }, [step, visiting, reveal]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLElement && event.target.closest("input, textarea, select")) {
        return;
      }
      if (event.key === "Escape") onExit();
      else if (NEXT.has(event.key)) dispatch({ type: "next", last });
      else if (PREVIOUS.has(event.key)) dispatch({ type: "previous" });
      else if (event.key === "Home") dispatch({ type: "first" });
      else if (event.key === "End") dispatch({ type: "end", last });
      else return;
      // The outline and the tree also answer arrow keys; during the tour the keys are its own.
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("keydown", onKey, { capture: true });
    return () => window.removeEventListener("keydown", onKey, { capture: true });
  }, [last, onExit]);

  const nameOf = (crossing: ThresholdCrossing) => hierarchy.name(crossing.node);
  return (
    <TourCard
      live={
        pending
          ? { ...pending, name: nameOf(pending), visiting: false }
          : visiting
            ? { ...visiting, name: nameOf(visiting), visiting: true }
            : null
      }
      position={step ? Math.min(at, steps.length - 1) + 1 : 0}
      total={steps.length}
      finding={step?.finding ?? null}
      nodeName={step ? hierarchy.name(step.node) : null}
      kindLabel={
        step
          ? step.finding.kind === "campaignCallingList"
            ? "Campaign calling list"
            : CONFIG_KIND_LABEL[step.finding.kind]
          : null
      }
      rule={step ? review?.ruleOf(step.finding.rule) : undefined}
      onPrevious={() => dispatch({ type: "previous" })}
      onNext={() => dispatch({ type: "next", last })}
      onExit={onExit}
    />
  );
}
