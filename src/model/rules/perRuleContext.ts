import type { RuleContext } from "./RuleContext";

/**
 * `compute`, run at most once per rule context and remembered with it (weakly, so it goes
 * with the context): what several rules need from the whole model is found once between them.
 */
export function perRuleContext<T>(
  compute: (context: RuleContext) => T,
): (context: RuleContext) => T {
  const found = new WeakMap<RuleContext, { readonly value: T }>();
  return (context) => {
    let entry = found.get(context);
    if (entry === undefined) found.set(context, (entry = { value: compute(context) }));
    return entry.value;
  };
}
