import type { FigureName } from "../../model/stats/Figure";
import { stateLabel } from "./figureStateLabel";
import { formatFigure } from "./formatFigure";

/**
 * A figure's value as a sentence shows it: a state by the name the thresholds editor gives it
 * ("System error", not "SystemError"), any other value as `formatFigure` writes it.
 */
export function readableFigure(name: FigureName, value: number | string): string {
  return typeof value === "string" ? stateLabel(name, value) : formatFigure(name, value);
}
