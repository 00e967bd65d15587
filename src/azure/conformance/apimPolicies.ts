import { XMLValidator } from "fast-xml-parser";
import {
  APIM_POLICY_FORMATS,
  APIM_POLICY_MAX_BYTES,
  APIM_POLICY_SIZE_SOURCE,
  APIM_POLICY_SOURCE,
  type ApimSku,
} from "../../config/rules/azure/limits";
import type { CheckedResource } from "../../platform/checks";
import { oneOf } from "../../platform/constraintKinds";
import type { Constraint } from "../../platform/constraints";
import { findBy, known, spec } from "./common";

const SERVICE = "azure-native:apimanagement:ApiManagementService";
const TYPES = "apimanagement/microsoft.apimanagement/2024-05-01";

const serviceSku = (all: readonly CheckedResource[], serviceName: unknown) =>
  (findBy(all, SERVICE, "serviceName", serviceName)?.props.sku as { name?: ApimSku } | undefined)?.name;

/** Well-formed XML, for documents sent as `xml` (fast-xml-parser's validator: tags balanced, attributes quoted, entities known). */
export function xmlProblem(text: string): string | undefined {
  const result = XMLValidator.validate(text);
  return result === true ? undefined : `is not well-formed XML (${result.err.msg})`;
}

/** Format, ID, content and size of an API or operation policy. */
export function policyConstraints(type: string, prefix: string): Constraint[] {
  const base = (id: string, input: string, source: string) => ({
    id: `${prefix}-${id}`,
    type,
    input,
    source,
  });
  return [
    oneOf(base("format", "format", APIM_POLICY_SOURCE), APIM_POLICY_FORMATS),
    oneOf(base("id", "policyId", spec(TYPES, "policies name: 'policy'")), ["policy"]),
    {
      ...base("content", "value", APIM_POLICY_SOURCE),
      rule: "what format promises: a well-formed XML document for xml; for rawxml a document that is not XML-encoded (no &quot; &lt; &gt; &amp; &apos; left to decode inside policy expressions)",
      violations: (r) => {
        const { format, value } = r.props;
        if (typeof value !== "string" || !known(value)) return [];
        if (format === "xml") {
          const problem = xmlProblem(value);
          return problem ? [`value ${problem}`] : [];
        }
        if (format === "rawxml" && /@[({][\s\S]*&(quot|lt|gt|amp|apos);/.test(value))
          return ["value is XML-encoded inside a policy expression but sent as rawxml"];
        return [];
      },
    },
    {
      ...base("size", "value", APIM_POLICY_SIZE_SOURCE),
      rule: "at most 256 KiB (16 KiB on Consumption)",
      violations: (r, all) => {
        const { value } = r.props;
        if (typeof value !== "string" || !known(value)) return [];
        const max =
          serviceSku(all, r.props.serviceName) === "Consumption"
            ? APIM_POLICY_MAX_BYTES.Consumption
            : APIM_POLICY_MAX_BYTES.other;
        const bytes = Buffer.byteLength(value, "utf8");
        return bytes > max ? [`value has ${bytes} bytes`] : [];
      },
    },
  ];
}
