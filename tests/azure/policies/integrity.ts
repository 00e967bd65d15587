/**
 * Test helper: checks what the XSD cannot, the references across a policy chain (B2C
 * refuses an upload that names an undeclared claim, profile, page or journey).
 */
import { all, kids, metadataOf, type Node } from "./parsed";

function ids(docs: readonly Node[], element: string): Set<string> {
  return new Set(docs.flatMap((d) => all(d, element).map((n) => n.attrs.Id ?? "")));
}

function refs(docs: readonly Node[], element: string, attr: string): string[] {
  return docs
    .flatMap((d) => all(d, element).map((n) => n.attrs[attr]))
    .filter((v): v is string => v !== undefined);
}

/** Returns one line per dangling reference or malformed journey; empty when the chain is consistent. */
export function referenceProblems(docs: readonly Node[], keySetNames: readonly string[]): string[] {
  const problems: string[] = [];
  const expect = (kind: string, declared: Set<string>, used: readonly string[]) => {
    for (const u of new Set(used))
      if (!declared.has(u)) problems.push(`${kind} "${u}" is referenced but not declared`);
  };
  const claims = ids(docs, "ClaimType");
  const profiles = new Set(
    docs.flatMap((d) =>
      all(d, "ClaimsProvider").flatMap((cp) => all(cp, "TechnicalProfile").map((tp) => tp.attrs.Id ?? "")),
    ),
  );
  const journeys = ids(docs, "UserJourney");
  const exchanges = new Set(refs(docs, "ClaimsExchange", "Id"));

  expect("claim", claims, [
    ...refs(docs, "InputClaim", "ClaimTypeReferenceId"),
    ...refs(docs, "OutputClaim", "ClaimTypeReferenceId"),
    ...refs(docs, "PersistedClaim", "ClaimTypeReferenceId"),
    ...refs(docs, "DisplayClaim", "ClaimTypeReferenceId"),
    ...docs.flatMap((d) => all(d, "Precondition").map((p) => kids(p, "Value")[0]?.text ?? "")),
    ...refs(docs, "LocalizedString", "ElementId"),
  ]);
  expect("claims transformation", ids(docs, "ClaimsTransformation"), [
    ...refs(docs, "InputClaimsTransformation", "ReferenceId"),
    ...refs(docs, "OutputClaimsTransformation", "ReferenceId"),
  ]);
  expect("technical profile", profiles, [
    ...refs(docs, "ValidationTechnicalProfile", "ReferenceId"),
    ...refs(docs, "IncludeTechnicalProfile", "ReferenceId"),
    ...refs(docs, "UseTechnicalProfileForSessionManagement", "ReferenceId"),
    ...refs(docs, "ClaimsExchange", "TechnicalProfileReferenceId"),
    ...refs(docs, "OrchestrationStep", "CpimIssuerTechnicalProfileReferenceId"),
  ]);
  const contentRefs = docs.flatMap((d) =>
    all(d, "TechnicalProfile")
      .map((tp) => metadataOf(tp).ContentDefinitionReferenceId)
      .filter((v): v is string => v !== undefined),
  );
  expect("content definition", ids(docs, "ContentDefinition"), [
    ...refs(docs, "OrchestrationStep", "ContentDefinitionReferenceId"),
    ...contentRefs,
  ]);
  expect(
    "display control",
    ids(docs, "DisplayControl"),
    refs(docs, "DisplayClaim", "DisplayControlReferenceId"),
  );
  expect("sub journey", ids(docs, "SubJourney"), refs(docs, "Candidate", "SubJourneyReferenceId"));
  expect("user journey", journeys, [
    ...refs(docs, "DefaultUserJourney", "ReferenceId"),
    ...refs(docs, "Endpoint", "UserJourneyReferenceId"),
  ]);
  expect(
    "localized resources",
    ids(docs, "LocalizedResources"),
    refs(docs, "LocalizedResourcesReference", "LocalizedResourcesReferenceId"),
  );
  expect("client definition", ids(docs, "ClientDefinition"), refs(docs, "ClientDefinition", "ReferenceId"));
  expect("policy key", new Set(keySetNames), refs(docs, "Key", "StorageReferenceId"));
  const exchangeTargets = docs.flatMap((d) =>
    all(d, "TechnicalProfile").flatMap((tp) => {
      const md = metadataOf(tp);
      return [md.SignUpTarget, md["setting.forgotPasswordLinkOverride"]].filter(
        (v): v is string => v !== undefined,
      );
    }),
  );
  expect("claims exchange", exchanges, exchangeTargets);
  expect(
    "localized claims provider exchange",
    exchanges,
    refs(docs, "LocalizedString", "StringId").filter((id) => id.endsWith("Exchange")),
  );

  for (const j of [
    ...docs.flatMap((d) => all(d, "UserJourney")),
    ...docs.flatMap((d) => all(d, "SubJourney")),
  ]) {
    const steps = all(j, "OrchestrationStep");
    const orders = steps.map((s) => Number(s.attrs.Order));
    if (orders.join() !== steps.map((_, i) => i + 1).join())
      problems.push(`${j.attrs.Id}: steps not numbered 1..n (${orders.join()})`);
    const own = new Set(refs([j], "ClaimsExchange", "Id"));
    for (const sel of all(j, "ClaimsProviderSelection")) {
      const target = sel.attrs.TargetClaimsExchangeId ?? sel.attrs.ValidationClaimsExchangeId ?? "";
      if (!own.has(target))
        problems.push(`${j.attrs.Id}: selection "${target}" has no claims exchange in the journey`);
    }
    if (j.name === "UserJourney" && steps.at(-1)?.attrs.Type !== "SendClaims")
      problems.push(`${j.attrs.Id}: does not end with SendClaims`);
  }
  for (const id of profiles) {
    const defs = docs.flatMap((d) => all(d, "TechnicalProfile").filter((tp) => tp.attrs.Id === id));
    if (
      !defs.some((tp) => kids(tp, "Protocol").length > 0 || kids(tp, "IncludeTechnicalProfile").length > 0)
    ) {
      problems.push(`technical profile "${id}" has no protocol`);
    }
  }
  return problems;
}
