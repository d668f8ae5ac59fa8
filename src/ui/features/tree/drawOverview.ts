import { kindAt, NODE_WIDTH, type TreeLayout } from "../../shared/tree/layoutTree";
import type { OverviewMapping } from "./overviewTransform";
import type { SubtreeIndex } from "./subtreeIndex";
import type { ThemeColors } from "./themeColors";

/**
 * Draws the whole tree small: each column as strips of its nodes, one device pixel row per
 * run of nodes, in the colour of the worst severity in the run, else of the first node's kind.
 * Linear in the nodes, but run only when the layout, the findings or the theme change.
 */
export function drawOverview(
  ctx: CanvasRenderingContext2D,
  layout: TreeLayout,
  index: SubtreeIndex,
  severity: Uint8Array,
  m: OverviewMapping,
  colors: ThemeColors,
  size: { readonly width: number; readonly height: number; readonly pixelRatio: number },
): void {
  const ratio = size.pixelRatio;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, size.width * ratio, size.height * ratio);
  const byColour = new Map<string, number[]>();
  const width = Math.max(1, NODE_WIDTH * m.sx * ratio);
  const flush = (colour: string, x: number, row: number) => {
    let list = byColour.get(colour);
    if (!list) byColour.set(colour, (list = []));
    list.push(x, row);
  };
  for (const column of index.columns) {
    let row = -1;
    let colour = "";
    let x = 0;
    let worst = -1;
    for (const i of column) {
      const r = Math.floor((m.oy + layout.y[i]! * m.sy) * ratio);
      const sev = severity[i]! >= 2 ? severity[i]! : 0;
      if (r !== row) {
        if (row >= 0) flush(colour, x, row);
        row = r;
        x = (m.ox + layout.x[i]! * m.sx) * ratio;
        worst = sev;
        colour =
          sev === 3 ? colors.error : sev === 2 ? colors.warning : colors.kind[kindAt(layout, i)];
      } else if (sev > worst) {
        worst = sev;
        colour = sev === 3 ? colors.error : colors.warning;
      }
    }
    if (row >= 0) flush(colour, x, row);
  }
  for (const [colour, list] of byColour) {
    ctx.fillStyle = colour;
    ctx.beginPath();
    for (let p = 0; p < list.length; p += 2)
      ctx.rect(list[p]!, list[p + 1]!, width, Math.max(1, ratio));
    ctx.fill();
  }
}
