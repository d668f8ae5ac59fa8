import { parse as parseCookies, serialize as serializeCookie } from "cookie";
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from "fastify";
import { AUTH_PAGE_CSS, AUTH_PAGE_CSS_PATH, authPage } from "./authPage";
import type { ReadAccess } from "./ReadAccess";
import { OPEN_READER, type Reader } from "./Reader";
import type { Session, SessionFields } from "./SessionStore";
import { SignInError } from "./OidcSignIn";
import { tenantsOfClaims } from "./tenantsOfClaims";

/** Feeders keep their own credentials (the OCS secret, the batch token): no sign-in for them. */
const FEEDER_ROUTES = new Set(["POST /api/ocs/campaign-group-state", "POST /api/stats"]);
/** The URL parameter a wall screen's link carries its read token in, once. */
const TOKEN_PARAMETER = "read_token";
const LOGIN_COOKIE = "lens_login";

/**
 * Sign-in for reads. Without `access` (a server on loopback with no settings) every request
 * reads everything, as the demo always has. With it, every route but the feeders' and the
 * sign-in steps needs a session: a cookie (HttpOnly, SameSite=Lax, Secure on an https public
 * address) from OpenID Connect sign-in or from a read token presented once. A browser that
 * navigates without one is sent to sign in; anything else gets 401. /api/health answers
 * liveness to anyone, for load balancers. Sign-out, the one change made under a cookie, is
 * refused unless its Origin is this server's own.
 */
