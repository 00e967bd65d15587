import { describe, expect, it } from "vitest";
import { AWS_CONFORMANCE } from "../../src/aws/conformance";
import { ELBV2_CONSTRAINTS } from "../../src/aws/conformance/elbv2";
import { LISTENER_CONSTRAINTS } from "../../src/aws/conformance/elbv2Listeners";
import { S3_CONSTRAINTS } from "../../src/aws/conformance/s3";
import { VPC_CONSTRAINTS } from "../../src/aws/conformance/vpc";
import { CLIENT_CASES } from "./cases/aws-clients";
import { PLUS_POOL, POOL_CASES } from "./cases/aws-cognito";
import { EDGE_CASES } from "./cases/aws-edge";
import { STORE_CASES } from "./cases/aws-store";
import { type RuleCase, reported } from "./support";

const CASES: RuleCase[] = [...POOL_CASES, ...CLIENT_CASES, ...EDGE_CASES, ...STORE_CASES];

/** The load balancer's rules are broken one by one on its planned resources in aws-edge.test.ts. */
const LOAD_BALANCER_RULES = new Set(
  [...ELBV2_CONSTRAINTS, ...LISTENER_CONSTRAINTS, ...S3_CONSTRAINTS, ...VPC_CONSTRAINTS].map((c) => c.id),
);

describe("GIVEN every AWS rule", () => {
  it("THEN each has exactly one breaking case below", () => {
    expect(CASES.map(([id]) => id).sort()).toEqual(
      AWS_CONFORMANCE.constraints
        .map((c) => c.id)
        .filter((id) => !LOAD_BALANCER_RULES.has(id))
        .sort(),
    );
  });

  it.each<RuleCase>(CASES)(
    "WHEN %s meets inputs that break it THEN it reports exactly them",
    (id, inputs, expected, others) => {
      expect(reported(id, inputs, others)).toEqual(expected);
    },
  );

  it("WHEN the user pool is on Plus THEN the Lite-only rules hold", () => {
    expect(reported("cognito-domain-lite-classic", { managedLoginVersion: 2 }, [PLUS_POOL])).toEqual([]);
    expect(reported("cognito-branding-tier", { useCognitoProvidedValues: true }, [PLUS_POOL])).toEqual([]);
  });
});
