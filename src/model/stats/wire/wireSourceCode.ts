import { STAT_SOURCES, type StatSource } from "../StatSource";

/**
 * The source's code on the stream, in the snapshot and in the shared live state. Stat
 * Server's values keep the "api" they had before the others were marked, so an older browser
 * still hides them while the Statistics API is down.
 */
const WIRE_CODE: Readonly<Record<StatSource, string>> = {
  simulated: "sim",
  ocs: "ocs",
  statServer: "api",
  feeder: "feed",
};

// A Map, not the record read backwards: the code comes from outside and may be any string,
// including the name of an Object.prototype member.
const FROM_WIRE = new Map<unknown, StatSource>(
  STAT_SOURCES.map((source) => [WIRE_CODE[source], source]),
);

export function wireSourceCode(source: StatSource): string {
  return WIRE_CODE[source];
}

/** The source a wire code stands for; undefined for none, or a code this version does not know. */
export function sourceFromWire(code: unknown): StatSource | undefined {
  return FROM_WIRE.get(code);
}
