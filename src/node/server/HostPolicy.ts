import { isIP } from "node:net";

/** Names every server answers to: a browser on this machine reaches it by one of these. */
const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "::1"];

/**
 * Which `Host` (and `Origin`) names the server answers. A page on another site can make a
 * browser send requests to a loopback server through DNS rebinding: its own name resolves to
 * 127.0.0.1, but its requests still carry that name as `Host`. Answering only the names this
 * server is known by defeats it. Loopback names always; the address it listens on when that is
 * a specific one; and the names an administrator configures (`--allowed-host`).
 */
export class HostPolicy {
  readonly #names: ReadonlySet<string>;

  constructor(listenHost: string | null, configured: readonly string[]) {
    const names = new Set(LOOPBACK_NAMES);
    if (listenHost !== null && listenHost !== "0.0.0.0" && listenHost !== "::") {
      names.add(normalise(listenHost));
    }
    for (const name of configured) names.add(normalise(name));
    this.#names = names;
  }

  get names(): readonly string[] {
    return [...this.#names];
  }

  /** Whether a `Host` header (`name` or `name:port`, `[v6]:port`) names this server. */
  allowsHost(header: string | undefined): boolean {
    if (header === undefined) return false;
    const name = hostname(header);
    return name !== null && this.#names.has(name);
  }

  /**
   * Whether an `Origin` header names a page of this very server: the same host and port as the
   * request's `Host` (a page of another port on the same machine is another site), and a name
   * the server answers to. `null` origins are refused.
   */
  allowsOrigin(origin: string, host: string | undefined): boolean {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return false;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return false;
    if (host === undefined || !this.#names.has(normalise(url.hostname))) return false;
    return (
      url.host.toLowerCase() ===
      host
        .trim()
        .toLowerCase()
        .replace(/:(80|443)$/, "")
    );
  }
}

function normalise(name: string): string {
  const lower = name.trim().toLowerCase().replace(/\.$/, "");
  return lower.startsWith("[") && lower.endsWith("]") ? lower.slice(1, -1) : lower;
}

/** The name part of a Host header, or null when it is not a host name or address. */
function hostname(header: string): string | null {
  const trimmed = header.trim();
  if (trimmed.startsWith("[")) {
    const end = trimmed.indexOf("]");
    if (end === -1) return null;
    const rest = trimmed.slice(end + 1);
    if (rest !== "" && !/^:\d{1,5}$/.test(rest)) return null;
    const address = trimmed.slice(1, end);
    return isIP(address) === 6 ? normalise(address) : null;
  }
  const match = /^([A-Za-z0-9.-]+)(?::\d{1,5})?$/.exec(trimmed);
  return match ? normalise(match[1]!) : null;
}
