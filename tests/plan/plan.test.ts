import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/plan/model";
import { SECRET_PLACEHOLDER } from "../../src/plan/stackFile";
import { exampleSettings, only, planCached, REPO_ROOT } from "../support/harness";

/** Cloud resources each example stack plans (the per-cloud tests assert them type by type). */
const CUSTOM_RESOURCES: Record<string, number> = { aws: 78, azure: 84 };
const STACK_FILES = readdirSync(REPO_ROOT).filter((f) => /^Pulumi\.[\w-]+\.yaml$/.test(f));

describe("GIVEN every stack file in the repository", () => {
  it("THEN there are the two example stacks", () => {
    expect(STACK_FILES.sort()).toEqual(["Pulumi.aws.yaml", "Pulumi.azure.yaml"]);
  });

  it.each(STACK_FILES.map((f) => f.slice("Pulumi.".length, -".yaml".length)))(
    "THEN %s plans",
    async (stack) => {
      const plan = await planCached(exampleSettings(stack), stack);
      expect(plan.cloud).toBe(stack);
      expect(plan.resources.filter((r) => r.custom).length).toBe(CUSTOM_RESOURCES[stack]);
    },
  );
});

describe("GIVEN the AWS example stack WHEN planned", () => {
  let plan: Plan;
  const pool = () => only(plan, "aws:cognito/userPool:UserPool");
  it("THEN the document has exactly the documented shape", async () => {
    plan = await planCached(exampleSettings("aws"), "aws");
    expect(Object.keys(plan)).toEqual(["project", "stack", "cloud", "resources", "outputs", "capacity"]);
    expect([plan.project, plan.stack, plan.cloud]).toEqual(["auth-platform", "aws", "aws"]);
    for (const resource of plan.resources) {
      expect(Object.keys(resource)).toEqual([
        "urn",
        "type",
        "name",
        "parent",
        "custom",
        "protect",
        "retainOnDelete",
        "dependsOn",
        "inputs",
      ]);
    }
  });

  it("THEN the stack is the only root and the platform component parents every cloud resource", () => {
    const stack = only(plan, "pulumi:pulumi:Stack");
    const component = only(plan, "auth-platform:index:AuthPlatform");
    expect(stack.parent).toBeNull();
    expect(stack.urn).toBe("urn:pulumi:aws::auth-platform::pulumi:pulumi:Stack::auth-platform-aws");
    expect(component.parent).toBe(stack.urn);
    expect(component.urn).toBe("urn:pulumi:aws::auth-platform::auth-platform:index:AuthPlatform::hanbit");
    expect(component.inputs).toEqual({
      cloud: "aws",
      mfaMode: "required",
      session: {
        accessTokenSeconds: 900,
        idTokenSeconds: 900,
        refreshTokenSeconds: 86_400,
        refreshTokenRotation: true,
        idleTimeoutSeconds: 1_800,
        absoluteTimeoutSeconds: 43_200,
      },
      protection: { allowDeletion: false, allowReplacement: false },
      optOuts: [],
    });
    const urns = new Set(plan.resources.map((r) => r.urn));
    for (const r of plan.resources.filter((r) => r.custom)) {
      expect(urns.has(r.parent ?? "")).toBe(true);
      expect(r.urn.startsWith("urn:pulumi:aws::auth-platform::auth-platform:index:AuthPlatform")).toBe(true);
    }
  });

  it("THEN the user pool is protected and retained, and nothing stateless is", () => {
    expect([pool().protect, pool().retainOnDelete]).toEqual([true, true]);
    const domain = only(plan, "aws:cognito/userPoolDomain:UserPoolDomain");
    expect([domain.protect, domain.retainOnDelete]).toEqual([false, false]);
  });

  it("THEN dependencies include the resources whose outputs feed the inputs", () => {
    const domain = only(plan, "aws:cognito/userPoolDomain:UserPoolDomain");
    expect(domain.dependsOn).toEqual([pool().urn]);
    expect(domain.inputs.userPoolId).toBe(`ap-northeast-2_${String(domain.inputs.userPoolId).split("_")[1]}`);
    const web = only(plan, "aws:cognito/userPoolClient:UserPoolClient", "hanbit-web-client");
    expect(web.dependsOn).toContain(pool().urn);
    expect(web.dependsOn).toContain(only(plan, "aws:cognito/resourceServer:ResourceServer").urn);
  });

  it("THEN the neutral outputs are filled in the providers' formats", () => {
    const poolId = String(only(plan, "aws:cognito/userPoolDomain:UserPoolDomain").inputs.userPoolId);
    expect(poolId).toMatch(/^ap-northeast-2_[A-Za-z0-9]{9}$/);
    expect(plan.outputs).toMatchObject({
      cloud: "aws",
      issuerUrl: `https://cognito-idp.ap-northeast-2.amazonaws.com/${poolId}`,
      jwksUrl: `https://cognito-idp.ap-northeast-2.amazonaws.com/${poolId}/.well-known/jwks.json`,
      openIdConfigurationUrl: `https://cognito-idp.ap-northeast-2.amazonaws.com/${poolId}/.well-known/openid-configuration`,
      signInUrl: "https://hanbit-login.auth.ap-northeast-2.amazoncognito.com/oauth2/authorize",
      apiScopes: {
        "orders.read": "hanbit-api/orders.read",
        "orders.write": "hanbit-api/orders.write",
        "profile.read": "hanbit-api/profile.read",
        "partner.orders.read": "hanbit-api/partner.orders.read",
      },
    });
    const clientIds = plan.outputs.clientIds as Record<string, string>;
    expect(Object.keys(clientIds).sort()).toEqual(["machine", "mobile", "spa", "web"]);
    for (const id of Object.values(clientIds)) expect(id).toMatch(/^[a-z0-9]{26}$/);
  });

  it("THEN no placeholder of a secure value appears anywhere in the plan", () => {
    expect(JSON.stringify(plan)).not.toContain(SECRET_PLACEHOLDER);
  });
});
