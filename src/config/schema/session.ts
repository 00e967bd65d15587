import { z } from "zod";
import { duration } from "./primitives";

export const sessionSection = z
  .strictObject({
    /** Lifetime of access tokens. @default "15m" */
    accessTokenLifetime: duration().prefault("15m"),
    /** Lifetime of ID tokens. @default "15m" */
    idTokenLifetime: duration().prefault("15m"),
    /** Lifetime of refresh tokens (B2C needs at least 1 day). @default "1d" */
    refreshTokenLifetime: duration().prefault("1d"),
    refreshTokenRotation: z
      .strictObject({
        /** Issue a new refresh token on every refresh and invalidate the old one. @default true */
        enabled: z.boolean().default(true),
        /** How long the previous refresh token keeps working, for retries (AWS 0..60 s). @default "10s" */
        gracePeriod: duration().prefault("10s"),
      })
      .prefault({}),
    /** Application session ends after this long without use; slides on use. @default "30m" (NIST AAL2) */
    idleTimeout: duration().prefault("30m"),
    /** Application session ends this long after sign-in, whatever the use. @default "12h" (NIST AAL2) */
    absoluteTimeout: duration().prefault("12h"),
  })
  .prefault({});
export type SessionConfig = z.output<typeof sessionSection>;
