import * as pulumi from "@pulumi/pulumi";
import { ConfigError } from "./config/problems";
import { readRuntimeConfig } from "./config/source";
import { type ResolvedConfig, validateConfig } from "./config/validate";
import { AuthPlatform } from "./platform/authPlatform";
import { checkCapacity } from "./platform/capacity";
import { CLOUDS, type CloudImplementation } from "./platform/clouds";
import {
  IMMUTABLE_OUTPUT,
  type ImmutableSetting,
  previousImmutableSettings,
  replacementProblems,
  settingsRecord,
} from "./platform/immutable";

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

/** Builds the platform from a validated configuration and returns the stack outputs. */
export function buildPlatform(config: ResolvedConfig) {
  const platform = new AuthPlatform(config.name, { config });
  return {
    cloud: platform.cloud,
    issuerUrl: platform.issuerUrl,
    openIdConfigurationUrl: platform.openIdConfigurationUrl,
    jwksUrl: platform.jwksUrl,
    clientIds: platform.clientIds,
    apiScopes: platform.apiScopes,
    signInUrl: platform.signInUrl,
    ...(platform.apiEndpoint ? { apiEndpoint: platform.apiEndpoint } : {}),
    ...(platform.edgeEndpoint ? { edgeEndpoint: platform.edgeEndpoint } : {}),
    ...(platform.edgeDnsTarget ? { edgeDnsTarget: platform.edgeDnsTarget } : {}),
    ...(platform.edgeSigner ? { edgeSigner: platform.edgeSigner } : {}),
    ...(platform.sessionStore ? { sessionStore: platform.sessionStore } : {}),
    ...(platform.alertTarget ? { alertTarget: platform.alertTarget } : {}),
    [IMMUTABLE_OUTPUT]: settingsRecord(immutableSettingsOf(config)),
  };
}

/**
 * The Pulumi program. A configuration mistake, or a change that would replace a stateful
 * resource without `protection.allowReplacement`, ends the run with one line per problem
 * and no stack trace (`pulumi.RunError`), before any of the platform's resources is registered.
 * `known` passes the last deployment's settings when the caller has read them already.
 */
export async function runProgram(known?: {
  previousSettings: Record<string, unknown> | undefined;
  securePaths?: ReadonlySet<string> | null;
}) {
  try {
    const config = loadConfig(known?.securePaths);
    checkReplacement(config, known ? known.previousSettings : await previousImmutableSettings());
    return buildPlatform(config);
  } catch (error) {
    if (error instanceof ConfigError) throw new pulumi.RunError(error.message);
    throw error;
  }
}
