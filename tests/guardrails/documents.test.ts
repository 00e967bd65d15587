import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PlatformMocks } from "../../src/plan/mocks";
import type { Plan } from "../../src/plan/model";
import { renderDot } from "../../src/plan/render/dot";
import { renderMermaid } from "../../src/plan/render/mermaid";
import { renderTree } from "../../src/plan/render/tree";
import { planStack } from "../support/harness";
import { documentsOf, locationsOf } from "./documents";
import { type CloudName, mutated, REMOVE, settingsFor, type Value } from "./support";

// Hostile text where the configuration accepts free text must plan, and come out intact and
// escaped in every document the platform generates (API Management policy XML, the dashboard
// body, KMS and SNS policies, event patterns, log formats) and in the plan document itself.

/**
 * Valid free text carrying markup, entities, quotes, a CDATA end, templates and non-Latin text.
 * (Control characters and bidirectional overrides are refused by validation: see the gauntlet.)
 */
const hostile = (marker: string) =>
  `${marker}<script>alert("x")</script> &xxe; ]]> '" gnp.exe ../ \${env.HOME} {{y}} ☃ 한빛`;
/** A callback URL whose path and query carry percent-encoded markup. */
const ENCODED_CALLBACK = "https://www.hanbit.co.kr/cb/%3Cscript%3E?next=%26xxe%3B%5D%5D%3E%22";
/** Origins are refused unless they are bare https origins, so no markup can reach the CORS policy. */
const ORIGIN = "https://app.hanbit.co.kr";

const VALUES = {
  description: hostile("description"),
  clientId: hostile("client-id").slice(0, 256),
  tag: hostile("tag"),
  publisher: hostile("publisher").slice(0, 100),
  tenant: hostile("tenant"),
} as const;

const CHANGES: Record<CloudName, [string, Value][]> = {
  aws: [
    ['api.scopes["orders.read"]', VALUES.description],
    ["identity.providers[0].clientId", VALUES.clientId],
    ["clients.web.callbackUrls", [ENCODED_CALLBACK]],
  ],
  azure: [
    ['api.scopes["orders.read"]', VALUES.description],
    ["identity.providers[0].clientId", VALUES.clientId],
    ["tags.owner", VALUES.tag],
    ["azure.apiManagement.publisherName", VALUES.publisher],
    ["clients.web.callbackUrls", [ENCODED_CALLBACK]],
    ["api.cors.allowOrigins", [ORIGIN, "https://www.hanbit.co.kr"]],
    ["azure.directory.tenant", "create"],
    ["azure.directory.tenantId", REMOVE],
    ["azure.directory.create", { countryCode: "KR", displayName: VALUES.tenant }],
  ],
};

const plans = new Map<CloudName, Plan>();
const registrations = new Map<CloudName, number>();

beforeAll(async () => {
  const registered = vi.spyOn(PlatformMocks.prototype, "newResource");
  for (const cloud of ["aws", "azure"] as const) {
    const [last, ...before] = [...CHANGES[cloud]].reverse();
    const [path, value] = last ?? ["name", "hanbit"];
    const { values, provider } = mutated({
      cloud,
      what: "",
      path,
      value,
      problems: [],
      before: before.reverse(),
    });
    registered.mockClear();
    plans.set(cloud, await planStack(settingsFor(values, provider), "prod"));
    registrations.set(cloud, registered.mock.calls.length);
  }
});

afterAll(() => {
  vi.restoreAllMocks();
});

const planOf = (cloud: CloudName) => plans.get(cloud) as Plan;
const ALL_VALUES = [...Object.values(VALUES), ENCODED_CALLBACK];

describe("GIVEN hostile but valid free text on AWS", () => {
  it("THEN it plans, registering the stack, the component and every resource", () => {
    // One more read than registrations: the program reads its own stack's last outputs.
    expect(registrations.get("aws")).toBe(planOf("aws").resources.length + 1);
  });

  it("THEN no generated document carries it (dashboard, key, topic and bucket policies, event pattern, log format)", () => {
    const docs = documentsOf(planOf("aws"));
    expect(docs.map((d) => `${d.kind} ${d.at}`)).toEqual([
      "json hanbit-guardduty-findings.eventPattern",
      "json hanbit-alerts-key.policy",
      "json hanbit-edge-logs-policy.policy",
      "json hanbit-api-stage.accessLogSettings.format",
      "json hanbit-alerts-policy.policy",
      "json hanbit-dashboard.dashboardBody",
    ]);
    expect(docs.flatMap((d) => d.strings.filter((s) => ALL_VALUES.some((v) => s.includes(v))))).toEqual([]);
  });

  it("THEN each value reaches exactly its resource input, intact in the plan document", () => {
    const document = JSON.parse(JSON.stringify(planOf("aws"))) as Plan;
    expect(locationsOf(document, [VALUES.description, VALUES.clientId, ENCODED_CALLBACK])).toEqual({
      [VALUES.description]: ["hanbit-api-scopes.scopes[0].scopeDescription"],
      [VALUES.clientId]: ["hanbit-idp-google.providerDetails.client_id"],
      [ENCODED_CALLBACK]: ["hanbit-web-client.callbackUrls[0]"],
    });
  });
});

