import { lengthIn, matches } from "../../platform/constraintKinds";
import type { ConformanceAudit } from "../../platform/constraints";
import { DIRECTORY_CONSTRAINTS } from "./directory";

const APIM_SPEC =
  "Azure/azure-rest-api-specs specification/apimanagement/resource-manager/Microsoft.ApiManagement (serviceName path parameter)";
const APIM = "azure-native:apimanagement:ApiManagementService";

/**
 * What the Azure provider, Azure Resource Manager and Microsoft Graph enforce on the inputs
 * this program sets, each with its source. Kept free of provider SDK imports: the policy pack
 * loads it for either cloud.
 */
export const AZURE_CONFORMANCE: ConformanceAudit = {
  constraints: [
    lengthIn({ id: "apim-service-name-length", type: APIM, input: "serviceName", source: APIM_SPEC }, 1, 50),
    matches(
      { id: "apim-service-name-pattern", type: APIM, input: "serviceName", source: APIM_SPEC },
      /^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$/,
      "letters, digits and hyphens, starting with a letter and ending with a letter or digit",
    ),
    ...DIRECTORY_CONSTRAINTS,
  ],
  unconstrained: [],
};
