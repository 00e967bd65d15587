import { awsCloud } from "../aws/cloud";
import { azureCloud } from "../azure/cloud";
import type { Cloud } from "../config/schema/root";
import type { CloudImplementation } from "./implementation";

export type { CloudImplementation, CreatePlatform } from "./implementation";

/** The one dispatch from cloud name to implementation; each entry loads its resources on first use. */
export const CLOUDS: { readonly [C in Cloud]: CloudImplementation<C> } = {
  aws: awsCloud,
  azure: azureCloud,
};
