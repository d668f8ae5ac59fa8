import * as z from "zod";
import type { RequestPacer } from "./RequestPacer";
import type { StatisticsApiCredentials } from "./StatisticsApiCredentials";

/** A value as the API sends it; with verbose=OFF only statisticId, timestamp and value. */
const valueSchema = z.looseObject({
  statisticId: z.string().optional(),
  name: z.string().optional(),
  objectId: z.string().optional(),
  objectType: z.string().optional(),
  timestamp: z.number().optional(),
  value: z.unknown(),
});
export type ApiValue = z.output<typeof valueSchema>;

const statusSchema = z.looseObject({
  code: z.number().optional(),
  message: z.string().optional(),
  detail: z.unknown().optional(),
});

const detailSchema = z.looseObject({
  statisticId: z.string().optional(),
  name: z.string().optional(),
  objectId: z.string().optional(),
  objectType: z.string().optional(),
});

const responseSchema = z.looseObject({
  status: statusSchema.optional(),
  data: z
    .looseObject({
      statistics: z.array(valueSchema).optional(),
      statistic: valueSchema.optional(),
    })
    .nullish(),
  errors: z.array(z.looseObject({ status: statusSchema.optional() })).nullish(),
});

/** One statistic the API refused, with what it said and which statistic it named. */
export interface ApiRefusal {
  readonly message: string;
  readonly statisticId: string | null;
  readonly name: string | null;
  readonly objectId: string | null;
  readonly objectType: string | null;
}

export interface ApiValues {
  readonly values: readonly ApiValue[];
  readonly refusals: readonly ApiRefusal[];
}

