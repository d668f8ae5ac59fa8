import * as client from "openid-client";
import { isLoopbackHost } from "./isLoopbackHost";
import type { OidcSettings } from "./ServerSettings";

/** A sign-in started and not yet come back from the provider. */
interface PendingSignIn {
  readonly verifier: string;
  readonly nonce: string;
  /** Where the app was when sign-in was needed: a path on this server. */
  readonly next: string;
  readonly expiresAt: number;
}

/** Who signed in, and the claims the tenant mapping reads. */
interface SignedInUser {
  readonly name: string;
  readonly claims: Readonly<Record<string, unknown>>;
}

export class SignInError extends Error {
  override readonly name = "SignInError";
}

/** How long a sign-in may take at the provider before it has to start again. */
const PENDING_MS = 10 * 60_000;
/** Sign-ins waiting at once: past this the oldest is forgotten, so starting many costs nothing. */
const MAX_PENDING = 10_000;

/**
 * OpenID Connect sign-in, authorization code with PKCE, through `openid-client`. The provider's
 * metadata is read on first use and kept (again after a failure), so the server starts while the
 * provider is down. Each sign-in has its own state, nonce and code verifier, kept here under the
 * state, which a cookie binds to the browser that started it.
 */
export class OidcSignIn {
  readonly #settings: OidcSettings;
  readonly #pending = new Map<string, PendingSignIn>();
  readonly #now: () => number;
  #config: Promise<client.Configuration> | null = null;

  constructor(settings: OidcSettings, now: () => number = Date.now) {
    this.#settings = settings;
    this.#now = now;
  }

  /** The provider's address to send the browser to, and the state the cookie must carry back. */
  async start(next: string): Promise<{ url: URL; state: string }> {
    const config = await this.#configuration();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    this.#forgetExpired();
    if (this.#pending.size >= MAX_PENDING) {
      const oldest = this.#pending.keys().next().value;
      if (oldest !== undefined) this.#pending.delete(oldest);
    }
    this.#pending.set(state, { verifier, nonce, next, expiresAt: this.#now() + PENDING_MS });
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.#settings.redirectUrl.href,
      scope: this.#settings.scopes.join(" "),
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state,
      nonce,
    });
    return { url, state };
  }

  /**
   * Completes a sign-in from the provider's redirect (its query string), checking state, nonce
   * and PKCE. `boundState` is the state the browser's cookie carries: a callback for a sign-in
   * this browser did not start is refused.
   */
  async finish(
    query: string,
    boundState: string | undefined,
  ): Promise<{ user: SignedInUser; next: string }> {
    const state = new URLSearchParams(query).get("state");
    if (state === null || boundState === undefined || state !== boundState) {
      throw new SignInError("this sign-in was not started in this browser: start it again");
    }
    const pending = this.#pending.get(state);
    this.#pending.delete(state);
    if (pending === undefined || pending.expiresAt <= this.#now()) {
      throw new SignInError("this sign-in has expired: start it again");
    }
    const config = await this.#configuration();
    const current = new URL(this.#settings.redirectUrl);
    current.search = query;
    let tokens;
    try {
      tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: pending.verifier,
        expectedState: state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw new SignInError(`the identity provider refused the sign-in: ${describe(error)}`);
    }
    const idClaims = tokens.claims();
    if (idClaims === undefined) throw new SignInError("the identity provider sent no ID token");
    let claims: Record<string, unknown> = { ...idClaims };
    // Providers put profile claims in the userinfo response rather than the ID token by default.
    if (tokens.access_token) {
      try {
        const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
        claims = { ...info, ...idClaims };
      } catch {
        // The ID token's claims are enough where the provider has no userinfo endpoint.
      }
    }
    const name = [claims.name, claims.preferred_username, claims.email, idClaims.sub].find(
      (value): value is string => typeof value === "string" && value !== "",
    )!;
    return { user: { name, claims }, next: pending.next };
  }

  #configuration(): Promise<client.Configuration> {
    if (this.#config === null) {
      const settings = this.#settings;
      const loopbackHttp =
        settings.issuer.protocol === "http:" && isLoopbackHost(settings.issuer.hostname);
      this.#config = client
        .discovery(
          settings.issuer,
          settings.clientId,
          undefined,
          settings.clientSecret === null
            ? client.None()
            : client.ClientSecretBasic(settings.clientSecret),
          loopbackHttp ? { execute: [client.allowInsecureRequests] } : undefined,
        )
        .catch((error: unknown) => {
          this.#config = null;
          throw new SignInError(`cannot reach the identity provider: ${describe(error)}`);
        });
    }
    return this.#config;
  }

  #forgetExpired(): void {
    const now = this.#now();
    for (const [state, pending] of this.#pending) {
      if (pending.expiresAt <= now) this.#pending.delete(state);
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof client.ResponseBodyError) {
    return `${error.error}${error.error_description ? `: ${error.error_description}` : ""}`;
  }
  return error instanceof Error ? error.message : String(error);
}
