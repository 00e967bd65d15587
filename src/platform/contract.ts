import type { SessionAuthMode, SessionStoreFacts } from "@auth-platform/session";
import type * as pulumi from "@pulumi/pulumi";

/**
 * The stack output that records when each client secret of the platform was issued, so the
 * next run rotates them in turn (docs/azure.md, "Client secrets").
 */
export const CLIENT_SECRET_ROTATION_OUTPUT = "clientSecretRotation";

/** The channels an application can sign in through; one app client each. */
export const CHANNELS = ["web", "spa", "mobile", "machine"] as const;
export type Channel = (typeof CHANNELS)[number];

/** The channels whose clients are confidential: they authenticate with a client secret. */
export const CONFIDENTIAL_CHANNELS = ["web", "machine"] as const satisfies readonly Channel[];
export type ConfidentialChannel = (typeof CONFIDENTIAL_CHANNELS)[number];

/**
 * Connection facts of the shared session store, published as the stack output
 * `sessionStore`. The application library defines them (it is what reads them), so the
 * program and the library cannot drift apart: a field the library does not know fails
 * this program's type check.
 */

export type { SessionAuthMode, SessionStoreFacts };

/**
 * The outputs every cloud implementation fills, under the same names, so that
 * stack outputs and the application SDK do not care which cloud is behind them.
 */
export interface PlatformOutputs {
  /** The `iss` claim of tokens the platform issues. */
  issuerUrl: pulumi.Output<string>;
  /** OpenID Connect discovery document. */
  openIdConfigurationUrl: pulumi.Output<string>;
  /** JSON Web Key Set the tokens are signed with. */
  jwksUrl: pulumi.Output<string>;
  /** One OAuth client ID per configured channel. */
  clientIds: pulumi.Output<Partial<Record<Channel, string>>>;
  /**
   * The client secret of each configured confidential channel (web, machine), as a Pulumi
   * secret: applications read it with `pulumi stack output --show-secrets clientSecrets` or a
   * stack reference. On Azure it is the newer of two overlapping passwords (rotation).
   */
  clientSecrets: pulumi.Output<Partial<Record<ConfidentialChannel, string>>>;
  /** When each rotating client secret was issued (Azure), read back by the next run. */
  clientSecretRotation?: pulumi.Output<Readonly<Record<string, string>>>;
  /** API scope name from config → the exact string tokens carry in `scope` / `scp`. */
  apiScopes: pulumi.Output<Record<string, string>>;
  /** Base URL of the API gateway that validates the platform's tokens; absent when no API is configured. */
  apiEndpoint?: pulumi.Output<string>;
  /**
   * Base URL of the edge in front of the applications or the API (AWS: the load balancer that
   * signs users in; Azure: the Front Door endpoint); absent without one.
   */
  edgeEndpoint?: pulumi.Output<string>;
  /**
   * The host name the edge domain's DNS record points at (AWS: the load balancer's DNS name;
   * Azure: the Front Door endpoint's host, the sign-in domain's CNAME target).
   */
  edgeDnsTarget?: pulumi.Output<string>;
  /**
   * AWS only: the load balancer's ARN, the `signer` of the `x-amzn-oidc-data` header it sends to the
   * app; applications check it when they verify that header. Absent without a load balancer.
   */
  edgeSigner?: pulumi.Output<string>;
  /** Hosted sign-in page (authorize endpoint base). */
  signInUrl: pulumi.Output<string>;
  /** Session store connection facts; absent where no session store is configured. */
  sessionStore?: pulumi.Output<SessionStoreFacts>;
  /** SNS topic ARN (AWS) or action group ID (Azure) that alerts go to. */
  alertTarget?: pulumi.Output<string>;
  /**
   * What the operator must do before the next `pulumi up` builds the rest; present only on
   * the first run of a two-step bootstrap (an Azure tenant the platform creates).
   */
  nextSteps?: pulumi.Output<string[]>;
}
