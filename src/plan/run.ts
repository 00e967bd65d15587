import * as pulumi from "@pulumi/pulumi";
import type { PriceSheet } from "../capacity/cost";
import { LivePricesError } from "../capacity/live";
import { ConfigError } from "../config/problems";
import type { ResolvedConfig } from "../config/validate";
import { planCapacity } from "../platform/capacity";
import { CLOUDS } from "../platform/clouds";
import { type Deployment, type Environment, readPreviousOutputs } from "../platform/deployment";
import { previousSettings } from "../platform/immutable";
import {
  checkReplacement,
  loadConfig,
  READ_BACK_OUTPUTS,
  resolveForDeployment,
  runProgram,
} from "../program";
import { type MockAccountState, PlatformMocks } from "./mocks";
import type { Plan, PlannedResource } from "./model";
import { skipProviderSerialization } from "./skipProviderSerialization";
import type { StackSettings } from "./stackFile";
import { withoutStackTraces } from "./stackTraces";
import { fromWire } from "./wire";

interface StructLike {
  toJavaScript(): Record<string, unknown>;
}
interface RegisterRequest {
  getType(): string;
  getName(): string;
  getParent(): string;
  getCustom(): boolean;
  getObject(): StructLike | undefined;
  getProtect(): boolean | undefined;
  getRetainondelete(): boolean | undefined;
  getDependenciesList(): string[];
  getPropertydependenciesMap(): { forEach(cb: (deps: { getUrnsList(): string[] }) => void): void };
}
interface OutputsRequest {
  getUrn(): string;
  getOutputs(): StructLike | undefined;
}
type Callback = (err: unknown, response: unknown) => void;
interface RecordingMonitor {
  registerResource(req: RegisterRequest, callback: Callback): Promise<void>;
  registerResourceOutputs(req: OutputsRequest, callback: Callback): void;
  newUrn(parent: string, type: string, name: string): string;
}

/** Configuration for one planned run, in the form Pulumi hands it to a program. */
export interface PlanInput {
  readonly project: string;
  readonly stack: string;
  readonly settings: StackSettings;
  /** The last deployment's stack outputs, to plan a change to an existing stack. @default none (a new stack) */
  readonly previousOutputs?: Readonly<Record<string, unknown>>;
  /**
   * The deploying environment the program sees. @default a placeholder for each variable the
   * cloud hands on as a secret (`secretVariables`), nothing else: the plan needs no credentials
   */
  readonly environment?: Environment;
  /** When the plan is made (client secrets rotate by the date). @default now */
  readonly now?: Date;
  /** What the cloud account holds already, for deploy-time lookups. @default nothing (a fresh account) */
  readonly account?: MockAccountState;
  /** Prices for the capacity section's cost instead of the project's table (--live-prices). */
  readonly prices?: (config: ResolvedConfig) => Promise<PriceSheet>;
}

/** What the offline plan stands in for a credential it does not have. */
export const OFFLINE_CREDENTIAL = "offline-plan-placeholder";

/**
 * Pulumi's runtime (its config, mocks and stack) is one per process, so two plans that
 * overlapped in one process would read each other's settings: every entry point below waits
 * for the one before it.
 */
let previous: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = previous.then(task, task);
  previous = run.catch(() => undefined);
  return run;
}

type Prepared = { config: ResolvedConfig; deployment: Deployment };

/**
 * Installs Pulumi's mock runtime with the stack's configuration and validates it, exactly as
 * `pulumi up` would before registering anything: shape and limits, the replacement guard,
 * then the cloud's deploy-time lookups and credentials. @throws ConfigError
 */
export function prepare(input: PlanInput): Promise<Prepared> {
  return oneAtATime(() => prepareRuntime(input));
}

async function prepareRuntime(input: PlanInput): Promise<Prepared> {
  pulumi.runtime.setAllConfig(input.settings.config, input.settings.secretKeys);
  const provisional = new PlatformMocks(
    regionOf(input.settings.config),
    input.previousOutputs,
    input.account,
  );
  // "organization" is the name self-managed backends give every stack's organization.
  await pulumi.runtime.setMocks(provisional, input.project, input.stack, false, "organization");
  const config = loadConfig(securePathsOf(input));
  const previousOutputs = await readPreviousOutputs(READ_BACK_OUTPUTS);
  checkReplacement(config, previousSettings(previousOutputs));
  const environment =
    input.environment ??
    Object.fromEntries((CLOUDS[config.cloud].secretVariables ?? []).map((v) => [v, OFFLINE_CREDENTIAL]));
  const deployment: Deployment = { environment, now: input.now ?? new Date(), previousOutputs };
  return { config: await resolveForDeployment(config, deployment), deployment };
}

