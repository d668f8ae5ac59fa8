/**
 * The breadth position of each node of a tidy drawing of a forest (Reingold and Tilford's,
 * made linear by Walker and by Buchheim, Jünger and Leipert, "Improving Walker's Algorithm to
 * Run in Linear Time"; the algorithm of d3-hierarchy's `tree()`, whose positions it matches).
 * The forest is given by each node's parent, -1 for the roots, in pre-order: a parent comes
 * before its children, siblings in drawing order. The roots are laid out as the children of
 * one unseen root placed at 0. Siblings are 1 apart, other neighbours `cousins` apart.
 *
 * Every per-node quantity of the paper is a typed array indexed by node, and both walks are
 * loops, so a forest of a million nodes makes no object per node and cannot overflow the stack.
 */
export function tidyTree(parentOf: Int32Array, cousins: number): Float64Array {
  const count = parentOf.length;
  // The unseen root is the last index, so the nodes keep their own indices.
  const ROOT = count;
  const size = count + 1;
  const NONE = -1;
  const parent = new Int32Array(size);
  const first = new Int32Array(size).fill(NONE);
  const last = new Int32Array(size).fill(NONE);
  const previous = new Int32Array(size).fill(NONE);
  const next = new Int32Array(size).fill(NONE);
  /** The node's position among its siblings, 0 for the first. */
  const number = new Int32Array(size);
  for (let v = 0; v < count; v++) {
    const p = parentOf[v]! < 0 ? ROOT : parentOf[v]!;
    parent[v] = p;
    const left = last[p]!;
    if (left === NONE) first[p] = v;
    else {
      next[left] = v;
      previous[v] = left;
      number[v] = number[left]! + 1;
    }
    last[p] = v;
  }
  parent[ROOT] = NONE;

  const prelim = new Float64Array(size);
  const mod = new Float64Array(size);
  const change = new Float64Array(size);
  const shift = new Float64Array(size);
  /** The next node on a contour when the node has no children there; NONE when there is none. */
  const thread = new Int32Array(size).fill(NONE);
  const ancestor = new Int32Array(size);
  for (let v = 0; v < size; v++) ancestor[v] = v;
  /** Per parent: the default ancestor while its children are placed; NONE before the first. */
  const defaultAncestor = new Int32Array(size).fill(NONE);

  const separation = (a: number, b: number): number => (parent[a] === parent[b] ? 1 : cousins);
  const nextLeft = (v: number): number => (first[v] !== NONE ? first[v]! : thread[v]!);
  const nextRight = (v: number): number => (last[v] !== NONE ? last[v]! : thread[v]!);

  /** Moves the subtree of `right` by `distance`, spreading it over the subtrees between. */
  const moveSubtree = (left: number, right: number, distance: number): void => {
    const spread = distance / (number[right]! - number[left]!);
    change[right] = change[right]! - spread;
    shift[right] = shift[right]! + distance;
    change[left] = change[left]! + spread;
    prelim[right] = prelim[right]! + distance;
    mod[right] = mod[right]! + distance;
  };

  /** Applies the shifts that moveSubtree recorded on v's children, right to left. */
  const executeShifts = (v: number): void => {
    let total = 0;
    let spread = 0;
    for (let w = last[v]!; w !== NONE; w = previous[w]!) {
      prelim[w] = prelim[w]! + total;
      mod[w] = mod[w]! + total;
      total += shift[w]! + (spread += change[w]!);
    }
  };

  /**
   * Places v's subtree against those of its left siblings: walks the inside contours of the
   * two (threads joining them), pushes v's subtree right where they come closer than the
   * separation, and threads the shorter contour onto the longer one.
   */
  const apportion = (v: number, w: number, defaultOf: number): number => {
    if (w === NONE) return defaultOf;
    let insideRight = v;
    let outsideRight = v;
    let insideLeft = w;
    let outsideLeft = first[parent[v]!]!;
    let sumInsideRight = mod[insideRight]!;
    let sumOutsideRight = mod[outsideRight]!;
    let sumInsideLeft = mod[insideLeft]!;
    let sumOutsideLeft = mod[outsideLeft]!;
    for (;;) {
      insideLeft = nextRight(insideLeft);
      insideRight = nextLeft(insideRight);
      if (insideLeft === NONE || insideRight === NONE) break;
      outsideLeft = nextLeft(outsideLeft);
      outsideRight = nextRight(outsideRight);
      ancestor[outsideRight] = v;
      const distance =
        prelim[insideLeft]! +
        sumInsideLeft -
        prelim[insideRight]! -
        sumInsideRight +
        separation(insideLeft, insideRight);
      if (distance > 0) {
        const candidate = ancestor[insideLeft]!;
        moveSubtree(parent[candidate] === parent[v] ? candidate : defaultOf, v, distance);
        sumInsideRight += distance;
        sumOutsideRight += distance;
      }
      sumInsideLeft += mod[insideLeft]!;
      sumInsideRight += mod[insideRight]!;
      sumOutsideLeft += mod[outsideLeft]!;
      sumOutsideRight += mod[outsideRight]!;
    }
    if (insideLeft !== NONE && nextRight(outsideRight) === NONE) {
      thread[outsideRight] = insideLeft;
      mod[outsideRight] = mod[outsideRight]! + (sumInsideLeft - sumOutsideRight);
    }
    if (insideRight !== NONE && nextLeft(outsideLeft) === NONE) {
      thread[outsideLeft] = insideRight;
      mod[outsideLeft] = mod[outsideLeft]! + (sumInsideRight - sumOutsideLeft);
      return v;
    }
    return defaultOf;
  };

  /** The first walk's visit: v's children are placed, v goes over their middle. */
  const firstWalk = (v: number): void => {
    const w = previous[v]!;
    const firstChild = first[v]!;
    if (firstChild !== NONE) {
      executeShifts(v);
      const midpoint = (prelim[firstChild]! + prelim[last[v]!]!) / 2;
      if (w !== NONE) {
        prelim[v] = prelim[w]! + separation(v, w);
        mod[v] = prelim[v]! - midpoint;
      } else prelim[v] = midpoint;
    } else if (w !== NONE) prelim[v] = prelim[w]! + separation(v, w);
    const p = parent[v]!;
    if (p !== NONE) {
      const current = defaultAncestor[p]!;
      defaultAncestor[p] = apportion(v, w, current !== NONE ? current : first[p]!);
    }
  };

  // First walk, children before their parent and siblings left to right.
  let v = ROOT;
  while (first[v] !== NONE) v = first[v]!;
  for (;;) {
    firstWalk(v);
    if (v === ROOT) break;
    if (next[v] !== NONE) {
      v = next[v]!;
      while (first[v] !== NONE) v = first[v]!;
    } else v = parent[v]!;
  }

  // Second walk, parents first (pre-order): each position is the node's prelim plus the sum of
  // its ancestors' mods. The unseen root's own offset puts it at 0.
  mod[ROOT] = mod[ROOT]! + -prelim[ROOT]!;
  for (let u = 0; u < count; u++) {
    const p = parent[u]!;
    prelim[u] = prelim[u]! + mod[p]!;
    mod[u] = mod[u]! + mod[p]!;
  }
  return prelim.subarray(0, count);
}
