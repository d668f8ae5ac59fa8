/** What the server refused and why, exposed by /api/health for monitoring. */
export interface IngestCounters {
  ocsAccepted: number;
  /** OCS reports refused because no campaign group of the configuration could be told from them. */
  ocsUnplaced: number;
  statsAccepted: number;
  updatesPublished: number;
  malformed: number;
  tooLarge: number;
  unauthorized: number;
  rateLimited: number;
  slowClientsDisconnected: number;
  /** Resuming clients sent the updates they missed. */
  replays: number;
  /** Clients sent a whole snapshot: from another server instance, or too far behind to replay. */
  resets: number;
  /** Streams refused: too many from one address, in all, or replays at once. */
  streamsRefused: number;
  /** Requests refused for a Host or Origin this server does not answer to. */
  foreignHost: number;
  /** Feeder updates refused for an object outside the configuration, past the allowance. */
  unknownObjectsRefused: number;
  /** Requests that failed inside the server (logged with their request id). */
  internalErrors: number;
  /** Feeder posts refused because the live state (Redis) could not be reached: nothing of them was kept. */
  liveStateUnavailable: number;
}

export function newIngestCounters(): IngestCounters {
  return {
    ocsAccepted: 0,
    ocsUnplaced: 0,
    statsAccepted: 0,
    updatesPublished: 0,
    malformed: 0,
    tooLarge: 0,
    unauthorized: 0,
    rateLimited: 0,
    slowClientsDisconnected: 0,
    replays: 0,
    resets: 0,
    streamsRefused: 0,
    foreignHost: 0,
    unknownObjectsRefused: 0,
    internalErrors: 0,
    liveStateUnavailable: 0,
  };
}
