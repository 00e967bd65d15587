import type { Plan } from "../plan/model";
import {
  type Check,
  type CheckedResource,
  type CheckResult,
  fail,
  fields,
  runChecks,
} from "../platform/checks";
import { EDGE_CHECKS } from "./edge/checklist";

const USER_POOL = "aws:cognito/userPool:UserPool";
const STAGE = "aws:apigatewayv2/stage:Stage";
const ROUTE = "aws:apigatewayv2/route:Route";
const AUTHORIZED = new Set(["JWT", "AWS_IAM", "CUSTOM"]);

const obj = fields;

const accessLogs = (r: CheckedResource) => {
  const s = obj(r.props.accessLogSettings);
  return s.destinationArn && s.format ? [] : [fail(r, "stage has no access log destination and format")];
};
const routeAuthorized = (r: CheckedResource) => {
  const type = r.props.authorizationType;
  return typeof type === "string" && AUTHORIZED.has(type)
    ? []
    : [fail(r, `route ${String(r.props.routeKey)} has authorizationType ${String(type ?? "NONE")}`)];
};

/** The checks, pure functions of planned inputs, so a policy pack can run the same ones. */
export const AWS_CHECKS: readonly Check[] = [
  {
    id: "AwsSolutions-COG1",
    title: "User pool passwords: at least 8 characters with uppercase, digits and symbols",
    types: [USER_POOL],
    violations: (r) => {
      const p = obj(r.props.passwordPolicy);
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
      r.props.mfaConfiguration === "ON"
        ? []
        : [fail(r, `mfaConfiguration is ${String(r.props.mfaConfiguration)}, not ON`)],
  },
  {
    id: "AwsSolutions-COG8",
    title: "User pool is on the Plus feature plan (threat protection)",
    types: [USER_POOL],
    violations: (r) =>
      r.props.userPoolTier === "PLUS" ? [] : [fail(r, `userPoolTier is ${String(r.props.userPoolTier)}`)],
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
      const s = obj(r.props.defaultRouteSettings);
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
  ...EDGE_CHECKS,
];

/** Runs the AWS checklist over a plan. */
export function runChecklist(plan: Plan, checks: readonly Check[] = AWS_CHECKS): CheckResult[] {
  return runChecks(plan, checks);
}
