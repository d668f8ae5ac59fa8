import {
  DEFAULT_THRESHOLDS,
  thresholdListSchema,
  type Threshold,
} from "../../model/stats/Threshold";

const KEY = "campaign-lens:thresholds";

interface StoredThresholds {
  readonly thresholds: readonly Threshold[];
  /** Why the stored ones were not used (unreadable JSON, an unknown figure), or null. */
  readonly problem: string | null;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Storage disabled by the browser's privacy settings.
    return null;
  }
}

/** The user's thresholds from local storage; the defaults when none are stored or they are unreadable. */
export function loadThresholds(): StoredThresholds {
  const raw = storage()?.getItem(KEY);
  if (raw === null || raw === undefined) return { thresholds: DEFAULT_THRESHOLDS, problem: null };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return {
      thresholds: DEFAULT_THRESHOLDS,
      problem: "The saved thresholds were not valid JSON; defaults are in use.",
    };
  }
  const parsed = thresholdListSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      thresholds: DEFAULT_THRESHOLDS,
      problem: `The saved thresholds could not be read (${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}); defaults are in use.`,
    };
  }
  return { thresholds: parsed.data, problem: null };
}

export function saveThresholds(thresholds: readonly Threshold[]): void {
  storage()?.setItem(KEY, JSON.stringify(thresholds));
}
