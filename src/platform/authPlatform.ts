import * as pulumi from "@pulumi/pulumi";
import type { Cloud } from "../config/schema/root";
import type { ResolvedConfig } from "../config/validate";
import { CLOUDS, type CloudImplementation } from "./clouds";
import type { Channel, ConfidentialChannel, PlatformOutputs, SessionStoreFacts } from "./contract";
import type { Deployment } from "./deployment";
import { optOuts } from "./optOuts";

export interface AuthPlatformArgs {
  /** A configuration that went through `validateConfig` (and the cloud's `resolve`). */
  config: ResolvedConfig;
  /** This run's environment, time and the last deployment's outputs. */
  deployment: Deployment;
}

/**
 * One authentication and session platform, on the cloud the configuration names.
 * Every resource is a child of this component; its outputs have the same names on
 * both clouds. Pass `transforms` in `opts` to change any child's arguments.
 */
export class AuthPlatform extends pulumi.ComponentResource implements PlatformOutputs {
  readonly cloud: Cloud;
  readonly issuerUrl: pulumi.Output<string>;
  readonly openIdConfigurationUrl: pulumi.Output<string>;
  readonly jwksUrl: pulumi.Output<string>;
  readonly clientIds: pulumi.Output<Partial<Record<Channel, string>>>;
  readonly clientSecrets: pulumi.Output<Partial<Record<ConfidentialChannel, string>>>;
  readonly clientSecretRotation?: pulumi.Output<Readonly<Record<string, string>>>;
  readonly apiScopes: pulumi.Output<Record<string, string>>;
  readonly apiEndpoint?: pulumi.Output<string>;
  readonly edgeEndpoint?: pulumi.Output<string>;
  readonly edgeDnsTarget?: pulumi.Output<string>;
  readonly edgeSigner?: pulumi.Output<string>;
  readonly signInUrl: pulumi.Output<string>;
  readonly sessionStore?: pulumi.Output<SessionStoreFacts>;
  readonly alertTarget?: pulumi.Output<string>;
  readonly nextSteps?: pulumi.Output<string[]>;

  constructor(name: string, args: AuthPlatformArgs, opts?: pulumi.ComponentResourceOptions) {
    super("auth-platform:index:AuthPlatform", name, securityPosture(args.config), opts);
    const { config } = args;
    const create = (CLOUDS[config.cloud] as CloudImplementation<Cloud>).load();
    const outputs = create(name, config, this, args.deployment);
    this.cloud = config.cloud;
    this.issuerUrl = outputs.issuerUrl;
    this.openIdConfigurationUrl = outputs.openIdConfigurationUrl;
    this.jwksUrl = outputs.jwksUrl;
    this.clientIds = outputs.clientIds;
    this.clientSecrets = outputs.clientSecrets;
    if (outputs.clientSecretRotation) this.clientSecretRotation = outputs.clientSecretRotation;
    this.apiScopes = outputs.apiScopes;
    if (outputs.apiEndpoint) this.apiEndpoint = outputs.apiEndpoint;
    if (outputs.edgeEndpoint) this.edgeEndpoint = outputs.edgeEndpoint;
    if (outputs.edgeDnsTarget) this.edgeDnsTarget = outputs.edgeDnsTarget;
    if (outputs.edgeSigner) this.edgeSigner = outputs.edgeSigner;
    this.signInUrl = outputs.signInUrl;
    if (outputs.sessionStore) this.sessionStore = outputs.sessionStore;
    if (outputs.alertTarget) this.alertTarget = outputs.alertTarget;
    if (outputs.nextSteps) this.nextSteps = outputs.nextSteps;
    this.registerOutputs({ cloud: this.cloud, ...outputs });
  }
}

/**
 * The security-relevant settings, registered as the component's inputs so that the
 * plan, `pulumi preview` and the policy pack can check them whichever cloud builds them.
 */
export function securityPosture(config: ResolvedConfig) {
  const s = config.session;
  return {
    cloud: config.cloud,
    mfaMode: config.identity.mfa.mode,
    session: {
      accessTokenSeconds: s.accessTokenLifetime.seconds,
      idTokenSeconds: s.idTokenLifetime.seconds,
      refreshTokenSeconds: s.refreshTokenLifetime.seconds,
      refreshTokenRotation: s.refreshTokenRotation.enabled,
      idleTimeoutSeconds: s.idleTimeout.seconds,
      absoluteTimeoutSeconds: s.absoluteTimeout.seconds,
    },
    protection: { ...config.protection },
    /** The default guarantees this configuration deliberately gives up (the policy pack waives them). */
    optOuts: optOuts(config),
  };
}