export function accessControl(
  app: FastifyInstance,
  access: ReadAccess | null,
  budget: onRequestHookHandler,
): void {
  app.decorateRequest("reader", null);
  if (access === null) {
    app.addHook("onRequest", async (request) => {
      request.reader = OPEN_READER;
    });
    app.get("/auth/me", { onRequest: budget }, async (_request, reply) =>
      reply.header("cache-control", "no-store").send({ signInRequired: false }),
    );
    return;
  }
  const { settings, sessions, tokens, oidc, directory } = access;
  const sessionCookie = settings.secureCookies ? "__Host-lens_session" : "lens_session";

  const revoked = (session: Session) =>
    session.token !== undefined &&
    (tokens === null || !tokens.isActive(session.token.id, session.token.expiresAt));
  let sweeping = false;
  const sweep = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    void (async () => {
      await tokens?.refresh();
      await sessions.sweep(revoked);
    })()
      // Redis away: the sessions' requests are refused meanwhile, and the next sweep tries again.
      .catch(() => undefined)
      .finally(() => {
        sweeping = false;
      });
  }, access.sweepMs);
  sweep.unref();
  app.addHook("onClose", async () => {
    clearInterval(sweep);
    await sessions.close();
  });

  const cookieOptions = (maxAgeSeconds: number, path = "/") => ({
    httpOnly: true,
    secure: settings.secureCookies,
    sameSite: "lax" as const,
    path,
    maxAge: maxAgeSeconds,
  });
  const cookiesOf = (request: FastifyRequest) => parseCookies(request.headers.cookie ?? "");
  const sessionOf = async (request: FastifyRequest): Promise<Session | null> => {
    const id = cookiesOf(request)[sessionCookie];
    if (id === undefined) return null;
    const session = await sessions.get(id);
    // Another server may have started it from a token since revoked: checked here, not only at a sweep.
    if (session !== null && revoked(session)) {
      await sessions.end(id);
      return null;
    }
    return session;
  };
  const startSession = async (
    reply: FastifyReply,
    fields: Omit<SessionFields, "scope">,
  ): Promise<Session> => {
    const scope = fields.tenants === "*" ? null : directory.scopeOf(fields.tenants);
    const session = await sessions.create({ ...fields, scope }, settings.sessionMs);
    reply.header(
      "set-cookie",
      serializeCookie(sessionCookie, session.id, cookieOptions(settings.sessionMs / 1000)),
    );
    return session;
  };
  const tokenSession = async (reply: FastifyReply, token: string): Promise<Session | null> => {
    const entry = tokens === null ? null : await tokens.verify(token);
    if (entry === null) return null;
    return startSession(reply, {
      name: entry.label || entry.id,
      method: "read-token",
      tenants: entry.tenants,
      token: { id: entry.id, expiresAt: entry.expiresAt },
    });
  };
  const page = (reply: FastifyReply, code: number, html: string) =>
    reply
      .code(code)
      .header("content-type", "text/html; charset=utf-8")
      .header("cache-control", "no-store")
      .send(html);

  app.addHook("onRequest", async (request, reply) => {
    const path = request.url.split("?")[0]!;
    if (FEEDER_ROUTES.has(`${request.method} ${path}`) || path.startsWith("/auth/")) return;
    const session = await sessionOf(request);
    if (session !== null) {
      request.reader = { scope: session.scope, session } satisfies Reader;
      if (path === "/api/stream") {
        // A stream ends with its session: sign-out, expiry or a revoked token.
        const close = () => reply.raw.destroy();
        session.onEnd.add(close);
        request.raw.on("close", () => session.onEnd.delete(close));
      }
      return;
    }
    const query = new URL(request.url, "http://host").searchParams;
    const presented = query.get(TOKEN_PARAMETER);
    if (request.method === "GET" && presented !== null) {
      if ((await tokenSession(reply, presented)) === null) {
        return page(
          reply,
          401,
          authPage(
            "Read token refused",
            "This read token is not valid: it may have been revoked or have expired. Ask your administrator for a new link.",
          ),
        );
      }
      // The token leaves the address bar (and the history) at once: the cookie carries the session.
      query.delete(TOKEN_PARAMETER);
      const rest = query.toString();
      return reply
        .code(303)
        .header("cache-control", "no-store")
        .redirect(`${path}${rest ? `?${rest}` : ""}`);
    }
    if (path === "/api/health" || path === "/api/health/live" || path === "/api/health/ready")
      return;
    const navigating =
      request.method === "GET" && (request.headers.accept ?? "").includes("text/html");
    if (navigating) {
      if (oidc !== null) {
        return reply
          .code(302)
          .header("cache-control", "no-store")
          .redirect(`/auth/login?next=${encodeURIComponent(request.url)}`);
      }
      return page(
        reply,
        401,
        authPage(
          "Sign-in needed",
          "This Campaign Lens shows its statistics to wall screens with a read token: open the link your administrator gave you.",
        ),
      );
    }
    return reply
      .code(401)
      .header("cache-control", "no-store")
      .send({
        error: "sign-in required",
        reason: oidc !== null ? "sign in at /auth/login" : "present a read token",
      });
  });

  app.get("/auth/me", { onRequest: budget }, async (request, reply) => {
    const session = await sessionOf(request);
    return reply.header("cache-control", "no-store").send({
      signInRequired: true,
      signedIn: session !== null,
      methods: { oidc: oidc !== null, readTokens: tokens !== null },
      ...(session === null
        ? {}
        : {
            name: session.name,
            method: session.method,
            tenants: session.tenants,
            expiresAt: new Date(session.expiresAt).toISOString(),
          }),
    });
  });

  app.get<{ Querystring: { next?: string } }>(
    "/auth/login",
    { onRequest: budget },
    async (request, reply) => {
      if (oidc === null) {
        return page(
          reply,
          404,
          authPage("No sign-in here", "This server signs wall screens in with read tokens only."),
        );
      }
      let started;
      try {
        started = await oidc.start(safeNext(request.query.next));
      } catch (error) {
        return page(reply, 503, authPage("Sign-in unavailable", describe(error)));
      }
      return reply
        .header("cache-control", "no-store")
        .header(
          "set-cookie",
          serializeCookie(LOGIN_COOKIE, started.state, cookieOptions(600, "/auth/")),
        )
        .redirect(started.url.href, 302);
    },
  );

  app.get("/auth/callback", { onRequest: budget }, async (request, reply) => {
    if (oidc === null)
      return page(reply, 404, authPage("No sign-in here", "OpenID Connect is not set up."));
    const query = request.url.includes("?") ? request.url.slice(request.url.indexOf("?")) : "";
    reply.header("set-cookie", serializeCookie(LOGIN_COOKIE, "", cookieOptions(0, "/auth/")));
    let result;
    try {
      result = await oidc.finish(query, cookiesOf(request)[LOGIN_COOKIE]);
    } catch (error) {
      if (!(error instanceof SignInError)) throw error;
      return page(
        reply,
        400,
        authPage("Sign-in failed", error.message, { href: "/auth/login", text: "Sign in again" }),
      );
    }
    const tenants = tenantsOfClaims(settings.tenants, result.user.claims);
    if (tenants !== "*" && tenants.length === 0) {
      return page(
        reply,
        403,
        authPage(
          "No tenant for you here",
          `${result.user.name} signed in, but your identity allows no tenant of this Campaign Lens. Ask your administrator.`,
        ),
      );
    }
    await startSession(reply, { name: result.user.name, method: "oidc", tenants });
    return reply.code(303).header("cache-control", "no-store").redirect(result.next);
  });

  app.get("/auth/token", { onRequest: budget }, async (request, reply) => {
    const header = request.headers.authorization ?? "";
    const token = /^Bearer ([\x21-\x7e]+)$/.exec(header)?.[1];
    if (token === undefined || (await tokenSession(reply, token)) === null) {
      return reply
        .code(401)
        .header("cache-control", "no-store")
        .send({ error: "read token refused", reason: "send Authorization: Bearer <read token>" });
    }
    return reply.code(204).header("cache-control", "no-store").send();
  });

  app.post("/auth/logout", { onRequest: budget }, async (request, reply) => {
    if (!sameOrigin(request, settings.publicUrl)) {
      return reply.code(403).send({
        error: "cross-site request refused",
        reason: "sign out from this server's own pages",
      });
    }
    const id = cookiesOf(request)[sessionCookie];
    if (id !== undefined) await sessions.end(id);
    return reply
      .code(204)
      .header("cache-control", "no-store")
      .header("set-cookie", serializeCookie(sessionCookie, "", cookieOptions(0)))
      .send();
  });

  app.get(AUTH_PAGE_CSS_PATH, { onRequest: budget }, async (_request, reply) =>
    reply
      .header("content-type", "text/css; charset=utf-8")
      .header("cache-control", "public, max-age=3600")
      .send(AUTH_PAGE_CSS),
  );

  app.get("/auth/signed-out", { onRequest: budget }, async (_request, reply) =>
    page(
      reply,
      200,
      authPage(
        "Signed out",
        "You have signed out of Campaign Lens.",
        oidc !== null ? { href: "/auth/login", text: "Sign in again" } : undefined,
      ),
    ),
  );
}

/** A path on this server to return to after sign-in; anything else (another site) is `/`. */
export function safeNext(next: string | undefined): string {
  if (
    next === undefined ||
    !next.startsWith("/") ||
    next.startsWith("//") ||
    next.startsWith("/\\")
  ) {
    return "/";
  }
  return /^[\x21-\x7e]*$/.test(next) ? next : "/";
}

/**
 * Whether a request comes from this server's own pages: its Origin is the public address or the
 * address it was sent to. Browsers send Origin with every POST; a request without one is refused.
 */
function sameOrigin(request: FastifyRequest, publicUrl: URL): boolean {
  const origin = request.headers.origin;
  if (origin === undefined || origin === "null") return false;
  if (request.headers["sec-fetch-site"] === "cross-site") return false;
  const host = request.headers.host;
  return (
    origin === publicUrl.origin ||
    (host !== undefined && (origin === `http://${host}` || origin === `https://${host}`))
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
