const ASCII = /^[\x20-\x7e]*$/;

/**
 * Keeps generated names unique per namespace (one tenant's campaigns, one tenant's groups...)
 * under the same folding the `confusable-names` rule applies (NFKC, then letter case), so a
 * configuration generated without defects has no name clash of any kind. Agent and place
 * groups share a namespace: a shared name would make `C@G` ambiguous.
 */
export class NameRegistry {
  private readonly taken = new Map<string, Set<string>>();
  /** The next suffix to try per base name, so claiming stays linear in the number of names. */
  private readonly nextSuffix = new Map<string, number>();

  static fold(name: string): string {
    // NFKC leaves printable ASCII alone; skipping it there keeps 100k names fast.
    return (ASCII.test(name) ? name : name.normalize("NFKC")).toLowerCase();
  }

  has(namespace: string, name: string): boolean {
    return this.taken.get(namespace)?.has(NameRegistry.fold(name)) ?? false;
  }

  /** Takes `name` if it is free; false when something equivalent is already there. */
  tryClaim(namespace: string, name: string): boolean {
    if (this.has(namespace, name)) return false;
    this.claim(namespace, name, "");
    return true;
  }

  release(namespace: string, name: string): void {
    this.taken.get(namespace)?.delete(NameRegistry.fold(name));
  }

  /** Registers `base`, or `base<sep>2`, `base<sep>3`... whichever is free first. */
  claim(namespace: string, base: string, separator: string): string {
    let set = this.taken.get(namespace);
    if (!set) {
      set = new Set();
      this.taken.set(namespace, set);
    }
    let name = base;
    const counterKey = `${namespace}\u0000${base}`;
    let n = this.nextSuffix.get(counterKey) ?? 2;
    while (set.has(NameRegistry.fold(name))) name = `${base}${separator}${n++}`;
    this.nextSuffix.set(counterKey, n);
    set.add(NameRegistry.fold(name));
    return name;
  }
}
