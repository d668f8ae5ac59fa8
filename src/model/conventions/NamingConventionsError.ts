import { plural } from "../plural";

/**
 * A conventions file that cannot be used: not JSON, or a value of the wrong shape, or a
 * pattern refused. The message names the file and the JSON path of the offending value
 * (`house.json: conventions.campaign.pattern: not a valid regular expression: ...`).
 */
export class NamingConventionsError extends Error {
  override readonly name = "NamingConventionsError";
  /** Every problem found, one line each, with its JSON path. */
  readonly problems: readonly string[];

  constructor(file: string, problems: readonly string[]) {
    const more = problems.length - 1;
    super(
      `${file}: ${problems[0] ?? "unreadable"}${more > 0 ? ` (and ${plural(more, "more problem")})` : ""}`,
    );
    this.problems = problems;
  }
}
