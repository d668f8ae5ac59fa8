/**
 * Where a statistic's value came from: the simulator (in the page or on the server), an OCS
 * campaign group status report, Stat Server through the Statistics API, or a feeder's batch
 * (POST /api/stats). A value whose source is not said (an older server's stream) has none.
 */
export type StatSource = "simulated" | "ocs" | "statServer" | "feeder";

export const STAT_SOURCES: readonly StatSource[] = ["ocs", "statServer", "feeder", "simulated"];

/** How a source reads to a person, in a sentence ("from OCS"). */
export const STAT_SOURCE_LABEL: Readonly<Record<StatSource, string>> = {
  simulated: "simulated",
  ocs: "OCS",
  statServer: "Stat Server",
  feeder: "feeder",
};

/**
 * The source's code on the stream and in the shared live state. Stat Server's values keep
 * the "api" they had before the others were marked, so an older browser still hides them
 * while the Statistics API is down.
 */
const WIRE_CODE: Readonly<Record<StatSource, string>> = {
  simulated: "sim",
  ocs: "ocs",
  statServer: "api",
  feeder: "feed",
};

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
