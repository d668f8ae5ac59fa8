/**
 * The statistic names the figures are computed from, as they travel on the wire. A feeder may
 * send other names too; they are stored and streamed, and simply not drawn. Names starting
 * with `$` are reserved for what our own sources say about an object.
 */
export const STATISTIC = {
  /** CampaignGroup: Deactivated | Activated | Running. */
  status: "Status",
  /** CampaignGroup: None | WaitingAgents | WaitingRecords | WaitingPorts | SystemError. */
  waiting: "Waiting",
  /** CampaignGroup: a CfgDialMode name or NoDial. */
  dialMode: "DialMode",
  /** Agent / Place: LoggedOut | NotReady | Ready | Busy | AfterCallWork; its timestamp is when it began. */
  state: "State",
  agentsLoggedIn: "AgentsLoggedIn",
  agentsReady: "AgentsReady",
  agentsBusy: "AgentsBusy",
  agentsNotReady: "AgentsNotReady",
  agentsAfterCallWork: "AgentsAfterCallWork",
  /** Calls dialed since the group was loaded. */
  dialed: "Dialed",
  /** Dialed calls answered by a person. */
  answered: "Answered",
  /** Answered calls dropped because no agent was free (the regulators' abandoned calls). */
  abandoned: "Abandoned",
  /** Agent-seconds spent on calls and after-call work. */
  busyTime: "BusyTime",
  /** Agent-seconds logged in. */
  loggedInTime: "LoggedInTime",
  callbacksScheduled: "CallbacksScheduled",
  callbacksCompleted: "CallbacksCompleted",
  callbacksMissed: "CallbacksMissed",
  /** Rates as a source reports them directly (OCS sends these, not the counts). */
  busyFactor: "BusyFactor",
  hitRatio: "HitRatio",
  overdialRate: "OverdialRate",
  /** Seconds, as reported; otherwise computed from records ready and consumption rate. */
  timeToComplete: "TimeToComplete",
  recordsReady: "RecordsReady",
  recordsProcessed: "RecordsProcessed",
  /** Records consumed per hour: a flow, so flows of several lists add up. */
  consumptionRate: "ConsumptionRate",
  /**
   * Reserved (a `$` name no feeder can send): Stat Server's verdict on the object, "known"
   * once its statistics opened, "refused" when Stat Server refused the object.
   */
  verdict: "$verdict",
  /** Reserved: Stat Server's reason for a refusal, as text ("Object not found"). */
  refusal: "$refusal",
} as const;
