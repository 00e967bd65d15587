import { describe, expect, it } from "vitest";
import { POLICY_COMMAND } from "../../policy/command";
import { IDP_TYPES } from "../../src/config/schema/identity";
import { EXIT } from "../../src/plan/command";
import { PLAN_COMMAND } from "../../src/plan/planCommand";
import { azureValues, validateAzure, withSection } from "../azure/platform/support";
import { exampleSettings, planCached, repoFile } from "../support/harness";

const README = repoFile("README.md");
const AZURE_DOC = repoFile("docs/azure.md");

/** The rows of the markdown table that follows `marker`, as arrays of trimmed cells. */
function tableAfter(text: string, marker: string): string[][] {
  const lines = text.slice(text.indexOf(marker)).split("\n");
  const start = lines.findIndex((l) => l.startsWith("|"));
  const end = lines.findIndex((l, i) => i > start && !l.startsWith("|"));
  return lines.slice(start + 2, end).map((l) =>
    l
      .split("|")
      .slice(1, -1)
      .map((c) => c.trim()),
  );
}

const ticked = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);

describe("GIVEN README.md, whose every sentence is a promise", () => {
  it("THEN every link to a section of it leads to a heading it has (no 'closing notes' that do not exist)", () => {
    const anchors = new Set(
      [...README.matchAll(/^#+ (.+)$/gm)].map((m) =>
        (m[1] as string)
          .toLowerCase()
          .replace(/[^\w\s-]/g, "")
          .replace(/\s/g, "-"),
      ),
    );
    const links = [...README.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((l) => !anchors.has(l as string))).toEqual([]);
    expect(README).not.toMatch(/closing notes/i);
  });

  it("THEN the plan's options table lists exactly the options npm run plan takes", () => {
    const rows = tableAfter(README, "## The offline plan");
    const flags = new Set(rows.flatMap(([option]) => ticked(option ?? "").map((t) => t.split(" ")[0])));
    expect([...flags].sort()).toEqual(
      Object.keys(PLAN_COMMAND.options)
        .map((o) => `--${o}`)
        .sort(),
    );
  });

  it("THEN the exit codes table holds the codes both CLIs return, each once", () => {
    const codes = tableAfter(README, "Exit codes, the same for").map(([code]) => Number(code));
    expect(codes).toEqual(Object.values(EXIT));
    expect(Object.keys(PLAN_COMMAND.exitCodes).map(Number)).toEqual(codes);
    expect(Object.keys(POLICY_COMMAND.exitCodes).map(Number)).toEqual(codes);
  });

  it("THEN the sessionStore row lists exactly the fields each example's plan emits", async () => {
    const row = tableAfter(README, "## Stack outputs").find(([output]) => output === "`sessionStore`");
    const fields = (cell: string | undefined) =>
      (/`\{ ([^}]+) \}`/.exec(cell ?? "")?.[1] ?? "").split(", ").sort();
    for (const [cloud, cell] of [
      ["aws", row?.[1]],
      ["azure", row?.[2]],
    ] as const) {
      const plan = await planCached(exampleSettings(cloud), cloud);
      expect(fields(cell)).toEqual(Object.keys(plan.outputs.sessionStore as object).sort());
    }
  }, 120_000);
});

describe("GIVEN the identity providers README and docs/azure.md say each Azure mode takes", () => {
  const said = (text: string, pattern: RegExp) => ticked(pattern.exec(text)?.[1] ?? "");
  const MODES = [
    {
      mode: "B2C user flows",
      directory: { mode: "b2c", policyMode: "userFlows" },
      readme: said(README, /B2C user flows take (.+?);/s),
      doc: said(AZURE_DOC, /B2C user flows link\s+(.+?)\s+\(Graph/s),
    },
    {
      mode: "B2C custom policies",
      directory: { mode: "b2c", policyMode: "customPolicies" },
      readme: said(README, /B2C custom policies take (.+?);/s),
      doc: said(AZURE_DOC, /B2C custom policies federate\s+(.+?)\s+provider/s),
    },
    {
      mode: "External ID",
      directory: { mode: "externalId", policyMode: "userFlows" },
      readme: said(README, /External ID takes (.+?)\./s),
      doc: said(AZURE_DOC, /External ID offers\s+(.+?)\./s),
    },
  ];
  const PROVIDERS: Record<(typeof IDP_TYPES)[number], Record<string, unknown>> = {
    google: { clientId: "id", clientSecret: "s3cret" },
    facebook: { clientId: "id", clientSecret: "s3cret" },
    amazon: { clientId: "id", clientSecret: "s3cret" },
    linkedin: { clientId: "id", clientSecret: "s3cret" },
    microsoft: { clientId: "id", clientSecret: "s3cret" },
    apple: { clientId: "kr.co.hanbit", teamId: "ABCDE12345", keyId: "K9L8M7N6P5", privateKey: "pem" },
    oidc: { issuer: "https://kauth.kakao.com", clientId: "id", clientSecret: "s3cret" },
    saml: { metadataUrl: "https://idp.example.com/metadata.xml" },
  };

  it("THEN README and docs/azure.md list the same types for each mode", () => {
    for (const m of MODES) expect([m.mode, m.doc]).toEqual([m.mode, m.readme]);
  });

  it.each(MODES.flatMap((m) => IDP_TYPES.map((type) => [m.mode, type, m] as const)))(
    "WHEN %s gets a %s provider THEN the configuration accepts it exactly when the docs list it",
    async (_mode, type, m) => {
      const values = azureValues({
        azure: withSection("directory", m.directory),
        identity: {
          ...(azureValues().identity as Record<string, unknown>),
          mfa: { mode: "required", factors: ["email"] },
          providers: [{ name: "Idp", type, ...PROVIDERS[type] }],
        },
      });
      const accepted = await validateAzure(values).then(
        () => true,
        () => false,
      );
      expect(accepted).toBe(m.readme.includes(type));
    },
  );
});