describe("GIVEN hostile but valid free text on Azure", () => {
  it("THEN it plans, registering the stack, the component and every resource", () => {
    expect(registrations.get("azure")).toBe(planOf("azure").resources.length + 1);
  });

  it("THEN the generated documents are the B2C custom policies and API Management policies", () => {
    expect(documentsOf(planOf("azure")).map((d) => `${d.kind} ${d.at}`)).toEqual([
      "xml hanbit-policy-trustframeworkbase.policyXml",
      "xml hanbit-policy-trustframeworklocalization.policyXml",
      "xml hanbit-policy-trustframeworkextensions.policyXml",
      "xml hanbit-policy-signuporsignin.policyXml",
      "xml hanbit-policy-passwordreset.policyXml",
      "xml hanbit-policy-profileedit.policyXml",
      "xml hanbit-api-policy.value",
      "xml hanbit-op-get-orders-policy.value",
      "xml hanbit-op-post-orders-policy.value",
      "xml hanbit-op-get-me-policy.value",
      "xml hanbit-op-get-orders-by-id-policy.value",
      "xml hanbit-op-get-partner-orders-by-id-policy.value",
    ]);
  });

  it("THEN the client ID parses back intact from the Extensions policy, the only XML that carries free text", () => {
    const carrying = documentsOf(planOf("azure"))
      .map((d) => [d.at, ALL_VALUES.filter((v) => d.strings.includes(v))] as const)
      .filter(([, found]) => found.length > 0);
    expect(carrying).toEqual([["hanbit-policy-trustframeworkextensions.policyXml", [VALUES.clientId]]]);
  });

  it("THEN no XML document holds raw markup, a bare entity or a CDATA end", () => {
    const unsafe = documentsOf(planOf("azure")).map((d) => [
      d.at,
      d.raw.includes("<script>"),
      d.raw.includes("]]>"),
      d.raw.match(/&(?!(amp|lt|gt|quot|apos);)/g),
    ]);
    expect(unsafe.filter(([, script, cdata, bare]) => script || cdata || bare)).toEqual([]);
    const api = documentsOf(planOf("azure")).find((d) => d.at === "hanbit-api-policy.value")?.raw ?? "";
    expect(api).toContain(`<origin>${ORIGIN}</origin>`);
  });

  it("THEN each value reaches exactly its resource inputs, intact in the plan document", () => {
    const document = JSON.parse(JSON.stringify(planOf("azure"))) as Plan;
    const found = locationsOf(document, [
      VALUES.description,
      VALUES.clientId,
      VALUES.publisher,
      VALUES.tenant,
      ENCODED_CALLBACK,
    ]);
    expect(found).toEqual({
      [VALUES.description]: ["hanbit-api-app.api.oauth2PermissionScopes[0].adminConsentDescription"],
      [VALUES.clientId]: [],
      [VALUES.publisher]: ["hanbit-apim.publisherName"],
      [VALUES.tenant]: ["hanbit-b2c-tenant.displayName"],
      [ENCODED_CALLBACK]: ["hanbit-web-app.web.redirectUris[0]"],
    });
    const tagged = planOf("azure").resources.filter(
      (r) => (r.inputs.tags as { owner?: string })?.owner === VALUES.tag,
    );
    expect(tagged).toHaveLength(planOf("azure").resources.filter((r) => r.inputs.tags !== undefined).length);
  });
});

describe.each(["aws", "azure"] as const)("GIVEN the hostile %s plan rendered", (cloud) => {
  it("THEN the graphs show no configured text, and the tree shows it only on input lines", () => {
    const plan = planOf(cloud);
    for (const graph of [renderMermaid(plan), renderDot(plan)]) {
      expect([graph.includes("<script>"), graph.includes("\u202E")]).toEqual([false, false]);
    }
    const lines = renderTree(plan).split("\n");
    const carrying = lines.filter((line) => ALL_VALUES.some((v) => line.includes(v.slice(0, 20))));
    expect(carrying.length).toBeGreaterThan(0);
    expect(carrying.filter((line) => !/^ +[\w-]+: /.test(line))).toEqual([]);
  });
});
