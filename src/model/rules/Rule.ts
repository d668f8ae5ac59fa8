import type { Finding, Severity } from "../findings/Finding";
import type { RuleContext } from "./RuleContext";

/** A finding as a rule produces it; the engine adds the rule id and the effective severity. */
export type FindingDraft = Omit<Finding, "rule" | "severity">;

export interface Rule {
  /** Stable id (`group-name-mismatch`), used in settings, the CLI and SARIF. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One line: what the rule flags. */
  readonly description: string;
  /** A paragraph a supervisor can read: why it matters to Stat Server and what to do. */
  readonly explanation: string;
  /**
   * Reports the rule's findings. Must be linear in the size of the model: no rule compares
   * every pair of names; lookups go through `context.links` or Maps the rule builds once.
   */
  check(context: RuleContext, report: (finding: FindingDraft) => void): void;
}
