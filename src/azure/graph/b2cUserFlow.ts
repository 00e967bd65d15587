import * as pulumi from "@pulumi/pulumi";
import { isConflict, isNotFound } from "./client";
import {
  diffProps,
  GRAPH_MODULE,
  requireOneOf,
  requireText,
  seg,
  USER_FLOW_PREFIX,
  withoutPrefix,
  withPrefix,
} from "./common";
import {
  type GraphConnection,
  type GraphConnectionArgs,
  normalizeConnection,
  openGraph,
  type ProviderDeps,
} from "./connection";

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

export interface B2CUserFlowArgs {
  connection: pulumi.Input<GraphConnectionArgs>;
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
  /** Take over a flow of the same id and type that already exists instead of failing. @default false */
  adoptExisting?: pulumi.Input<boolean>;
}

interface FlowInputs {
  connection: GraphConnection;
  name: string;
  userFlowType: B2CUserFlowType;
  userFlowTypeVersion?: number;
  isLanguageCustomizationEnabled?: boolean;
  defaultLanguageTag?: string;
  adoptExisting?: boolean;
}

interface FlowOutputs {
  connection: GraphConnection;
  flowId: string;
  userFlowType: B2CUserFlowType;
  userFlowTypeVersion: number;
  isLanguageCustomizationEnabled: boolean;
  defaultLanguageTag: string | null;
}

const PERMISSION = "IdentityUserFlow.ReadWrite.All" as const;
const REPLACE_ON = ["flowId", "userFlowType", "userFlowTypeVersion"] as const;
const UPDATE_ON = ["isLanguageCustomizationEnabled", "defaultLanguageTag"] as const;

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

/** The provider; `deps` are test seams only. */
export function b2cUserFlowProvider(deps: ProviderDeps = {}): pulumi.dynamic.ResourceProvider {
  return {
    async check(_olds: FlowInputs, news: FlowInputs) {
      const props = news as unknown as Record<string, unknown>;
      const failures = [
        ...requireText(props, "name"),
        ...requireOneOf(props, "userFlowType", B2C_USER_FLOW_TYPES),
        ...requireOneOf(props, "userFlowTypeVersion", B2C_USER_FLOW_TYPE_VERSIONS, true),
      ];
      return { inputs: news, failures };
    },

    async diff(_id: string, olds: FlowOutputs, news: FlowInputs) {
      const next = {
        connection: news.connection,
        flowId: withPrefix(news.name, USER_FLOW_PREFIX),
        userFlowType: news.userFlowType,
        userFlowTypeVersion: news.userFlowTypeVersion ?? 3,
        isLanguageCustomizationEnabled:
          news.isLanguageCustomizationEnabled ?? olds.isLanguageCustomizationEnabled,
        defaultLanguageTag: news.defaultLanguageTag ?? olds.defaultLanguageTag,
      };
      return diffProps({ ...olds }, next, REPLACE_ON, UPDATE_ON, olds.flowId === next.flowId);
    },

    async create(inputs: FlowInputs) {
      const connection = normalizeConnection(inputs.connection);
      const graph = openGraph(connection, deps);
      const flowId = withPrefix(inputs.name, USER_FLOW_PREFIX);
      const body = {
        id: withoutPrefix(inputs.name, USER_FLOW_PREFIX),
        userFlowType: inputs.userFlowType,
        userFlowTypeVersion: inputs.userFlowTypeVersion ?? 3,
        ...mutable(inputs),
      };
      const path = "/identity/b2cUserFlows";
      try {
        const created = await graph.send({
          method: "POST",
          version: "beta",
          path,
          permission: PERMISSION,
          json: body,
          conflict: inputs.adoptExisting === true ? undefined : { what: "B2C user flow", id: flowId },
        });
        const outs = toOutputs(connection, created.json as Record<string, unknown>);
        return { id: outs.flowId, outs };
      } catch (err) {
        if (!(inputs.adoptExisting === true && isConflict(err))) throw err;
      }
      const existing = await graph.send({
        method: "GET",
        version: "beta",
        path: `${path}/${seg(flowId)}`,
        permission: PERMISSION,
      });
      const found = toOutputs(connection, existing.json as Record<string, unknown>);
      if (found.userFlowType !== inputs.userFlowType) {
        throw new Error(
          `adoptExisting: B2C user flow "${flowId}" in tenant ${connection.tenantId} is of type ` +
            `${found.userFlowType}, not ${inputs.userFlowType}; delete it or rename this flow.`,
        );
      }
      const patch = mutable(inputs);
      if (Object.keys(patch).length > 0) {
        await graph.send({
          method: "PATCH",
          version: "beta",
          path: `${path}/${seg(flowId)}`,
          permission: PERMISSION,
          json: patch,
        });
      }
      return { id: flowId, outs: { ...found, ...patch } };
    },

    async read(id: string, props: FlowOutputs) {
      const connection = normalizeConnection(props.connection);
      const graph = openGraph(connection, deps);
      try {
        const got = await graph.send({
          method: "GET",
          version: "beta",
          path: `/identity/b2cUserFlows/${seg(id)}`,
          permission: PERMISSION,
        });
        return { id, props: toOutputs(connection, got.json as Record<string, unknown>) };
      } catch (err) {
        if (isNotFound(err)) return {};
        throw err;
      }
    },

    async update(id: string, olds: FlowOutputs, news: FlowInputs) {
      const connection = normalizeConnection(news.connection);
      const patch = mutable(news);
      const changed = Object.entries(patch).filter(
        ([key, value]) => (olds as unknown as Record<string, unknown>)[key] !== value,
      );
      if (changed.length > 0) {
        await openGraph(connection, deps).send({
          method: "PATCH",
          version: "beta",
          path: `/identity/b2cUserFlows/${seg(id)}`,
          permission: PERMISSION,
          json: Object.fromEntries(changed),
        });
      }
      return { outs: { ...olds, ...patch, connection } };
    },

    async delete(id: string, props: FlowOutputs) {
      const graph = openGraph(normalizeConnection(props.connection), deps);
      await graph.remove({
        version: "beta",
        path: `/identity/b2cUserFlows/${seg(id)}`,
        permission: PERMISSION,
      });
    },
  };
}

let provider: pulumi.dynamic.ResourceProvider | undefined;

/** A B2C user flow managed through Microsoft Graph. Its id is the full `B2C_1_...` name. */
export class B2CUserFlow extends pulumi.dynamic.Resource {
  declare readonly flowId: pulumi.Output<string>;
  declare readonly userFlowType: pulumi.Output<B2CUserFlowType>;
  declare readonly userFlowTypeVersion: pulumi.Output<number>;
  declare readonly isLanguageCustomizationEnabled: pulumi.Output<boolean>;
  declare readonly defaultLanguageTag: pulumi.Output<string | null>;
  declare readonly connection: pulumi.Output<GraphConnection>;

  constructor(name: string, args: B2CUserFlowArgs, opts?: pulumi.CustomResourceOptions) {
    provider ??= b2cUserFlowProvider();
    super(
      provider,
      name,
      {
        flowId: undefined,
        userFlowTypeVersion: undefined,
        isLanguageCustomizationEnabled: undefined,
        defaultLanguageTag: undefined,
        ...args,
      },
      opts,
      GRAPH_MODULE,
      "B2CUserFlow",
    );
  }
}
