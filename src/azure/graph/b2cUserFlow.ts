import type * as pulumi from "@pulumi/pulumi";
import { requireOneOf, requireText, seg, USER_FLOW_PREFIX, withoutPrefix, withPrefix } from "./common";
import type { GraphConnection, ProviderDeps } from "./connection";
import {
  type AdoptableArgs,
  createOrAdopt,
  type GraphInputs,
  type GraphObject,
  type GraphOutputs,
  GraphResource,
  graphProvider,
} from "./core";

/**
 * Azure AD B2C user flow (`beta/identity/b2cUserFlows`).
 *
 * Graph exposes only the properties below. Multifactor authentication, token lifetimes,
 * session behaviour, page layouts and attribute/claim selection of a user flow are NOT in the
 * documented Graph API: set them in the portal, or use custom policies (TrustFrameworkPolicy),
 * where they are part of the policy XML.
 */

/** User flow types Graph accepts. */
export const B2C_USER_FLOW_TYPES = [
  "signUpOrSignIn",
  "signUp",
  "signIn",
  "passwordReset",
  "profileUpdate",
  "resourceOwner",
] as const;
export type B2CUserFlowType = (typeof B2C_USER_FLOW_TYPES)[number];

/** Values of `userFlowTypeVersion` this module lets through (Graph's examples use 1 and 3). */
export const B2C_USER_FLOW_TYPE_VERSIONS = [1, 2, 3] as const;
export type B2CUserFlowTypeVersion = (typeof B2C_USER_FLOW_TYPE_VERSIONS)[number];

export interface B2CUserFlowArgs extends AdoptableArgs {
  /** Name of the flow, with or without the `B2C_1_` prefix (the id gets it either way). Changing it replaces the flow. */
  name: pulumi.Input<string>;
  /** Changing it replaces the flow. */
  userFlowType: pulumi.Input<B2CUserFlowType>;
  /** Changing it replaces the flow (Graph cannot update it). @default 3 */
  userFlowTypeVersion?: pulumi.Input<B2CUserFlowTypeVersion>;
  /** @default false (the service default) */
  isLanguageCustomizationEnabled?: pulumi.Input<boolean>;
  /** RFC 5646 tag used when the request has no `ui_locales`. @default the service's ("en") */
  defaultLanguageTag?: pulumi.Input<string>;
}

type FlowInputs = GraphInputs<B2CUserFlowArgs>;

interface FlowOutputs extends GraphOutputs {
  flowId: string;
  userFlowType: B2CUserFlowType;
  userFlowTypeVersion: number;
  isLanguageCustomizationEnabled: boolean;
  defaultLanguageTag: string | null;
}

const PATH = "/identity/b2cUserFlows";

function toOutputs(connection: GraphConnection, body: Record<string, unknown>): FlowOutputs {
  return {
    connection,
    flowId: String(body.id),
    userFlowType: body.userFlowType as B2CUserFlowType,
    userFlowTypeVersion: Number(body.userFlowTypeVersion),
    isLanguageCustomizationEnabled: body.isLanguageCustomizationEnabled === true,
    defaultLanguageTag: typeof body.defaultLanguageTag === "string" ? body.defaultLanguageTag : null,
  };
}

function mutable(inputs: FlowInputs): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  if (inputs.isLanguageCustomizationEnabled !== undefined) {
    patch.isLanguageCustomizationEnabled = inputs.isLanguageCustomizationEnabled;
  }
  if (inputs.defaultLanguageTag !== undefined) patch.defaultLanguageTag = inputs.defaultLanguageTag;
  return patch;
}

