import type { StatKey } from "./StatKey";

/** FNV-1a over a string's UTF-16 code units, from a given offset basis. */
function fnv1a(text: string, basis: number): number {
  let hash = basis;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A fingerprint of a configuration as statistics see it: the set of its objects' Stat Server
 * (type, id) keys. Two loads of the same configuration agree whatever their file names,
 * order or secrets (the server serves files with secrets removed; a person may open the
 * original), and the page and the server compute it alike from the campaign hierarchy.
 * Each key is hashed twice (two offset bases) and the hashes summed, so the order keys come
 * in does not matter and nothing needs sorting: 64 bits and the count, as hex.
 */
export function configurationFingerprint(keys: Iterable<StatKey>): string {
  let high = 0;
  let low = 0;
  let count = 0;
  for (const key of keys) {
    high = (high + fnv1a(key, 0x811c9dc5)) >>> 0;
    low = (low + fnv1a(key, 0x050c5d1f)) >>> 0;
    count += 1;
  }
  const hex = (n: number) => n.toString(16).padStart(8, "0");
  return `${count.toString(16)}-${hex(high)}${hex(low)}`;
}
