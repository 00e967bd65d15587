import * as pulumi from "@pulumi/pulumi";
import type { ResolvedConfig } from "../config/validate";
import { previousImmutableSettings } from "../platform/immutable";
import { checkReplacement, loadConfig, runProgram } from "../program";
import { PlatformMocks } from "./mocks";
import type { Plan, PlannedResource } from "./model";
import type { StackSettings } from "./stackFile";
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
}

/**
 * Installs Pulumi's mock runtime with the stack's configuration and validates it,
 * exactly as `pulumi up` would before registering anything. @throws ConfigError
 */
export async function prepare(
  input: PlanInput,
): Promise<{ config: ResolvedConfig; previousSettings: Record<string, unknown> | undefined }> {
  pulumi.runtime.setAllConfig(input.settings.config, input.settings.secretKeys);
  const provisional = new PlatformMocks(regionOf(input.settings.config), input.previousOutputs);
  // "organization" is the name self-managed backends give every stack's organization.
  await pulumi.runtime.setMocks(provisional, input.project, input.stack, false, "organization");
  const config = loadConfig();
  const previousSettings = await previousImmutableSettings();
  checkReplacement(config, previousSettings);
  return { config, previousSettings };
}

/**
 * Runs the program in-process under the mock runtime and returns what `pulumi up`
 * would create: every resource with its parent, protection, dependencies and inputs
 * (secrets shown as "[secret]"), and the stack outputs.
 */
export async function plan(input: PlanInput): Promise<Plan> {
  const { config, previousSettings } = await prepare(input);
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

  await pulumi.runtime.runInPulumiStack(async () => runProgram({ previousSettings }));
  await pulumi.runtime.disconnect();
  return { project: input.project, stack: input.stack, cloud: config.cloud, resources, outputs };
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

function regionOf(config: Record<string, string>): string {
  return config["aws:region"] ?? config["azure-native:location"] ?? "";
}
