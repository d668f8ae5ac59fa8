/**
 * Why a control that exports or acts on the findings waits: the analysis is shown while the
 * rules still run, and an empty list then is not the result.
 */
export const RULES_STILL_RUN = "The rules still run: this waits for the findings";
