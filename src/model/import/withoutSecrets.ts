import { isSecretName } from "./isSecretName";

/**
 * A key-value pair in the PSDK structure names its field in `key` (`<str_pair key="password"
 * value="..."/>`, and the same as JSON): such a pair is a secret field too.
 */
function isSecretPair(value: object): boolean {
  const key = Object.hasOwn(value, "key") ? (value as { key?: unknown }).key : undefined;
  return typeof key === "string" && isSecretName(key);
}

function holdsSecret(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) return value.some(holdsSecret);
  if (isSecretPair(value)) return true;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (isSecretName(key) || holdsSecret((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

function copyWithoutSecrets(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    return value
      .filter((item) => typeof item !== "object" || item === null || !isSecretPair(item))
      .map(copyWithoutSecrets);
  }
  // No prototype: a `__proto__` key from the file stays plain data.
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key in value) {
    if (!Object.hasOwn(value, key) || isSecretName(key)) continue;
    const field = (value as Record<string, unknown>)[key];
    if (typeof field === "object" && field !== null && !Array.isArray(field) && isSecretPair(field))
      continue;
    copy[key] = copyWithoutSecrets(field);
  }
  return copy;
}

/**
 * What a kept value holds, found in one walk (the importers ask this of every unmodelled field,
 * tens of thousands at 100k objects): nothing of note, a secret somewhere, or nesting deeper
 * than `limit` (the value itself is at depth 1).
 */
export function scanKeptValue(value: unknown, limit: number): "plain" | "secret" | "too deep" {
  const found = scan(value, 1, limit);
  return found === DEEP ? "too deep" : found === SECRET ? "secret" : "plain";
}

const PLAIN = 0;
const SECRET = 1;
const DEEP = 2;

// Recursion is bounded by `limit`: a deeper value answers DEEP before going further.
function scan(value: unknown, depth: number, limit: number): number {
  if (typeof value !== "object" || value === null) return PLAIN;
  if (depth > limit) return DEEP;
  let found = PLAIN;
  if (Array.isArray(value)) {
    for (const item of value) {
      const inner = scan(item, depth + 1, limit);
      if (inner === DEEP) return DEEP;
      if (inner === SECRET) found = SECRET;
    }
    return found;
  }
  if (isSecretPair(value)) found = SECRET;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (isSecretName(key)) found = SECRET;
    const inner = scan((value as Record<string, unknown>)[key], depth + 1, limit);
    if (inner === DEEP) return DEEP;
    if (inner === SECRET) found = SECRET;
  }
  return found;
}

/**
 * `value` with every secret field dropped, at any depth (see `isSecretName`; a key-value pair
 * whose `key` names a secret goes too, and is `undefined` if it is `value` itself). The value
 * itself when it holds none, as nearly every value does, so that nothing is copied for nothing.
 */
export function withoutSecrets(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (!Array.isArray(value) && isSecretPair(value)) return undefined;
  return holdsSecret(value) ? copyWithoutSecrets(value) : value;
}
