// The honest floor of an offline plan: the same resources (types, names, inputs, parents,
// dependencies, custom/protect) registered straight through the Pulumi SDK under the same
// mock runtime, after loading only the provider modules the plan's resource types need.
// No configuration, no validation, no cloud code: what is left is the SDK's own cost.
import * as pulumi from "@pulumi/pulumi";
import { PlatformMocks } from "../src/plan/mocks";
import { type Plan, type PlannedResource, SECRET_SHOWN } from "../src/plan/model";
import { withoutStackTraces } from "../src/plan/stackTraces";

/** What the offline plan sends as a dynamic resource's `__provider` (src/plan/skipProviderSerialization.ts). */
const DYNAMIC_PROVIDER = "/* dynamic provider code: serialized by pulumi up, not by the offline plan */";

/** A provider SDK's resource class, e.g. `aws.cognito.UserPool`. */
export type ResourceClass = new (
  name: string,
  args: pulumi.Inputs,
  opts: pulumi.CustomResourceOptions,
) => pulumi.Resource;

/**
 * Loads the provider module of each resource type and returns its class:
 * `aws:cognito/userPool:UserPool` → `@pulumi/aws/cognito`'s `UserPool`,
 * `azure-native:redis:Redis` → `@pulumi/azure-native/redis`'s `Redis`,
 * `azuread:index/application:Application` → `@pulumi/azuread`'s `Application`,
 * `random:index/randomPassword:RandomPassword` → `@pulumi/random`'s `RandomPassword`,
 * `pulumi:providers:azuread` → `@pulumi/azuread`'s `Provider`. Types of no provider package
 * (components, dynamic resources, the stack) load nothing.
 */
export function loadProviderClasses(types: Iterable<string>): Map<string, ResourceClass> {
  const classes = new Map<string, ResourceClass>();
  for (const type of new Set(types)) {
    const [first, second, third] = type.split(":");
    const provider = first === "pulumi" && second === "providers" ? third : undefined;
    const pkg = provider ?? first;
    if (!pkg || !["aws", "azure-native", "azuread", "random"].includes(pkg)) continue;
    const module = provider ? "index" : (second ?? "index").split("/")[0];
    const className = provider ? "Provider" : (third ?? "");
    const path = module === "index" ? `@pulumi/${pkg}` : `@pulumi/${pkg}/${module}`;
    const found = (require(path) as Record<string, unknown>)[className];
    if (typeof found !== "function") throw new Error(`${path} has no class ${className}`);
    classes.set(type, found as ResourceClass);
  }
  return classes;
}

/** Turns the plan's shown values back into inputs: "[secret]" becomes a secret again. */
function revive(value: unknown): unknown {
  if (value === SECRET_SHOWN) return pulumi.secret(SECRET_SHOWN);
  if (Array.isArray(value)) return value.map(revive);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, revive(inner)]));
}

/** One registration as the mock monitor receives it: type, name, parent name, custom, protect. */
export type Registration = string;

function registration(type: string, name: string, parentUrn: string, custom: boolean, protect: boolean) {
  const parent = parentUrn ? parentUrn.slice(parentUrn.lastIndexOf("::") + 2) : "-";
  return `${type} ${name} parent=${parent} custom=${custom} protect=${protect}`;
}

/** The registrations a plan describes, in order, in the form {@link replayPlan} observes. */
export function plannedRegistrations(plan: Plan): Registration[] {
  return plan.resources.map((r) => registration(r.type, r.name, r.parent ?? "", r.custom, r.protect));
}

/**
 * What a replay got wrong: each planned registration it did not make ("not replayed: ...")
 * and each it made that the plan does not hold ("not planned: ..."). The order is left out:
 * registrations complete in an order that depends on timing.
 */
