import * as pulumi from "@pulumi/pulumi";
import { ConfigError } from "./config/problems";
import { readRuntimeConfig } from "./config/source";
import { type ResolvedConfig, validateConfig } from "./config/validate";
import { AuthPlatform } from "./platform/authPlatform";

/** Reads and validates the stack configuration. @throws ConfigError */
export function loadConfig(): ResolvedConfig {
  return validateConfig(readRuntimeConfig());
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
    ...(platform.sessionStore ? { sessionStore: platform.sessionStore } : {}),
    ...(platform.alertTarget ? { alertTarget: platform.alertTarget } : {}),
  };
}

/**
 * The Pulumi program. A configuration mistake ends the run with one line per
 * problem and no stack trace (`pulumi.RunError`), before any resource is registered.
 */
export function runProgram() {
  let config: ResolvedConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) throw new pulumi.RunError(error.message);
    throw error;
  }
  return buildPlatform(config);
}
