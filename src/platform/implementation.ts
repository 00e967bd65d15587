import type * as pulumi from "@pulumi/pulumi";
import type { CloudCapacity } from "../capacity/report";
import type { Cloud } from "../config/schema/root";
import type { CloudRules, ResolvedConfig } from "../config/validate";
import type { ConformanceAudit } from "./constraints";
import type { PlatformOutputs } from "./contract";
import type { Deployment } from "./deployment";
import type { ImmutableSetting } from "./immutable";

/** Registers a cloud's resources as children of `parent` and returns the neutral outputs. */
export type CreatePlatform<C extends Cloud> = (
  name: string,
  config: ResolvedConfig<C>,
  parent: pulumi.ComponentResource,
  deployment: Deployment,
) => PlatformOutputs;

/**
 * What a cloud brings to the neutral platform: its rules (region key, limits), the settings
 * that would replace its stateful resources, and its resources, loaded only when built.
 */
export interface CloudImplementation<C extends Cloud> extends CloudRules<C> {
  /** Settings whose change would replace a stateful resource (refused unless protection.allowReplacement). */
  immutableSettings(config: ResolvedConfig<C>): ImmutableSetting[];
  /** What the providers and the cloud enforce on the inputs this implementation sets, with sources. */
  readonly conformance: ConformanceAudit;
  /**
   * Environment variables the program reads and hands on to resources as Pulumi secrets
   * (docs' credential tables); the offline plan stands in a placeholder for each.
   */
  readonly secretVariables?: readonly string[];
  /**
   * Settles what the configuration leaves to deploy time, before anything is registered:
   * looks the account up (a region's GuardDuty detector) and checks that the credentials the
   * program hands on are there. Loads what it needs on first call, as `load` does. @throws ConfigError
   */
  resolve?(config: ResolvedConfig<C>, deployment: Deployment): Promise<ResolvedConfig<C>>;
  /** Its limits against the expected load (`load`), its metered dimensions and its prices. */
  readonly capacity: CloudCapacity<C>;
  /** What this configuration leaves to an administrator by hand; the plan lists it last. */
  byHand?(config: ResolvedConfig<C>): string[];
  /**
   * The cloud's resource modules, loaded on first call with `require` (which Pulumi's
   * ts-node, tsx and the plan's esbuild bundle all keep lazy), so a run loads the provider
   * SDKs of the chosen cloud only.
   */
  load(): CreatePlatform<C>;
}
