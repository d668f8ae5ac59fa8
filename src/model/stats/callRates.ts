import type { CallCounts, CallRates } from "./NodeFigures";

function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/**
 * Rates from counts. A parent's rates are always computed here from its summed counts: the
 * mean of two groups' overdial rates is not the overdial rate of the two together when they
 * answered different numbers of calls.
 */
export function callRates(counts: CallCounts): CallRates {
  return {
    busyFactor: ratio(counts.busyTime, counts.loggedInTime),
    hitRatio: ratio(counts.answered, counts.dialed),
    overdialRate: ratio(counts.abandoned, counts.answered),
  };
}
