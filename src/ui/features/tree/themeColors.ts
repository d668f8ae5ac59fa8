import { NODE_KINDS, type NodeKind } from "../../../model/hierarchy/NodeKind";

/** The theme's colours as the canvas needs them (it cannot read CSS custom properties). */
export interface ThemeColors {
  readonly link: string;
  readonly surface: string;
  readonly text: string;
  readonly border: string;
  readonly accent: string;
  readonly error: string;
  readonly warning: string;
  readonly info: string;
  readonly kind: Readonly<Record<NodeKind, string>>;
}

export function readThemeColors(element: Element): ThemeColors {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const kind = {} as Record<NodeKind, string>;
  for (const k of NODE_KINDS) kind[k] = read(`--kind-${k}`, "#888888");
  return {
    link: read("--link", "#9aa6b6"),
    surface: read("--surface", "#ffffff"),
    text: read("--text", "#17202b"),
    border: read("--border", "#d4d9e1"),
    accent: read("--accent", "#1f5fbf"),
    error: read("--error", "#b3261e"),
    warning: read("--warning", "#8a5300"),
    info: read("--info", "#2d5ea8"),
    kind,
  };
}
