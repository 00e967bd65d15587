import type { Policies, PolicyResource, ResourceValidationArgs } from "@pulumi/policy";
import type { CheckedResource, Rule } from "./rules/types";

function fromArgs(args: ResourceValidationArgs | PolicyResource): CheckedResource {
  const parent = args.opts.parent;
  const base = {
    urn: args.urn,
    type: args.type,
    name: args.name,
    props: args.props,
    protect: args.opts.protect,
    ...(parent ? { parent } : {}),
  };
  // A stack view knows each resource's dependencies; a single-resource view does not.
  return "dependencies" in args
    ? {
        ...base,
        dependsOn: [
          ...new Set([
            ...args.dependencies.map((d) => d.urn),
            ...Object.values(args.propertyDependencies).flatMap((deps) => deps.map((d) => d.urn)),
          ]),
        ],
      }
    : base;
}

/**
 * The same rules as CrossGuard policies for `pulumi preview --policy-pack policy`.
 * Rules only the offline plan can decide (secrecy) are left out here.
 */
export function toPolicies(rules: readonly Rule[]): Policies {
  return rules
    .filter((rule) => rule.kind === "stack" || !rule.offlineOnly)
    .map((rule) => {
      const meta = {
        name: rule.name,
        description: `${rule.description} [${rule.source}]`,
        enforcementLevel: rule.enforcementLevel,
      };
      if (rule.kind === "stack") {
        return {
          ...meta,
          validateStack: (args, report) => {
            for (const v of rule.check(args.resources.map(fromArgs))) report(v.message, v.urn);
          },
        };
      }
      return {
        ...meta,
        validateResource: (args, report) => {
          if (rule.resourceTypes !== "*" && !rule.resourceTypes.includes(args.type)) return;
          for (const message of rule.check(fromArgs(args))) report(message);
        },
      };
    });
}
