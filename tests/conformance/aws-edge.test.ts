import { beforeAll, describe, expect, it } from "vitest";
import { AWS_CONFORMANCE } from "../../src/aws/conformance";
import type { Plan } from "../../src/plan/model";
import { renderConformanceTables } from "../../src/platform/conformanceDoc";
import { checkConstraints, describeViolation, unauditedInputs } from "../../src/platform/constraints";
import { planExample } from "../aws/support";
import { type EdgeCase, setAt } from "./edge/cases";
import { ELBV2_CASES } from "./edge/elbv2Cases";
import { STORAGE_CASES } from "./edge/storageCases";

/** The resource types the load balancer brings; every input of theirs is audited. */
const EDGE_TYPES = [
  "aws:lb/loadBalancer:LoadBalancer",
  "aws:lb/listener:Listener",
  "aws:lb/listenerRule:ListenerRule",
  "aws:lb/targetGroup:TargetGroup",
  "aws:lb/targetGroupAttachment:TargetGroupAttachment",
  "aws:s3/bucket:Bucket",
  "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
  "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
  "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
  "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
  "aws:s3/bucketPolicy:BucketPolicy",
  "aws:ec2/securityGroup:SecurityGroup",
  "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
  "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule",
];
const CASES: EdgeCase[] = [...ELBV2_CASES, ...STORAGE_CASES];

let example: Plan;
beforeAll(async () => {
  example = await planExample();
});

/** The example plan with one resource's inputs changed, checked against every AWS constraint. */
function violationsAfter(name: string, changes: Record<string, unknown>): string[] {
  const plan = structuredClone(example);
  const resource = plan.resources.find((r) => r.name === name);
  if (!resource) throw new Error(`no resource ${name}`);
  for (const [path, value] of Object.entries(changes)) setAt(resource.inputs, path, value);
  return checkConstraints(plan, AWS_CONFORMANCE.constraints).map((v) => `${v.id}: ${v.input}: ${v.message}`);
}

describe("GIVEN the example stack's load balancer WHEN its plan is audited", () => {
  it("THEN every input of every load-balancer resource type has a rule or a recorded reason", () => {
    expect(unauditedInputs(example, AWS_CONFORMANCE).filter((u) => EDGE_TYPES.includes(u.type))).toEqual([]);
    expect(EDGE_TYPES.filter((t) => !example.resources.some((r) => r.type === t))).toEqual([]);
  });

  it("THEN it meets every constraint", () => {
    expect(checkConstraints(example, AWS_CONFORMANCE.constraints).map(describeViolation)).toEqual([]);
  });
});

describe("GIVEN a planned load-balancer input the provider or AWS refuses WHEN the constraints run", () => {
  it.each(CASES)("THEN %s on %s is caught", (_what, name, changes, expected) => {
    expect(violationsAfter(name, changes)).toEqual(expected);
  });

  it("THEN every load-balancer constraint is proven by a case", () => {
    const proven = new Set(CASES.flatMap(([, , , expected]) => expected.map((line) => line.split(":")[0])));
    const edge = AWS_CONFORMANCE.constraints.filter((c) => EDGE_TYPES.includes(c.type)).map((c) => c.id);
    expect(edge.filter((id) => !proven.has(id))).toEqual([]);
  });

  it("THEN the violation reads as one line naming the resource, input, value, rule, ID and source", () => {
    const plan = structuredClone(example);
    setAt(plan.resources.find((r) => r.name === "hanbit-edge")?.inputs ?? {}, "name", "internal-edge");
    expect(checkConstraints(plan, AWS_CONFORMANCE.constraints).map(describeViolation)).toEqual([
      'hanbit-edge (aws:lb/loadBalancer:LoadBalancer) name: name is "internal-edge"; must be letters, digits and hyphens, not at either end, not starting with "internal-" (^(?!internal-)[0-9A-Za-z](?:[0-9A-Za-z-]*[0-9A-Za-z])?$) [elbv2-lb-name-pattern: hashicorp/terraform-provider-aws internal/service/elbv2/validate.go (validName)]',
    ]);
  });
});

describe("GIVEN a rule whose pattern holds * and | WHEN the conformance tables are rendered", () => {
  it("THEN both are escaped, so the Markdown table keeps its columns and no emphasis starts", () => {
    const only = AWS_CONFORMANCE.constraints.filter((c) => c.id === "elbv2-lb-name-pattern");
    expect(renderConformanceTables({ AWS: { constraints: only, unconstrained: [] } })).toContain(
      '| letters, digits and hyphens, not at either end, not starting with "internal-" (^(?!internal-)[0-9A-Za-z](?:[0-9A-Za-z-]\\*[0-9A-Za-z])?$) |',
    );
  });
});
