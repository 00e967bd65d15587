import type { SessionConfig } from "../../config/schema/session";
import type { Channel } from "../../platform/contract";

/** The one OAuth grant a channel's client uses; a client never holds two. */
export type OAuthFlow = "code" | "client_credentials";

/** What distinguishes one channel's client from another's. */
export interface ChannelShape {
  /** Confidential clients get a secret; public clients (browser, device) use PKCE instead. */
  readonly confidential: boolean;
  readonly flow: OAuthFlow;
}

export const CHANNEL_SHAPES: Readonly<Record<Channel, ChannelShape>> = {
  web: { confidential: true, flow: "code" },
  spa: { confidential: false, flow: "code" },
  mobile: { confidential: false, flow: "code" },
  machine: { confidential: true, flow: "client_credentials" },
};

/** Cognito's refresh-token rotation block with rotation on. */
export interface Rotation {
  readonly feature: "ENABLED";
  readonly retryGracePeriodSeconds: number;
}

/**
 * The block with rotation off. It is always sent, never left out: removing the block fails the
 * update (terraform-provider-aws issue 47196) and Cognito reports a disabled block back for every
 * client (issue 43531); the grace period is stated as the 0 Cognito returns (issue 45646).
 */
export interface NoRotation {
  readonly feature: "DISABLED";
  readonly retryGracePeriodSeconds: 0;
}

export const NO_ROTATION: NoRotation = { feature: "DISABLED", retryGracePeriodSeconds: 0 };

/**
 * How a client refreshes tokens. Cognito refuses refresh-token rotation together with
 * ALLOW_REFRESH_TOKEN_AUTH, so the two live in different variants: no value of this type
 * carries both.
 */
export type RefreshPolicy =
  | {
      readonly explicitAuthFlows: readonly ["ALLOW_USER_SRP_AUTH"];
      readonly refreshTokenRotation: Rotation;
    }
  | {
      readonly explicitAuthFlows: readonly ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"];
      readonly refreshTokenRotation: NoRotation;
    }
  | {
      /**
       * Client credentials get no refresh token, but Cognito insists that any explicit list names
       * the refresh flow; listing only it keeps SRP and custom auth (the defaults) off.
       */
      readonly explicitAuthFlows: readonly ["ALLOW_REFRESH_TOKEN_AUTH"];
      readonly refreshTokenRotation: NoRotation;
    };

/** The refresh policy of a channel's client under the session settings. */
export function refreshPolicy(channel: Channel, session: SessionConfig): RefreshPolicy {
  if (CHANNEL_SHAPES[channel].flow === "client_credentials") {
    return { explicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH"], refreshTokenRotation: NO_ROTATION };
  }
  const rotation = session.refreshTokenRotation;
  if (!rotation.enabled)
    return {
      explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      refreshTokenRotation: NO_ROTATION,
    };
  return {
    explicitAuthFlows: ["ALLOW_USER_SRP_AUTH"],
    refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: rotation.gracePeriod.seconds },
  };
}

/** Token lifetimes with their units spelled out (Cognito's implicit units are hours and days). */
export function tokenValidity(session: SessionConfig) {
  return {
    accessTokenValidity: session.accessTokenLifetime.seconds,
    idTokenValidity: session.idTokenLifetime.seconds,
    refreshTokenValidity: Math.floor(session.refreshTokenLifetime.seconds / 60),
    tokenValidityUnits: { accessToken: "seconds", idToken: "seconds", refreshToken: "minutes" },
  } as const;
}
