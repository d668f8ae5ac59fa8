import { charSetsOverlap } from "./charSetsOverlap";
import type { CharSet, RegexNode } from "./RegexNode";

/**
 * A position of the pattern (one character it matches) and the positions that can come next,
 * once per way the pattern allows it: the same next position reached by two loops is listed
 * twice, and that is precisely an ambiguity.
 */
interface Position {
  readonly set: CharSet;
  readonly follow: Position[];
}

interface Shape {
  readonly nullable: boolean;
  readonly first: readonly Position[];
  readonly last: readonly Position[];
  readonly positions: readonly Position[];
}

interface Loop {
  readonly node: Extract<RegexNode, { type: "repeat" }>;
  readonly shape: Shape;
  /** Inside another loop: its ambiguities are judged with the outer loop's. */
  readonly nested: boolean;
}

/** More overlapping top-level repetitions than this make matching a long name too slow. */
const MAX_OVERLAPPING_REPETITIONS = 3;

/**
 * Builds the position automaton (Glushkov): for every position, which positions can follow.
 * Loops (quantifiers allowing more than one repetition) are collected on the way.
 */
function shapeOf(node: RegexNode, loops: Loop[], depth: number): Shape {
  switch (node.type) {
    case "chars": {
      const p: Position = { set: node.set, follow: [] };
      return { nullable: false, first: [p], last: [p], positions: [p] };
    }
    case "empty":
    case "backref":
      return { nullable: true, first: [], last: [], positions: [] };
    case "look": {
      const inner = shapeOf(node.body, loops, depth);
      return { nullable: true, first: [], last: [], positions: inner.positions };
    }
    case "alt": {
      const shapes = node.branches.map((b) => shapeOf(b, loops, depth));
      return {
        nullable: shapes.some((s) => s.nullable),
        first: shapes.flatMap((s) => s.first),
        last: shapes.flatMap((s) => s.last),
        positions: shapes.flatMap((s) => s.positions),
      };
    }
    case "seq": {
      let acc: Shape = { nullable: true, first: [], last: [], positions: [] };
      for (const item of node.items) {
        const s = shapeOf(item, loops, depth);
        for (const l of acc.last) l.follow.push(...s.first);
        acc = {
          nullable: acc.nullable && s.nullable,
          first: acc.nullable ? [...acc.first, ...s.first] : acc.first,
          last: s.nullable ? [...s.last, ...acc.last] : s.last,
          positions: [...acc.positions, ...s.positions],
        };
      }
      return acc;
    }
    case "repeat": {
      const loops_ = node.max > 1;
      const body = shapeOf(node.body, loops, depth + (loops_ ? 1 : 0));
      if (loops_) {
        for (const l of body.last) l.follow.push(...body.first);
        loops.push({ node, shape: body, nested: depth > 0 });
      }
      return { ...body, nullable: node.min === 0 || body.nullable };
    }
  }
}

/** Two entries of `positions` that one character could both take: the same one twice, or overlapping sets. */
function ambiguous(positions: readonly Position[]): boolean {
  for (let i = 0; i < positions.length; i += 1) {
    for (let j = i + 1; j < positions.length; j += 1) {
      const a = positions[i]!;
      const b = positions[j]!;
      if (a === b || charSetsOverlap(a.set, b.set)) return true;
    }
  }
  return false;
}

function describeLoop(loop: Loop): string {
  const body = loop.node.body;
  return body.type === "chars" ? `"${body.set.source}" repeated` : "a repeated group";
}

/**
 * Why matching could take a very long time (catastrophic backtracking), or null if it cannot.
 *
 * A backtracking engine (every JavaScript engine) slows down exponentially when a repeated
 * part can match the same text in more than one way: `(a+)+`, `(a|a)*`, `(\w+_?)*`, `(a*)*`.
 * Inside every loop this check demands that each next character has exactly one place to go
 * (the loop's position automaton is deterministic, each way counted), and that the loop body
 * cannot match nothing. It is conservative: a few harmless patterns such as `(a|ab)*` are
 * refused too, and can be written unambiguously. Outside loops ambiguity costs at most a
 * polynomial, bounded by the name length limit, except when many repetitions of overlapping
 * characters follow each other (`.*.*.*.*x`): more than three are refused.
 */
export function findBacktrackingRisk(node: RegexNode): string | null {
  if (containsBackreference(node)) {
    return "back-references (\\1, \\k<name>) are not allowed: they can make matching take exponential time";
  }
  const loops: Loop[] = [];
  shapeOf(node, loops, 0);
  for (const loop of loops) {
    const { shape } = loop;
    if (shape.nullable) {
      return `${describeLoop(loop)} can match nothing, so it can repeat in endless ways (like (a*)*)`;
    }
    const inside = new Set(shape.positions);
    const nextInside = (p: Position) => p.follow.filter((q) => inside.has(q));
    if (ambiguous(shape.first) || shape.positions.some((p) => ambiguous(nextInside(p)))) {
      return `${describeLoop(loop)} can match the same text in more than one way (nested quantifiers like (a+)+, or alternatives that overlap like (a|a)*)`;
    }
  }
  const outer = loops.filter((l) => !l.nested);
  const overlapping = outer.filter((l, i) =>
    outer.some(
      (other, j) =>
        i !== j &&
        l.shape.positions.some((p) =>
          other.shape.positions.some((q) => charSetsOverlap(p.set, q.set)),
        ),
    ),
  );
  if (overlapping.length > MAX_OVERLAPPING_REPETITIONS) {
    return `${overlapping.length} repetitions of overlapping characters (such as .* or \\w+) follow each other; at most ${MAX_OVERLAPPING_REPETITIONS} are allowed, use exclusive sets such as [^_]+`;
  }
  return null;
}

function containsBackreference(node: RegexNode): boolean {
  switch (node.type) {
    case "backref":
      return true;
    case "look":
    case "repeat":
      return containsBackreference(node.body);
    case "seq":
      return node.items.some(containsBackreference);
    case "alt":
      return node.branches.some(containsBackreference);
    default:
      return false;
  }
}
