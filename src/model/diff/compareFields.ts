import type { ComparableFields } from "./comparableFields";
import type { FieldChange } from "./ModelDiff";

/** Names in `a` not in `b`, counting repeats: both lists are sorted. */
function missingFrom(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let j = 0;
  for (const name of a) {
    while (j < b.length && b[j]! < name) j += 1;
    if (j < b.length && b[j] === name) j += 1;
    else out.push(name);
  }
  return out;
}

/** Field by field, in a stable order: scalar values, then lists, then list entries. */
export function compareFields(before: ComparableFields, after: ComparableFields): FieldChange[] {
  const changes: FieldChange[] = [];
  const fields = new Set([...before.values.keys(), ...after.values.keys()]);
  for (const field of fields) {
    const b = before.values.get(field) ?? null;
    const a = after.values.get(field) ?? null;
    if (a !== b) changes.push({ type: "value", field, before: b, after: a });
  }
  const lists = new Set([...before.lists.keys(), ...after.lists.keys()]);
  for (const field of lists) {
    const b = before.lists.get(field) ?? [];
    const a = after.lists.get(field) ?? [];
    const added = missingFrom(a, b);
    const removed = missingFrom(b, a);
    if (added.length > 0 || removed.length > 0) {
      changes.push({ type: "list", field, added, removed });
    }
  }
  for (const [field, b] of before.entries) {
    const a = after.entries.get(field);
    if (a !== undefined && a !== b) changes.push({ type: "value", field, before: b, after: a });
  }
  return changes;
}