/**
 * Runs the program in-process under the mock runtime and returns what `pulumi up`
 * would create: every resource with its parent, protection, dependencies and inputs
 * (secrets shown as "[secret]"), and the stack outputs.
 */
export async function plan(input: PlanInput): Promise<Plan> {
  return (await planWithConfig(input)).plan;
}

/** `plan`, with the validated configuration it planned. */
export function planWithConfig(input: PlanInput): Promise<{ plan: Plan; config: ResolvedConfig }> {
  return oneAtATime(() => record(input));
}

async function record(input: PlanInput): Promise<{ plan: Plan; config: ResolvedConfig }> {
  const restore = skipProviderSerialization();
  try {
    return await withoutStackTraces(() => recordPlan(input));
  } catch (error) {
    if (error instanceof ConfigError || error instanceof LivePricesError) throw error;
    // Anything else is a bug: plan again with stack traces, so its report says where it failed.
    return await recordPlan(input);
  } finally {
    restore();
  }
}

async function recordPlan(input: PlanInput): Promise<{ plan: Plan; config: ResolvedConfig }> {
  const { config, deployment } = await prepareRuntime(input);
  const resources: PlannedResource[] = [];
  let outputs: Record<string, unknown> = {};
  const monitor = pulumi.runtime.getMonitor() as unknown as RecordingMonitor;
  const register = monitor.registerResource.bind(monitor);
  const registerOutputs = monitor.registerResourceOutputs.bind(monitor);
  let stackUrn = "";

  // The mock monitor prefixes children of the stack with its type; the engine does not.
  // Keep the engine's URNs in the plan, mapping every reference through `realUrns`.
  const realUrns = new Map<string, string>();
  const real = (urn: string) => realUrns.get(urn) ?? urn;
  monitor.registerResource = (req, callback) => {
    const mockUrn = monitor.newUrn(req.getParent(), req.getType(), req.getName());
    const urn = engineUrn(input, real(req.getParent()), req.getType(), req.getName(), stackUrn);
    realUrns.set(mockUrn, urn);
    if (req.getType() === "pulumi:pulumi:Stack") stackUrn = urn;
    resources.push(toPlanned(urn, req, real));
    return register(req, callback);
  };
  monitor.registerResourceOutputs = (req, callback) => {
    if (real(req.getUrn()) === stackUrn)
      outputs = fromWire(req.getOutputs()?.toJavaScript() ?? {}) as Record<string, unknown>;
    registerOutputs(req, callback);
  };

  await pulumi.runtime.runInPulumiStack(async () =>
    runProgram({ ...deployment, securePaths: securePathsOf(input) }),
  );
  await pulumi.runtime.disconnect();
  const prices = config.load && input.prices ? await input.prices(config) : undefined;
  const capacity = planCapacity(config, resources, prices);
  return {
    plan: {
      project: input.project,
      stack: input.stack,
      cloud: config.cloud,
      resources,
      outputs,
      ...capacity,
    },
    config,
  };
}

/** The URN the engine gives a resource: parent types joined by `$`, the root stack left out. */
function engineUrn(input: PlanInput, parent: string, type: string, name: string, stackUrn: string): string {
  const parentType = parent && parent !== stackUrn ? parent.split("::")[2] : undefined;
  const qualified = parentType ? `${parentType}$${type}` : type;
  return `urn:pulumi:${input.stack}::${input.project}::${qualified}::${name}`;
}

function toPlanned(urn: string, req: RegisterRequest, real: (urn: string) => string): PlannedResource {
  const dependsOn = new Set(req.getDependenciesList().map(real));
  req.getPropertydependenciesMap().forEach((deps) => {
    for (const dep of deps.getUrnsList()) dependsOn.add(real(dep));
  });
  return {
    urn,
    type: req.getType(),
    name: req.getName(),
    parent: req.getParent() ? real(req.getParent()) : null,
    custom: req.getCustom(),
    protect: req.getProtect() ?? false,
    retainOnDelete: req.getRetainondelete() ?? false,
    dependsOn: [...dependsOn].sort(),
    inputs: fromWire(req.getObject()?.toJavaScript() ?? {}) as Record<string, unknown>,
  };
}

/** What the settings file says about each value's secrecy; null when the settings came from elsewhere. */
function securePathsOf(input: PlanInput): ReadonlySet<string> | null {
  return input.settings.securePaths ? new Set(input.settings.securePaths) : null;
}

function regionOf(config: Record<string, string>): string {
  return config["aws:region"] ?? config["azure-native:location"] ?? "";
}
