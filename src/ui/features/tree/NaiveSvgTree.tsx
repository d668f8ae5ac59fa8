import { select } from "d3-selection";
import { zoom, type ZoomTransform } from "d3-zoom";
import { useEffect, useMemo, useRef } from "react";
import { useWorkspace } from "../../shared/workspace/WorkspaceContext";
import { MAX_SCALE, MIN_SCALE } from "./fitTransform";
import { wholeHierarchy } from "../../shared/hierarchy/ShownNodes";
import { layoutTree, nameAt, NODE_HEIGHT, NODE_WIDTH } from "../../shared/tree/layoutTree";

/**
 * The benchmark's baseline (`?renderer=svg`): the same layout drawn the naive way, one SVG
 * group per node and one path per link, all in the DOM, with d3-zoom on the root group. It
 * shows what the culled canvas view saves; it is not offered in the interface.
 */
export function NaiveSvgTree() {
  const { hierarchy, view } = useWorkspace();
  const layout = useMemo(
    () => layoutTree(wholeHierarchy(hierarchy), view.expanded),
    [hierarchy, view.expanded],
  );
  const svgRef = useRef<SVGSVGElement>(null);
  const groupRef = useRef<SVGGElement>(null);
  useEffect(() => {
    const svg = svgRef.current!;
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([MIN_SCALE, MAX_SCALE])
      .on("zoom", (event: { transform: ZoomTransform }) => {
        groupRef.current?.setAttribute("transform", event.transform.toString());
      });
    select(svg).call(behaviour);
    return () => {
      select(svg).on(".zoom", null);
    };
  }, []);
  useEffect(() => {
    if (layout.nodes.length > 0) {
      requestAnimationFrame(() => performance.mark("campaign-lens:first-tree-paint"));
    }
  }, [layout]);
  const half = NODE_HEIGHT / 2;
  return (
    <section className="tree-view" aria-label="Tree view (naive SVG baseline)">
      <svg ref={svgRef} className="tree-stage" role="img" aria-label="Tree drawing">
        <g ref={groupRef}>
          {Array.from(layout.nodes, (node, i) => {
            const p = layout.parent[i]!;
            return (
              <g key={node} transform={`translate(${layout.x[i]},${layout.y[i]})`}>
                {p >= 0 && (
                  <path
                    d={`M${layout.x[p]! + NODE_WIDTH - layout.x[i]!},${layout.y[p]! + half - layout.y[i]!}L0,${half}`}
                    stroke="var(--link)"
                    fill="none"
                  />
                )}
                <rect
                  width={NODE_WIDTH}
                  height={NODE_HEIGHT}
                  rx={6}
                  fill="var(--surface)"
                  stroke="var(--border)"
                />
                <text x={10} y={half + 5} fill="var(--text)" fontSize={13}>
                  {nameAt(layout, i)}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
    </section>
  );
}
