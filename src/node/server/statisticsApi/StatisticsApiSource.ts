import { randomUUID } from "node:crypto";
import * as z from "zod";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import { STATISTIC } from "../../../model/stats/Statistic";
import type { StatUpdate, StatValue } from "../../../model/stats/StatUpdate";
import type { LiveHub } from "../LiveHub";
import { RequestPacer } from "./RequestPacer";
import { StatisticsApiClient, type ApiValue, type ApiValues } from "./StatisticsApiClient";
import {
  StatisticsApiCredentials,
  type StatisticsApiCredentialOptions,
} from "./StatisticsApiCredentials";
import type { StatisticsMapping } from "./statisticsMapping";
import { StatisticsApiNotifications } from "./StatisticsApiNotifications";
import {
  batchPlan,
  statisticsPlan,
  type PlannedObject,
  type PlannedStatistic,
} from "./statisticsPlan";

export interface StatisticsApiSourceOptions {
  /** The Statistics API's base URL (…/statistics/v3). */
  readonly baseUrl: string;
  readonly credentials: StatisticsApiCredentialOptions;
  readonly mapping: StatisticsMapping;
  /** Statistics per subscription request. */
  readonly batchSize?: number;
  /** Subscription requests in flight at once. */
  readonly concurrency?: number;
  /** The ceiling on REST requests per second. */
  readonly requestsPerSecond?: number;
  readonly backoffMs?: number;
  readonly maxBackoffMs?: number;
  /** How long the connection may be down before the source's figures are unavailable. */
  readonly lostGraceMs?: number;
}

/**
 * How subscriptions are opened unless told otherwise. The API documents no limit on the
 * statistics of one subscription; 5,000 lets a 100k-object configuration (about 320,000
 * statistics) open in some 65 requests, a few seconds under a ceiling of 20 a second.
 */
export const STATISTICS_API_DEFAULTS = {
  batchSize: 5000,
  concurrency: 4,
  requestsPerSecond: 20,
  backoffMs: 200,
  maxBackoffMs: 10_000,
  lostGraceMs: 2_000,
} as const;

/** What /api/health reports for the source. */
interface StatisticsApiCounters {
  /** Statistics asked for. */
  requested: number;
  /** Statistics Stat Server opened. */
  opened: number;
  /** Statistics Stat Server refused (unknown object or statistic). */
  refused: number;
  /** Statistics whose request failed for good (after retries), or left in a failed batch. */
  failing: number;
  subscriptions: number;
  /** Responses retried (429, 5xx, network errors). */
  retries: number;
  /** Times current values were read again after a lost session or an outage. */
  resyncs: number;
  /** Values dropped because they were not a number, text or null. */
  unreadableValues: number;
  /** Values the live state could not take (a shared store out of reach); the next read brings them again. */
  unpublished: number;
}

interface Subscription {
  id: string;
  readonly objects: readonly PlannedObject[];
}

const updatesSchema = z.looseObject({
  subscriptionId: z.string().optional(),
  statistics: z.array(
    z.looseObject({
      statisticId: z.string(),
      timestamp: z.number().optional(),
      value: z.unknown(),
    }),
  ),
});
const serviceSchema = z.looseObject({ serviceState: z.string() });

const MAX_TEXT = 1024;

function readValue(value: unknown): StatValue | undefined {
  if (value === null) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string") return value.slice(0, MAX_TEXT);
  if (typeof value === "boolean") return value ? 1 : 0;
  return undefined;
}

/**
 * Opens, through the Genesys Statistics API, the statistics the mapping names for every node
 * of the configuration that has a Stat Server id, and publishes their values on the hub with
 * `source: "statServer"`, with Stat Server's verdict on each object (`$verdict`, `$refusal`).
 *
 * Order of work: a CometD session first (so that no value published after a subscription
 * opens can be missed), then subscriptions in batches, a bounded number at once, under a
 * ceiling on requests per second. After a lost session or an outage it reads current values
 * once per subscription (recreating any the API forgot); the hub ignores a value it already
 * holds, so nothing is counted twice.
 */
export class StatisticsApiSource {
  readonly counters: StatisticsApiCounters = {
    requested: 0,
    opened: 0,
    refused: 0,
    failing: 0,
    subscriptions: 0,
    retries: 0,
    resyncs: 0,
    unreadableValues: 0,
    unpublished: 0,
  };
  readonly #hub: LiveHub;
  readonly #options: Required<
    Omit<StatisticsApiSourceOptions, "credentials" | "mapping" | "baseUrl">
  > &
    Pick<StatisticsApiSourceOptions, "credentials" | "mapping" | "baseUrl">;
  readonly #credentials: StatisticsApiCredentials;
  readonly #client: StatisticsApiClient;
  readonly #notifications: StatisticsApiNotifications;
  readonly #subscriptions = new Map<string, Subscription>();
  /** Open statistics by statisticId. */
  readonly #open = new Map<string, PlannedStatistic>();
  #firstSession: Promise<void>;
  #sessionUp: () => void = () => {};
  #serviceAvailable = true;
  #connected = false;
  #lostTimer: NodeJS.Timeout | undefined;
  #loading: Promise<void> = Promise.resolve();
  #closed = false;

