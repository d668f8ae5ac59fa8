import * as z from "zod/mini";

const KEY = "campaign-lens:tree-overview";
const schema = z.object({ hidden: z.boolean() });

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Storage disabled by the browser's privacy settings.
    return null;
  }
}

/** Whether the user hid the tree's overview; a missing or unreadable value means shown. */
export function loadOverviewHidden(): boolean {
  const raw = storage()?.getItem(KEY);
  if (raw === null || raw === undefined) return false;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.hidden : false;
  } catch {
    return false;
  }
}

export function saveOverviewHidden(hidden: boolean): void {
  try {
    storage()?.setItem(KEY, JSON.stringify({ hidden }));
  } catch {
    // A full or refused storage only loses the preference.
  }
}