const USER_FLOW: GraphObject<FlowInputs, FlowOutputs> = {
  type: "B2CUserFlow",
  version: "beta",
  permission: "IdentityUserFlow.ReadWrite.All",
  outputs: ["flowId", "userFlowTypeVersion", "isLanguageCustomizationEnabled", "defaultLanguageTag"],

  check(news) {
    const props = news as unknown as Record<string, unknown>;
    return [
      ...requireText(props, "name"),
      ...requireOneOf(props, "userFlowType", B2C_USER_FLOW_TYPES),
      ...requireOneOf(props, "userFlowTypeVersion", B2C_USER_FLOW_TYPE_VERSIONS, true),
    ];
  },

  diff(olds, news) {
    const next = {
      connection: news.connection,
      flowId: withPrefix(news.name, USER_FLOW_PREFIX),
      userFlowType: news.userFlowType,
      userFlowTypeVersion: news.userFlowTypeVersion ?? 3,
      isLanguageCustomizationEnabled:
        news.isLanguageCustomizationEnabled ?? olds.isLanguageCustomizationEnabled,
      defaultLanguageTag: news.defaultLanguageTag ?? olds.defaultLanguageTag,
    };
    return {
      next,
      replaceOn: ["flowId", "userFlowType", "userFlowTypeVersion"],
      updateOn: ["isLanguageCustomizationEnabled", "defaultLanguageTag"],
      sameId: olds.flowId === next.flowId,
    };
  },

  async create(graph, inputs, connection) {
    const flowId = withPrefix(inputs.name, USER_FLOW_PREFIX);
    const body = {
      id: withoutPrefix(inputs.name, USER_FLOW_PREFIX),
      userFlowType: inputs.userFlowType,
      userFlowTypeVersion: inputs.userFlowTypeVersion ?? 3,
      ...mutable(inputs),
    };
    const created = await createOrAdopt(
      graph,
      PATH,
      { json: body },
      { what: "B2C user flow", id: flowId, adoptExisting: inputs.adoptExisting },
    );
    if (created) {
      const outs = toOutputs(connection, created.json as Record<string, unknown>);
      return { id: outs.flowId, outs };
    }
    const existing = await graph.send("GET", `${PATH}/${seg(flowId)}`);
    const found = toOutputs(connection, existing.json as Record<string, unknown>);
    if (found.userFlowType !== inputs.userFlowType) {
      throw new Error(
        `adoptExisting: B2C user flow "${flowId}" in tenant ${connection.tenantId} is of type ` +
          `${found.userFlowType}, not ${inputs.userFlowType}; delete it or rename this flow.`,
      );
    }
    const patch = mutable(inputs);
    if (Object.keys(patch).length > 0) await graph.send("PATCH", `${PATH}/${seg(flowId)}`, { json: patch });
    return { id: flowId, outs: { ...found, ...patch } };
  },

  path: (id) => `${PATH}/${seg(id)}`,
  refreshed: (got, _props, connection) => toOutputs(connection, got.json as Record<string, unknown>),

  async update(graph, id, olds, news, connection) {
    const patch = mutable(news);
    const changed = Object.entries(patch).filter(
      ([key, value]) => (olds as unknown as Record<string, unknown>)[key] !== value,
    );
    if (changed.length > 0)
      await graph.send("PATCH", `${PATH}/${seg(id)}`, { json: Object.fromEntries(changed) });
    return { ...olds, ...patch, connection };
  },
};

/** The provider; `deps` are test seams only. */
export function b2cUserFlowProvider(deps: ProviderDeps = {}): pulumi.dynamic.ResourceProvider {
  return graphProvider(USER_FLOW, deps);
}

/** A B2C user flow managed through Microsoft Graph. Its id is the full `B2C_1_...` name. */
export class B2CUserFlow extends GraphResource {
  declare readonly flowId: pulumi.Output<string>;
  declare readonly userFlowType: pulumi.Output<B2CUserFlowType>;
  declare readonly userFlowTypeVersion: pulumi.Output<number>;
  declare readonly isLanguageCustomizationEnabled: pulumi.Output<boolean>;
  declare readonly defaultLanguageTag: pulumi.Output<string | null>;

  constructor(name: string, args: B2CUserFlowArgs, opts?: pulumi.CustomResourceOptions) {
    super(USER_FLOW, name, args, opts);
  }
}
