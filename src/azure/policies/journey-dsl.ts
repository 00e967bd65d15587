/**
 * Orchestration-step helpers. Steps are written without numbers; {@link journey} and
 * {@link subJourney} number them 1..n, so optional steps can come and go freely.
 */
import { el, textEl, type XmlElement } from "../../xml";

export interface Precondition {
  type: "ClaimsExist" | "ClaimEquals";
  /** Skip the step when the test comes out as this value. */
  skipIf: boolean;
  values: readonly string[];
}

/** Skip the step when `claim` has a value. */
export const skipIfExists = (claim: string): Precondition => ({
  type: "ClaimsExist",
  skipIf: true,
  values: [claim],
});
/** Skip the step when `claim` has no value. */
export const skipIfMissing = (claim: string): Precondition => ({
  type: "ClaimsExist",
  skipIf: false,
  values: [claim],
});
/** Skip the step when `claim` equals `value`. */
export const skipIfEquals = (claim: string, value: string): Precondition => ({
  type: "ClaimEquals",
  skipIf: true,
  values: [claim, value],
});
/** Skip the step unless `claim` equals `value`. */
export const skipUnlessEquals = (claim: string, value: string): Precondition => ({
  type: "ClaimEquals",
  skipIf: false,
  values: [claim, value],
});

export interface Selection {
  target?: string;
  validation?: string;
}

export interface Exchange {
  id: string;
  technicalProfile: string;
}

export type Step =
  | {
      type: "ClaimsExchange" | "ClaimsProviderSelection" | "CombinedSignInAndSignUp";
      contentDefinition?: string;
      preconditions?: readonly Precondition[];
      selections?: readonly Selection[];
      exchanges?: readonly Exchange[];
    }
  | { type: "InvokeSubJourney"; subJourney: string; preconditions?: readonly Precondition[] }
  | { type: "SendClaims"; issuer: string };

/** A one-exchange step: the common case. */
export function exchangeStep(
  id: string,
  technicalProfile: string,
  preconditions?: readonly Precondition[],
): Step {
  return { type: "ClaimsExchange", preconditions, exchanges: [{ id, technicalProfile }] };
}

export function subJourneyStep(subJourney: string, preconditions?: readonly Precondition[]): Step {
  return { type: "InvokeSubJourney", subJourney, preconditions };
}

function preconditionsEl(list: readonly Precondition[] | undefined): XmlElement | undefined {
  if (list === undefined || list.length === 0) return undefined;
  return el(
    "Preconditions",
    {},
    list.map((p) =>
      el("Precondition", { Type: p.type, ExecuteActionsIf: String(p.skipIf) }, [
        ...p.values.map((v) => textEl("Value", v)),
        textEl("Action", "SkipThisOrchestrationStep"),
      ]),
    ),
  );
}

function stepEl(step: Step, order: number): XmlElement {
  if (step.type === "SendClaims") {
    return el("OrchestrationStep", {
      Order: order,
      Type: "SendClaims",
      CpimIssuerTechnicalProfileReferenceId: step.issuer,
    });
  }
  if (step.type === "InvokeSubJourney") {
    return el("OrchestrationStep", { Order: order, Type: "InvokeSubJourney" }, [
      preconditionsEl(step.preconditions),
      el("JourneyList", {}, [el("Candidate", { SubJourneyReferenceId: step.subJourney })]),
    ]);
  }
  return el(
    "OrchestrationStep",
    { Order: order, Type: step.type, ContentDefinitionReferenceId: step.contentDefinition },
    [
      preconditionsEl(step.preconditions),
      step.selections !== undefined &&
        el(
          "ClaimsProviderSelections",
          {},
          step.selections.map((s) =>
            el("ClaimsProviderSelection", {
              TargetClaimsExchangeId: s.target,
              ValidationClaimsExchangeId: s.validation,
            }),
          ),
        ),
      step.exchanges !== undefined &&
        step.exchanges.length > 0 &&
        el(
          "ClaimsExchanges",
          {},
          step.exchanges.map((x) =>
            el("ClaimsExchange", { Id: x.id, TechnicalProfileReferenceId: x.technicalProfile }),
          ),
        ),
    ],
  );
}

function steps(list: readonly Step[]): XmlElement {
  return el(
    "OrchestrationSteps",
    {},
    list.map((s, i) => stepEl(s, i + 1)),
  );
}

/**
 * A UserJourney with numbered steps. Browser journeys use the `DefaultWeb` client
 * definition; `background` journeys (refresh-token redemption) have no pages, so they keep
 * no original assertion and name no client.
 */
export function journey(
  id: string,
  list: readonly Step[],
  options: { background?: boolean } = {},
): XmlElement {
  const background = options.background ?? false;
  return el("UserJourney", { Id: id }, [
    background && textEl("PreserveOriginalAssertion", "false"),
    steps(list),
    !background && el("ClientDefinition", { ReferenceId: "DefaultWeb" }),
  ]);
}

/** A SubJourney of type Call (returns to the calling journey). */
export function subJourney(id: string, list: readonly Step[]): XmlElement {
  return el("SubJourney", { Id: id, Type: "Call" }, [steps(list)]);
}
