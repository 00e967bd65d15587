import { z } from "zod";

const rate = (max: number) => z.number().min(0).max(max);

/**
 * The load the stack is expected to carry (optional): the capacity model holds every quota, SKU
 * and setting against it, the plan prints the headroom and the monthly cost, and a load the
 * configured SKU or setting cannot carry is refused. Peaks are per second over the whole
 * platform; sizes are bytes.
 */
export const loadSection = z.strictObject({
  /** Users who sign in, refresh or are read at least once in a calendar month (the MAU billed). */
  monthlyActiveUsers: z.number().int().min(1).max(1_000_000_000),
  /** Sign-ins per second at the busiest moment (local and federated together). */
  peakSignInsPerSecond: rate(1_000_000),
  /** Refresh-token grants per second at the busiest moment. */
  peakTokenRefreshesPerSecond: rate(1_000_000),
  /** Requests per second to the protected API at the busiest moment; each reads its session once. */
  peakApiRequestsPerSecond: rate(10_000_000),
  /** Signed-in sessions alive at the same time in the session store. */
  concurrentSessions: z.number().int().min(0).max(1_000_000_000),
  /** Bytes of the application's session data (its JSON), on average. */
  averageSessionBytes: z.number().int().min(2).max(1_048_576),
  /** Fraction (0..1, not a percent) of sign-ins through an external identity provider. @default 0 */
  federatedShare: z.number().min(0).max(1).default(0),
  /**
   * Peak over average traffic, to turn the peaks into monthly volumes for the cost.
   * @default 3 (the peak-to-average ratio of AWS's Cognito quota-planning example)
   */
  peakToAverageRatio: z.number().min(1).max(100).default(3),
  /** Redis connections all application instances hold at peak; checked against the SKU when set. */
  sessionStoreConnections: z.number().int().min(1).max(10_000_000).optional(),
});
export type LoadConfig = z.output<typeof loadSection>;
