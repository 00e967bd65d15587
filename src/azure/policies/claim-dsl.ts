/** Builders for claim types and claims transformations (BuildingBlocks). */
import { el, textEl, type XmlElement } from "../../xml";

export interface ClaimTypeSpec {
  displayName: string;
  dataType: "string" | "boolean" | "dateTime" | "stringCollection" | "int";
  /** Partner claim name per protocol, e.g. `{ OpenIdConnect: "oid" }`. */
  partners?: Readonly<Partial<Record<"OAuth2" | "OpenIdConnect" | "SAML2", string>>>;
  mask?: string;
  adminHelp?: string;
  userHelp?: string;
  input?: "TextBox" | "Password" | "Readonly" | "Paragraph" | "EmailBox" | "RadioSingleSelect";
  pattern?: { regex: string; help: string };
  /** Values a user picks from (`Restriction/Enumeration`), the first selected by default. */
  choices?: readonly { text: string; value: string }[];
  /** A `PredicateValidation` the value must pass (password rules). */
  predicateValidation?: string;
}

/** A ClaimType with its children in schema order. */
export function claimType(id: string, spec: ClaimTypeSpec): XmlElement {
  const partners = Object.entries(spec.partners ?? {});
  return el("ClaimType", { Id: id }, [
    textEl("DisplayName", spec.displayName),
    textEl("DataType", spec.dataType),
    partners.length > 0 &&
      el(
        "DefaultPartnerClaimTypes",
        {},
        partners.map(([protocol, name]) => el("Protocol", { Name: protocol, PartnerClaimType: name })),
      ),
    spec.mask !== undefined && textEl("Mask", spec.mask, { Type: "Simple" }),
    spec.adminHelp !== undefined && textEl("AdminHelpText", spec.adminHelp),
    spec.userHelp !== undefined && textEl("UserHelpText", spec.userHelp),
    spec.input !== undefined && textEl("UserInputType", spec.input),
    spec.pattern !== undefined &&
      el("Restriction", {}, [
        el("Pattern", { RegularExpression: spec.pattern.regex, HelpText: spec.pattern.help }),
      ]),
    spec.choices !== undefined &&
      el(
        "Restriction",
        {},
        spec.choices.map((choice, i) =>
          el("Enumeration", { Text: choice.text, Value: choice.value, SelectByDefault: i === 0 }),
        ),
      ),
    spec.predicateValidation !== undefined &&
      el("PredicateValidationReference", { Id: spec.predicateValidation }),
  ]);
}

/** A claim taking part in a transformation: `[claimTypeReferenceId, transformationClaimType]`. */
export type TransformationClaim = readonly [claim: string, role: string];

export interface TransformationSpec {
  method: string;
  inputs?: readonly TransformationClaim[];
  /** `[id, dataType, value]`. */
  parameters?: readonly (readonly [id: string, dataType: "string" | "boolean" | "int", value: string])[];
  outputs?: readonly TransformationClaim[];
}

/** A ClaimsTransformation with its children in schema order. */
export function claimsTransformation(id: string, spec: TransformationSpec): XmlElement {
  const claims = (tag: string, list: readonly TransformationClaim[] | undefined) =>
    list !== undefined &&
    el(
      `${tag}s`,
      {},
      list.map(([claim, role]) => el(tag, { ClaimTypeReferenceId: claim, TransformationClaimType: role })),
    );
  return el("ClaimsTransformation", { Id: id, TransformationMethod: spec.method }, [
    claims("InputClaim", spec.inputs),
    spec.parameters !== undefined &&
      el(
        "InputParameters",
        {},
        spec.parameters.map(([pid, type, value]) =>
          el("InputParameter", { Id: pid, DataType: type, Value: value }),
        ),
      ),
    claims("OutputClaim", spec.outputs),
  ]);
}

/** A CopyClaim transformation from one claim to another. */
export function copyClaim(id: string, from: string, to: string): XmlElement {
  return claimsTransformation(id, {
    method: "CopyClaim",
    inputs: [[from, "inputClaim"]],
    outputs: [[to, "outputClaim"]],
  });
}
