import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/problems";
import { exampleValues, planStack, settingsOf } from "../support/harness";

const SEOUL = { "aws:region": "ap-northeast-2" };
const KOREA = { "azure-native:location": "koreacentral" };
const DEPLOYED_AWS = { immutableSettings: { name: "hanbit", "identity.signInIdentifiers": ["email"] } };

function aws(change: (values: Record<string, unknown>) => void) {
  const values = structuredClone(exampleValues("aws"));
  change(values);
  return settingsOf(values, { providerConfig: SEOUL, secretKeys: ["identity"] });
}

async function refusal(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ConfigError)) throw new Error(`expected a ConfigError, got ${String(error)}`);
  return error.problems.map((p) => `${p.path}: ${p.message}`);
}

describe("GIVEN a deployed AWS stack", () => {
  it("WHEN nothing that replaces the pool changes THEN it plans, and exports the settings again", async () => {
    const plan = await planStack(
      aws(() => {}),
      "aws",
      DEPLOYED_AWS,
    );
    expect(plan.outputs.immutableSettings).toEqual(DEPLOYED_AWS.immutableSettings);
  });

  it("WHEN users would sign in with a username too THEN the change is refused, naming what it destroys", async () => {
    const settings = aws((v) => {
      (v.identity as Record<string, unknown>).signInIdentifiers = ["username", "email"];
    });
    expect(await refusal(planStack(settings, "aws", DEPLOYED_AWS))).toEqual([
      'identity.signInIdentifiers: must stay ["email"] on this stack: changing it replaces the Cognito user pool and every user in it; set protection.allowReplacement: true to do so knowingly; received ["email","username"]',
    ]);
  });

  it("WHEN the platform is renamed THEN the change is refused", async () => {
    const settings = aws((v) => {
      v.name = "hanbit2";
    });
    expect(await refusal(planStack(settings, "aws", DEPLOYED_AWS))).toEqual([
      'name: must stay "hanbit" on this stack: changing it replaces the Cognito user pool and every user in it; set protection.allowReplacement: true to do so knowingly; received "hanbit2"',
    ]);
  });

  it("WHEN the replacement is acknowledged THEN it plans", async () => {
    const settings = aws((v) => {
      v.name = "hanbit2";
      v.protection = { allowReplacement: true };
    });
    const plan = await planStack(settings, "aws", DEPLOYED_AWS);
    expect(plan.outputs.immutableSettings).toEqual({
      name: "hanbit2",
      "identity.signInIdentifiers": ["email"],
    });
  });

  it("WHEN the stack was never deployed THEN there is nothing to compare with", async () => {
    const plan = await planStack(
      aws((v) => {
        v.name = "other";
      }),
      "aws",
    );
    expect(plan.outputs.immutableSettings).toEqual({
      name: "other",
      "identity.signInIdentifiers": ["email"],
    });
  });
});

describe("GIVEN a deployed Azure stack", () => {
  it("WHEN the cache's zones change THEN the change is refused", async () => {
    const values = structuredClone(exampleValues("azure"));
    const store = (values.azure as Record<string, Record<string, unknown>>).sessionStore as Record<
      string,
      unknown
    >;
    store.zones = ["1", "2", "3"];
    const deployed = {
      immutableSettings: {
        "azure.sessionStore.kind": "cache",
        "azure.sessionStore.name": "redis-hanbit-sessions-prod",
        "azure.sessionStore.zones": ["1", "2"],
      },
    };
    const settings = settingsOf(values, { providerConfig: KOREA, secretKeys: ["identity"] });
    expect(await refusal(planStack(settings, "azure", deployed))).toEqual([
      'azure.sessionStore.zones: must stay ["1","2"] on this stack: changing it replaces the session store and every session in it; set protection.allowReplacement: true to do so knowingly; received ["1","2","3"]',
    ]);
  });
});
