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