  constructor(hub: LiveHub, options: StatisticsApiSourceOptions) {
    this.#hub = hub;
    this.#options = { ...STATISTICS_API_DEFAULTS, ...options };
    this.#credentials = new StatisticsApiCredentials(options.credentials, (headers) =>
      this.#notifications.setHeaders(headers),
    );
    this.#client = new StatisticsApiClient({
      baseUrl: options.baseUrl,
      credentials: this.#credentials,
      pacer: new RequestPacer(this.#options.requestsPerSecond),
      backoffMs: this.#options.backoffMs,
      maxBackoffMs: this.#options.maxBackoffMs,
      onRetry: () => {
        this.counters.retries += 1;
      },
    });
    this.#notifications = new StatisticsApiNotifications(
      `${options.baseUrl.replace(/\/+$/, "")}/notifications`,
      this.#credentials.headers(),
      {
        onUpdates: (data) => this.#onUpdates(data),
        onService: (data) => this.#onService(data),
        onSession: (again) => this.#onSession(again),
        onLost: (reason, httpCode) => this.#onLost(reason, httpCode),
      },
    );
    this.#firstSession = new Promise((resolve) => {
      this.#sessionUp = resolve;
    });
    hub.setSourceHealth("api", () => ({ statistics: { ...this.counters } }));
    this.#setStatus(false, "connecting to the Statistics API");
  }

  /** Authenticates, opens the notification session, then opens the hierarchy's statistics. */
  async start(hierarchy: Hierarchy): Promise<void> {
    await this.#credentials.start();
    this.#notifications.start();
    await this.#firstSession;
    await this.load(hierarchy);
  }

  /** Closes the statistics of the previous configuration and opens those of `hierarchy`. */
  load(hierarchy: Hierarchy): Promise<void> {
    this.#loading = this.#loading.then(async () => {
      await this.#closeSubscriptions();
      const plan = statisticsPlan(hierarchy, this.#options.mapping);
      await this.#openAll(batchPlan(plan, this.#options.batchSize));
    });
    return this.#loading;
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#lostTimer);
    await this.#loading.catch(() => {});
    await this.#closeSubscriptions().catch(() => {});
    await this.#notifications.close();
    this.#credentials.close();
  }

  async #closeSubscriptions(): Promise<void> {
    const ids = [...this.#subscriptions.keys()];
    this.#subscriptions.clear();
    this.#open.clear();
    await this.#pool(ids, (id) => this.#client.deleteSubscription(id).catch(() => {}), true);
    this.counters.subscriptions = 0;
  }

  async #openAll(batches: readonly (readonly PlannedObject[])[]): Promise<void> {
    await this.#pool(batches, (batch) => this.#openBatch(batch));
  }

  async #openBatch(objects: readonly PlannedObject[]): Promise<void> {
    const statistics = objects.flatMap((object) => object.statistics);
    this.counters.requested += statistics.length;
    const id = randomUUID();
    let answer: ApiValues;
    try {
      answer = await this.#client.createSubscription(id, statistics.map(descriptor));
    } catch {
      this.counters.failing += statistics.length;
      return;
    }
    if (this.#closed) return;
    this.#subscriptions.set(id, { id, objects });
    this.counters.subscriptions = this.#subscriptions.size;
    this.#judge(objects, answer);
  }

  /** Applies a subscription's answer: values, refusals and a verdict per object. */
  #judge(objects: readonly PlannedObject[], answer: ApiValues): void {
    const byId = new Map<string, PlannedStatistic>();
    for (const object of objects) for (const s of object.statistics) byId.set(s.statisticId, s);
    const refused = new Map<string, string>();
    for (const refusal of answer.refusals) {
      const planned =
        (refusal.statisticId !== null ? byId.get(refusal.statisticId) : undefined) ??
        objects
          .find((o) => o.objectId === refusal.objectId && o.objectType === refusal.objectType)
          ?.statistics.find((s) => !refused.has(s.statisticId));
      if (planned) refused.set(planned.statisticId, refusal.message);
    }
    const now = Date.now();
    const updates: StatUpdate[] = [];
    for (const object of objects) {
      const reasons = object.statistics.flatMap((s) => refused.get(s.statisticId) ?? []);
      this.counters.refused += reasons.length;
      const allRefused = reasons.length === object.statistics.length;
      for (const s of object.statistics)
        if (!refused.has(s.statisticId)) this.#open.set(s.statisticId, s);
      this.counters.opened += object.statistics.length - reasons.length;
      const base = {
        objectType: object.objectType,
        objectId: object.objectId,
        timestamp: now,
        source: "statServer" as const,
      };
      if (allRefused) {
        updates.push({ ...base, statistic: STATISTIC.verdict, value: "refused" });
        updates.push({
          ...base,
          statistic: STATISTIC.refusal,
          value: reasons[0]!.slice(0, MAX_TEXT),
        });
      } else {
        updates.push({ ...base, statistic: STATISTIC.verdict, value: "known" });
      }
    }
    this.#publishValues(answer.values, updates);
  }

  /** Publishes values of open statistics (plus `extra`) in one hub call. */
  #publishValues(
    values: readonly Pick<ApiValue, "statisticId" | "timestamp" | "value">[],
    extra: StatUpdate[] = [],
  ): void {
    const now = Date.now();
    for (const item of values) {
      const planned = item.statisticId !== undefined ? this.#open.get(item.statisticId) : undefined;
      if (!planned) continue;
      const value = readValue(item.value);
      if (value === undefined) {
        this.counters.unreadableValues += 1;
        continue;
      }
      extra.push({
        objectType: planned.objectType,
        objectId: planned.objectId,
        statistic: planned.figure,
        value,
        timestamp: item.timestamp ?? now,
        source: "statServer",
      });
    }
    if (extra.length === 0) return;
    const published = Promise.resolve(this.#hub.publish(extra));
    published.catch(() => {
      this.counters.unpublished += extra.length;
    });
  }

  #onUpdates(data: unknown): void {
    const parsed = updatesSchema.safeParse(data);
    if (!parsed.success) return;
    if (
      parsed.data.subscriptionId !== undefined &&
      !this.#subscriptions.has(parsed.data.subscriptionId)
    )
      return;
    this.#publishValues(parsed.data.statistics);
  }

  #onService(data: unknown): void {
    const parsed = serviceSchema.safeParse(data);
    if (!parsed.success) return;
    const available = parsed.data.serviceState.toLowerCase() === "available";
    if (available === this.#serviceAvailable) return;
    this.#serviceAvailable = available;
    this.#updateStatus();
    // Nothing was sent while Stat Server was away: read what it holds now.
    if (available) void this.#resync();
  }

  #onSession(again: boolean): void {
    this.#connected = true;
    clearTimeout(this.#lostTimer);
    this.#lostTimer = undefined;
    this.#updateStatus();
    this.#sessionUp();
    if (again) void this.#resync();
  }

  #onLost(reason: string, httpCode: number | null): void {
    if (this.#closed) return;
    if (httpCode === 401 && this.#credentials.renewable)
      void this.#credentials.renew().catch(() => {});
    this.#connected = false;
    this.#lostTimer ??= setTimeout(() => {
      this.#lostTimer = undefined;
      if (!this.#connected)
        this.#setStatus(false, `connection to the Statistics API lost: ${reason}`);
    }, this.#options.lostGraceMs);
  }

  #updateStatus(): void {
    if (!this.#serviceAvailable) this.#setStatus(false, "Stat Server unavailable");
    else if (this.#connected) this.#setStatus(true, null);
  }

  #setStatus(available: boolean, reason: string | null): void {
    this.#hub.setSourceStatus({ source: "api", available, reason, since: Date.now() });
  }

  /** Reads every subscription's current values once; recreates a subscription the API forgot. */
  async #resync(): Promise<void> {
    await this.#loading.catch(() => {});
    this.counters.resyncs += 1;
    await this.#pool([...this.#subscriptions.values()], async (subscription) => {
      try {
        const values = await this.#client.peek(subscription.id);
        if (values !== null) {
          this.#publishValues(values);
          return;
        }
        const id = randomUUID();
        const answer = await this.#client.createSubscription(
          id,
          subscription.objects.flatMap((o) => o.statistics).map(descriptor),
        );
        this.#subscriptions.delete(subscription.id);
        subscription.id = id;
        this.#subscriptions.set(id, subscription);
        this.#publishValues(answer.values);
      } catch {
        // Counted by the client's retries; the next resync tries again.
      }
    });
  }

  /** Runs `work` over `items`, at most `concurrency` at once. */
  async #pool<T>(
    items: readonly T[],
    work: (item: T) => Promise<void>,
    evenWhenClosed = false,
  ): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < items.length && (evenWhenClosed || !this.#closed)) {
        const item = items[next]!;
        next += 1;
        await work(item);
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(this.#options.concurrency, items.length) }, worker),
    );
  }
}

function descriptor(s: PlannedStatistic): object {
  return {
    statisticId: s.statisticId,
    objectId: s.objectId,
    objectType: s.objectType,
    ...s.statistic,
  };
}
