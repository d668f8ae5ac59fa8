import * as z from "zod";
import { StatisticsApiError } from "./StatisticsApiClient";

/** How the source authenticates: an API key and/or a bearer token, fixed or from OAuth 2. */
export interface StatisticsApiCredentialOptions {
  readonly apiKey: string | null;
  /** A bearer token given as is (from the environment); never renewed. */
  readonly token: string | null;
  /** OAuth 2 client credentials, renewed before the token expires. */
  readonly oauth: {
    readonly tokenUrl: string;
    readonly clientId: string;
    readonly clientSecret: string;
  } | null;
}

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive().optional(),
});

/** Renew when this share of the token's lifetime has passed, so no request carries a stale one. */
const RENEW_AT = 0.8;

/**
 * The headers every Statistics API request carries. With OAuth 2 client credentials the token
 * is fetched at start, renewed at 80% of its lifetime, and renewed at once when the API answers
 * 401 (a token revoked early). Secrets stay in this object: they are never logged.
 */
export class StatisticsApiCredentials {
  readonly #options: StatisticsApiCredentialOptions;
  readonly #onRenewed: (headers: Record<string, string>) => void;
  #token: string | null;
  #timer: NodeJS.Timeout | undefined;
  #renewing: Promise<void> | null = null;
  #closed = false;
  renewals = 0;

  constructor(
    options: StatisticsApiCredentialOptions,
    onRenewed: (headers: Record<string, string>) => void = () => {},
  ) {
    this.#options = options;
    this.#token = options.token;
    this.#onRenewed = onRenewed;
  }

  /** True when a rejected token can be replaced (OAuth); a fixed token cannot. */
  get renewable(): boolean {
    return this.#options.oauth !== null;
  }

  headers(): Record<string, string> {
    const headers: Record<string, string> = {};
    if (this.#options.apiKey !== null) headers["x-api-key"] = this.#options.apiKey;
    if (this.#token !== null) headers.authorization = `Bearer ${this.#token}`;
    return headers;
  }

  /** Gets the first token when OAuth is configured. */
  async start(): Promise<void> {
    if (this.renewable) await this.renew();
  }

  /** Fetches a new token (one request at a time however many callers ask). */
  renew(): Promise<void> {
    if (!this.#options.oauth) return Promise.resolve();
    this.#renewing ??= this.#fetchToken(this.#options.oauth).finally(() => {
      this.#renewing = null;
    });
    return this.#renewing;
  }

  close(): void {
    this.#closed = true;
    clearTimeout(this.#timer);
  }

  async #fetchToken(oauth: NonNullable<StatisticsApiCredentialOptions["oauth"]>): Promise<void> {
    const basic = Buffer.from(`${oauth.clientId}:${oauth.clientSecret}`).toString("base64");
    let response: Response;
    try {
      response = await fetch(oauth.tokenUrl, {
        method: "POST",
        headers: {
          authorization: `Basic ${basic}`,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({ grant_type: "client_credentials" }).toString(),
      });
    } catch (error) {
      throw new StatisticsApiError(
        `token URL ${oauth.tokenUrl} unreachable: ${(error as Error).message}`,
        0,
        { cause: error },
      );
    }
    if (!response.ok) {
      throw new StatisticsApiError(
        `token URL ${oauth.tokenUrl} answered ${response.status}`,
        response.status,
      );
    }
    const parsed = tokenResponseSchema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) {
      throw new StatisticsApiError(`token URL ${oauth.tokenUrl} sent no access_token`, 502);
    }
    this.#token = parsed.data.access_token;
    this.renewals += 1;
    this.#onRenewed(this.headers());
    clearTimeout(this.#timer);
    if (parsed.data.expires_in !== undefined && !this.#closed) {
      this.#timer = setTimeout(
        () => void this.renew().catch(() => {}),
        parsed.data.expires_in * 1000 * RENEW_AT,
      );
      this.#timer.unref();
    }
  }
}
