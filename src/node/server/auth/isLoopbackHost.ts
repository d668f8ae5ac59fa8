import { isIP } from "node:net";

/**
 * Whether a listen address or URL host reaches this machine only: 127.0.0.0/8, ::1 (also as
 * an IPv4-mapped address) and `localhost`. Any other name may resolve to anything, so it is not.
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  const lower = bare.toLowerCase();
  if (lower === "localhost") return true;
  if (isIP(lower) === 4) return lower.startsWith("127.");
  if (isIP(lower) === 6) {
    if (lower === "::1" || lower === "0:0:0:0:0:0:0:1") return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
    return mapped !== null && mapped[1]!.startsWith("127.");
  }
  return false;
}
