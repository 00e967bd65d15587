import type { Plan, PlannedResource } from "../plan/model";

/** One rule of the security checklist, named after the cdk-nag / Checkov rule it mirrors. */
export interface Check {
  readonly id: string;
  readonly title: string;
  /** The resource types the rule reads. */
  readonly types: readonly string[];
  /** One message per resource that breaks the rule; empty when it holds. */
  violations(resource: PlannedResource): string[];
}

export interface CheckResult {
  readonly id: string;
  readonly title: string;
  readonly violations: readonly string[];
}

const USER_POOL = "aws:cognito/userPool:UserPool";
const STAGE = "aws:apigatewayv2/stage:Stage";
const ROUTE = "aws:apigatewayv2/route:Route";
const AUTHORIZED = new Set(["JWT", "AWS_IAM", "CUSTOM"]);

type Fields = Record<string, unknown>;
const obj = (value: unknown): Fields =>
  typeof value === "object" && value !== null ? (value as Fields) : {};
const fail = (r: PlannedResource, why: string) => `${r.name}: ${why}`;

const accessLogs = (r: PlannedResource) => {
  const s = obj(r.inputs.accessLogSettings);
  return s.destinationArn && s.format ? [] : [fail(r, "stage has no access log destination and format")];
};
const routeAuthorized = (r: PlannedResource) => {
  const type = r.inputs.authorizationType;
  return typeof type === "string" && AUTHORIZED.has(type)
    ? []
    : [fail(r, `route ${String(r.inputs.routeKey)} has authorizationType ${String(type ?? "NONE")}`)];
};

/** The checks, pure functions of planned inputs, so a policy pack can run the same ones. */
export const AWS_CHECKS: readonly Check[] = [
  {
    id: "AwsSolutions-COG1",
    title: "User pool passwords: at least 8 characters with uppercase, digits and symbols",
    types: [USER_POOL],
    violations: (r) => {
      const p = obj(r.inputs.passwordPolicy);
      const out: string[] = [];
      if (typeof p.minimumLength !== "number" || p.minimumLength < 8)
        out.push(fail(r, `minimumLength ${String(p.minimumLength)} is below 8`));
      for (const flag of ["requireUppercase", "requireNumbers", "requireSymbols"]) {
        if (p[flag] !== true) out.push(fail(r, `${flag} is not true`));
      }
      return out;
    },
  },
  {
    id: "AwsSolutions-COG2",
    title: "User pool requires MFA",
    types: [USER_POOL],
    violations: (r) =>
      r.inputs.mfaConfiguration === "ON"
        ? []
        : [fail(r, `mfaConfiguration is ${String(r.inputs.mfaConfiguration)}, not ON`)],
  },
  {
    id: "AwsSolutions-COG8",
    title: "User pool is on the Plus feature plan (threat protection)",
    types: [USER_POOL],
    violations: (r) =>
      r.inputs.userPoolTier === "PLUS" ? [] : [fail(r, `userPoolTier is ${String(r.inputs.userPoolTier)}`)],
  },
  { id: "AwsSolutions-APIG1", title: "API stage has access logging", types: [STAGE], violations: accessLogs },
  {
    id: "AwsSolutions-APIG4",
    title: "API routes require authorization",
    types: [ROUTE],
    violations: routeAuthorized,
  },
  {
    id: "Serverless-APIGWDefaultThrottling",
    title: "API stage sets both default throttling rate and burst",
    types: [STAGE],
    violations: (r) => {
      const s = obj(r.inputs.defaultRouteSettings);
      return (["throttlingRateLimit", "throttlingBurstLimit"] as const).flatMap((k) =>
        typeof s[k] === "number" && s[k] > 0 ? [] : [fail(r, `${k} is not set`)],
      );
    },
  },
  {
    id: "CKV_AWS_95",
    title: "API Gateway v2 stage has access logging",
    types: [STAGE],
    violations: accessLogs,
  },
  {
    id: "CKV_AWS_309",
    title: "API Gateway v2 routes have authorization",
    types: [ROUTE],
    violations: routeAuthorized,
  },
];

/** Runs every check over a plan; a check whose resource types are absent holds trivially. */
export function runChecklist(plan: Plan, checks: readonly Check[] = AWS_CHECKS): CheckResult[] {
  return checks.map((check) => ({
    id: check.id,
    title: check.title,
    violations: plan.resources
      .filter((r) => check.types.includes(r.type))
      .flatMap((r) => check.violations(r)),
  }));
}
