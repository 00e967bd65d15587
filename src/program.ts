import * as pulumi from "@pulumi/pulumi";
import { ConfigError } from "./config/problems";
import { readRuntimeConfig } from "./config/source";
import { type ResolvedConfig, validateConfig } from "./config/validate";
import { AuthPlatform } from "./platform/authPlatform";
import { checkCapacity } from "./platform/capacity";
import { CLOUDS, type CloudImplementation } from "./platform/clouds";
import { CLIENT_SECRET_ROTATION_OUTPUT } from "./platform/contract";
import { type Deployment, readPreviousOutputs } from "./platform/deployment";
import {
  IMMUTABLE_OUTPUT,
  type ImmutableSetting,
  previousSettings,
  replacementProblems,
  settingsRecord,
} from "./platform/immutable";

/** The outputs each run reads back from the stack's last deployment. */
export const READ_BACK_OUTPUTS = [IMMUTABLE_OUTPUT, CLIENT_SECRET_ROTATION_OUTPUT] as const;

/**
 * Reads and validates the stack configuration, then holds it against its expected load;
 * `securePaths` as readRuntimeConfig takes them (the offline plan passes what its settings file
 * says). @throws ConfigError
 */
export function loadConfig(securePaths?: ReadonlySet<string> | null): ResolvedConfig {
  const config = validateConfig(readRuntimeConfig(securePaths), CLOUDS);
  checkCapacity(config);
  return config;
}

/** The settings of this configuration that would replace a stateful resource if they changed. */
export function immutableSettingsOf(config: ResolvedConfig): ImmutableSetting[] {
  return (CLOUDS[config.cloud] as CloudImplementation<typeof config.cloud>).immutableSettings(
    config as never,
  );
}

/**
 * Refuses a configuration that would replace a user pool, tenant or session store, compared
 * with the last deployment's settings, unless `protection.allowReplacement` is set.
 * @throws ConfigError
 */
export function checkReplacement(
  config: ResolvedConfig,
  previous: Record<string, unknown> | undefined,
): void {
  const problems = replacementProblems(
    previous,
    immutableSettingsOf(config),
    config.protection.allowReplacement,
  );
  if (problems.length > 0) throw new ConfigError(problems);
}

/** Settles what the cloud leaves to deploy time (account lookups, credentials). @throws ConfigError */
export function resolveForDeployment(
  config: ResolvedConfig,
  deployment: Deployment,
): Promise<ResolvedConfig> {
  const cloud = CLOUDS[config.cloud] as CloudImplementation<typeof config.cloud>;
  return cloud.resolve ? cloud.resolve(config as never, deployment) : Promise.resolve(config);
}

/** Builds the platform from a validated configuration and returns the stack outputs. */
export function buildPlatform(config: ResolvedConfig, deployment: Deployment) {
  const platform = new AuthPlatform(config.name, { config, deployment });
  return {
    cloud: platform.cloud,
    issuerUrl: platform.issuerUrl,
    openIdConfigurationUrl: platform.openIdConfigurationUrl,
    jwksUrl: platform.jwksUrl,
    clientIds: platform.clientIds,
    clientSecrets: platform.clientSecrets,
    apiScopes: platform.apiScopes,
    signInUrl: platform.signInUrl,
    ...(platform.apiEndpoint ? { apiEndpoint: platform.apiEndpoint } : {}),
    ...(platform.edgeEndpoint ? { edgeEndpoint: platform.edgeEndpoint } : {}),
    ...(platform.edgeDnsTarget ? { edgeDnsTarget: platform.edgeDnsTarget } : {}),
    ...(platform.edgeSigner ? { edgeSigner: platform.edgeSigner } : {}),
    ...(platform.sessionStore ? { sessionStore: platform.sessionStore } : {}),
    ...(platform.alertTarget ? { alertTarget: platform.alertTarget } : {}),
    ...(platform.nextSteps ? { nextSteps: platform.nextSteps } : {}),
    ...(platform.clientSecretRotation
      ? { [CLIENT_SECRET_ROTATION_OUTPUT]: platform.clientSecretRotation }
      : {}),
    [IMMUTABLE_OUTPUT]: settingsRecord(immutableSettingsOf(config)),
  };
}

/**
 * The Pulumi program. A configuration mistake, a change that would replace a stateful
 * resource without `protection.allowReplacement`, or a missing credential ends the run with
 * one line per problem and no stack trace (`pulumi.RunError`), before any of the platform's
 * resources is registered. `pulumi up` calls it without arguments: the real environment, the
 * current time and the outputs read back from the stack; the offline plan passes its own.
 */
export async function runProgram(
  given: Partial<Deployment> & { securePaths?: ReadonlySet<string> | null } = {},
) {
  try {
    const config = loadConfig(given.securePaths);
    const previousOutputs = given.previousOutputs ?? (await readPreviousOutputs(READ_BACK_OUTPUTS));
    checkReplacement(config, previousSettings(previousOutputs));
    const deployment: Deployment = {
      environment: given.environment ?? process.env,
      now: given.now ?? new Date(),
      previousOutputs,
    };
    return buildPlatform(await resolveForDeployment(config, deployment), deployment);
  } catch (error) {
    if (error instanceof ConfigError) throw new pulumi.RunError(error.message);
    throw error;
  }
}
