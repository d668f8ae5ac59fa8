import type { TenantMapping } from "./ServerSettings";

/**
 * The tenants a signed-in user may see: the union of what each value of the mapped claim (a
 * string, or an array of them) maps to; "*" when one maps to every tenant, or when there is no
 * mapping at all (a site with one tenant, or whose users all see everything). Empty when the
 * claim is missing or none of its values is mapped.
 */
export function tenantsOfClaims(
  mapping: TenantMapping | null,
  claims: Readonly<Record<string, unknown>>,
): readonly string[] | "*" {
  if (mapping === null) return "*";
  const raw = Object.hasOwn(claims, mapping.claim) ? claims[mapping.claim] : undefined;
  const values = typeof raw === "string" ? [raw] : Array.isArray(raw) ? raw : [];
  const tenants = new Set<string>();
  for (const value of values) {
    if (typeof value !== "string") continue;
    const mapped = mapping.map.get(value);
    if (mapped === "*") return "*";
    for (const tenant of mapped ?? []) tenants.add(tenant);
  }
  return [...tenants].sort();
}
