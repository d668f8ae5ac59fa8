import { FIGURES, type FigureName } from "../../model/stats/Figure";

const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** A duration as a supervisor reads it: "45 s", "12 min", "3 h 20 min". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "—";
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  return `${Math.round(hours / 24)} d`;
}

/** A figure's value in its unit: fractions as percentages, seconds as durations. */
export function formatFigure(name: FigureName, value: number | string): string {
  if (typeof value === "string") return value;
  switch (FIGURES[name].unit) {
    case "fraction":
      return `${(value * 100).toFixed(1)}%`;
    case "seconds":
      return formatDuration(value);
    case "perHour":
      return `${integer.format(value)}/h`;
    default:
      return integer.format(value);
  }
}

/** "just now", "12 s ago", "5 min ago". */
export function formatAge(ms: number): string {
  if (ms < 1500) return "just now";
  return `${formatDuration(ms / 1000)} ago`;
}