/** A request that failed for good: the HTTP status (0 when the API could not be reached). */
export class StatisticsApiError extends Error {
  override readonly name = "StatisticsApiError";
  constructor(
    message: string,
    readonly status: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

interface StatisticsApiClientOptions {
  /** The API's base URL, ending in /statistics/v3. */
  readonly baseUrl: string;
  readonly credentials: StatisticsApiCredentials;
  readonly pacer: RequestPacer;
  /** Attempts per request on 429, 5xx and network errors before giving up. */
  readonly maxAttempts?: number;
  readonly backoffMs?: number;
  readonly maxBackoffMs?: number;
  /** Called on each retried response (for counting). */
  readonly onRetry?: (status: number) => void;
}

const MAX_MESSAGE = 1024;

function refusalsOf(errors: z.output<typeof responseSchema>["errors"]): ApiRefusal[] {
  return (errors ?? []).map((error) => {
    const detail = detailSchema.safeParse(error.status?.detail);
    const d = detail.success ? detail.data : {};
    return {
      message: (error.status?.message ?? "refused").slice(0, MAX_MESSAGE),
      statisticId: d.statisticId ?? null,
      name: d.name ?? null,
      objectId: d.objectId ?? null,
      objectType: d.objectType ?? null,
    };
  });
}

/**
 * The Statistics API's REST side. Every request waits for the pacer (the ceiling on requests
 * per second); 429, 5xx and network errors are retried with exponential backoff and jitter
 * (Retry-After wins when given, and a 429 pauses every request, not only this one); a 401 gets
 * one retry after renewing an OAuth token.
 */
export class StatisticsApiClient {
  readonly #options: Required<Omit<StatisticsApiClientOptions, "onRetry">> &
    Pick<StatisticsApiClientOptions, "onRetry">;

  constructor(options: StatisticsApiClientOptions) {
    this.#options = {
      maxAttempts: 6,
      backoffMs: 200,
      maxBackoffMs: 10_000,
      ...options,
      baseUrl: options.baseUrl.replace(/\/+$/, ""),
    };
  }

  /** POST /subscriptions: opens the statistics; refused ones come back as refusals. */
  async createSubscription(operationId: string, statistics: readonly object[]): Promise<ApiValues> {
    const body = await this.#request("POST", "/subscriptions?verbose=OFF", {
      operationId,
      data: { statistics },
    });
    return { values: body.data?.statistics ?? [], refusals: refusalsOf(body.errors) };
  }

  /** GET /subscriptions/{id}/statistic-values; null when the subscription is gone. */
  async peek(subscriptionId: string): Promise<ApiValue[] | null> {
    try {
      const body = await this.#request(
        "GET",
        `/subscriptions/${encodeURIComponent(subscriptionId)}/statistic-values?verbose=OFF`,
      );
      return body.data?.statistics ?? [];
    } catch (error) {
      if (error instanceof StatisticsApiError && error.status === 404) return null;
      throw error;
    }
  }

  /** DELETE /subscriptions/{id}; a subscription already gone is not an error. */
  async deleteSubscription(subscriptionId: string): Promise<void> {
    try {
      await this.#request("DELETE", `/subscriptions/${encodeURIComponent(subscriptionId)}`);
    } catch (error) {
      if (error instanceof StatisticsApiError && error.status === 404) return;
      throw error;
    }
  }

  /** POST /operations/get-statistic-ex: current values of predefined statistics, no subscription. */
  async getStatisticEx(
    statistics: readonly { name: string; objectId: string; objectType: string }[],
  ): Promise<ApiValues> {
    const body = await this.#request("POST", "/operations/get-statistic-ex", {
      data: { statistics },
    });
    return { values: body.data?.statistics ?? [], refusals: refusalsOf(body.errors) };
  }

  async #request(
    method: string,
    path: string,
    json?: unknown,
  ): Promise<z.output<typeof responseSchema>> {
    const { baseUrl, credentials, pacer, maxAttempts } = this.#options;
    let renewed = false;
    for (let attempt = 1; ; attempt += 1) {
      await pacer.slot();
      let response: Response;
      try {
        response = await fetch(`${baseUrl}${path}`, {
          method,
          headers: {
            ...credentials.headers(),
            accept: "application/json",
            ...(json !== undefined ? { "content-type": "application/json" } : {}),
          },
          ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
        });
      } catch (error) {
        if (attempt >= maxAttempts) {
          throw new StatisticsApiError(
            `${method} ${baseUrl}${path}: unreachable: ${(error as Error).message}`,
            0,
            { cause: error },
          );
        }
        this.#options.onRetry?.(0);
        await sleep(this.#backoff(attempt, null));
        continue;
      }
      const text = await response.text();
      if (response.status === 401 && credentials.renewable && !renewed) {
        renewed = true;
        await credentials.renew();
        continue;
      }
      if ((response.status === 429 || response.status >= 500) && attempt < maxAttempts) {
        this.#options.onRetry?.(response.status);
        const delay = this.#backoff(attempt, response.headers.get("retry-after"));
        if (response.status === 429) pacer.pause(delay);
        await sleep(delay);
        continue;
      }
      let parsed: unknown = null;
      try {
        parsed = text === "" ? {} : JSON.parse(text);
      } catch {
        // Left null: reported below as not the API's answer.
      }
      const body = responseSchema.safeParse(parsed);
      if (!response.ok) {
        const message = body.success ? body.data.status?.message : undefined;
        throw new StatisticsApiError(
          `${method} ${path}: ${response.status}${message ? ` ${message.slice(0, MAX_MESSAGE)}` : ""}`,
          response.status,
        );
      }
      if (!body.success) {
        throw new StatisticsApiError(
          `${method} ${path}: the answer is not the Statistics API's`,
          502,
        );
      }
      const code = body.data.status?.code;
      // Genesys's clients treat status codes 0 (done) and 1 (accepted) as success.
      if (code !== undefined && code !== 0 && code !== 1) {
        throw new StatisticsApiError(
          `${method} ${path}: ${body.data.status?.message ?? "failed"} (code ${code})`,
          response.status,
        );
      }
      return body.data;
    }
  }

  #backoff(attempt: number, retryAfter: string | null): number {
    const seconds = retryAfter !== null ? Number(retryAfter) : NaN;
    if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, 60_000);
    const { backoffMs, maxBackoffMs } = this.#options;
    const ceiling = Math.min(maxBackoffMs, backoffMs * 2 ** (attempt - 1));
    return ceiling / 2 + Math.random() * (ceiling / 2);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