export function replayMismatches(plan: Plan, seen: readonly Registration[]): string[] {
  const unmatched = (a: readonly Registration[], b: readonly Registration[]) => {
    const left = [...b];
    return a.filter((item) => {
      const i = left.indexOf(item);
      if (i !== -1) left.splice(i, 1);
      return i === -1;
    });
  };
  const planned = plannedRegistrations(plan);
  return [
    ...unmatched(planned, seen).map((r) => `not replayed: ${r}`),
    ...unmatched(seen, planned).map((r) => `not planned: ${r}`),
  ];
}

interface ObservedRequest {
  getType(): string;
  getName(): string;
  getParent(): string;
  getCustom(): boolean;
  getProtect(): boolean | undefined;
}

/** How to replay: see {@link replayPlan}. */
export interface ReplayOptions {
  /**
   * Construct custom resources through their provider classes (from {@link loadProviderClasses})
   * instead of `pulumi.CustomResource`: the classes declare every output property, which the
   * SDK turns into outputs of its own.
   * @default none: `pulumi.CustomResource` for every custom resource
   */
  classes?: ReadonlyMap<string, ResourceClass>;
  /** Reports each registration the monitor receives (a check, not timed). @default none */
  observe?: (registration: Registration) => void;
}

/**
 * Registers the plan's resources in its order through `pulumi.CustomResource` (or the
 * provider classes) and `pulumi.ComponentResource` under {@link PlatformMocks}, then the
 * stack outputs; with stack traces off, as the plan runs (src/plan/stackTraces.ts).
 */
export function replayPlan(plan: Plan, region: string, options: ReplayOptions = {}): Promise<void> {
  return withoutStackTraces(() => replay(plan, region, options));
}

async function replay(plan: Plan, region: string, options: ReplayOptions): Promise<void> {
  const { classes, observe } = options;
  await pulumi.runtime.setMocks(new PlatformMocks(region), plan.project, plan.stack, false, "organization");
  if (observe) {
    const monitor = pulumi.runtime.getMonitor() as unknown as {
      registerResource(req: ObservedRequest, callback: unknown): unknown;
    };
    const register = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req, callback) => {
      observe(
        registration(req.getType(), req.getName(), req.getParent(), req.getCustom(), !!req.getProtect()),
      );
      return register(req, callback);
    };
  }
  await pulumi.runtime.runInPulumiStack(async () => {
    const registered = new Map<string, pulumi.Resource>();
    for (const r of plan.resources) {
      if (r.type === "pulumi:pulumi:Stack") continue;
      registered.set(r.urn, replayOne(r, registered, classes));
    }
    return revive(plan.outputs) as Record<string, unknown>;
  });
  await pulumi.runtime.disconnect();
}

/** `pulumi.CustomResource` itself (declared abstract in the SDK's types only). */
class ReplayedResource extends pulumi.CustomResource {}

/** `pulumi.ComponentResource` with its outputs registered, as every component of the program does. */
class ReplayedComponent extends pulumi.ComponentResource {
  constructor(type: string, name: string, inputs: pulumi.Inputs, opts: pulumi.ComponentResourceOptions) {
    super(type, name, inputs, opts);
    this.registerOutputs({});
  }
}

function replayOne(
  r: PlannedResource,
  registered: ReadonlyMap<string, pulumi.Resource>,
  classes: ReadonlyMap<string, ResourceClass> | undefined,
): pulumi.Resource {
  const parent = r.parent ? registered.get(r.parent) : undefined;
  const dependsOn = r.dependsOn.flatMap((urn) => registered.get(urn) ?? []);
  const opts = { ...(parent ? { parent } : {}), ...(r.protect ? { protect: true } : {}), dependsOn };
  const inputs = revive(r.inputs) as pulumi.Inputs;
  if (!r.custom) return new ReplayedComponent(r.type, r.name, inputs, opts);
  if (r.type.startsWith("pulumi-nodejs:dynamic")) inputs.__provider = DYNAMIC_PROVIDER;
  const Class = classes?.get(r.type);
  return Class ? new Class(r.name, inputs, opts) : new ReplayedResource(r.type, r.name, inputs, opts);
}
