import * as pulumi from "@pulumi/pulumi";
import { isConflict, isNotFound } from "./client";
import { diffProps, GRAPH_MODULE, requireText, seg, USER_FLOW_PREFIX, withPrefix } from "./common";
import {
  type GraphConnection,
  type GraphConnectionArgs,
  normalizeConnection,
  openGraph,
  type ProviderDeps,
} from "./connection";

/**
 * Links an identity provider (e.g. `Google-OAUTH`, the id of a SocialIdentityProvider) to a
 * B2C user flow: `POST beta/identity/b2cUserFlows/{flow}/userflowIdentityProviders/$ref`,
 * removed with `DELETE .../userflowIdentityProviders/{idp}/$ref`. Any change replaces the link.
 */
export interface UserFlowIdentityProviderLinkArgs {
  connection: pulumi.Input<GraphConnectionArgs>;
  /** The user flow, e.g. `B2CUserFlow.id`; the `B2C_1_` prefix is added when missing. */
  userFlowId: pulumi.Input<string>;
  /** The identity provider id, e.g. `SocialIdentityProvider.id` (`Google-OAUTH`). */
  identityProviderId: pulumi.Input<string>;
  /** Treat an existing link as this resource's instead of failing. @default false */
  adoptExisting?: pulumi.Input<boolean>;
}

interface LinkInputs {
  connection: GraphConnection;
  userFlowId: string;
  identityProviderId: string;
  adoptExisting?: boolean;
}

interface LinkOutputs {
  connection: GraphConnection;
  userFlowId: string;
  identityProviderId: string;
}

const PERMISSION = "IdentityUserFlow.ReadWrite.All" as const;

function linksPath(flowId: string): string {
  return `/identity/b2cUserFlows/${seg(flowId)}/userflowIdentityProviders`;
}

function normalized(inputs: LinkInputs): LinkOutputs {
  return {
    connection: normalizeConnection(inputs.connection),
    userFlowId: withPrefix(inputs.userFlowId, USER_FLOW_PREFIX),
    identityProviderId: inputs.identityProviderId,
  };
}

/** The provider; `deps` are test seams only. */
export function userFlowIdentityProviderLinkProvider(
  deps: ProviderDeps = {},
): pulumi.dynamic.ResourceProvider {
  return {
    async check(_olds: LinkInputs, news: LinkInputs) {
      const props = news as unknown as Record<string, unknown>;
      return {
        inputs: news,
        failures: [...requireText(props, "userFlowId"), ...requireText(props, "identityProviderId")],
      };
    },

    async diff(_id: string, olds: LinkOutputs, news: LinkInputs) {
      const next = { ...news, userFlowId: withPrefix(news.userFlowId, USER_FLOW_PREFIX) };
      return diffProps({ ...olds }, next, ["userFlowId", "identityProviderId"], [], false);
    },

    async create(inputs: LinkInputs) {
      const outs = normalized(inputs);
      const graph = openGraph(outs.connection, deps);
      const id = `${outs.userFlowId}/${outs.identityProviderId}`;
      try {
        await graph.send({
          method: "POST",
          version: "beta",
          path: `${linksPath(outs.userFlowId)}/$ref`,
          permission: PERMISSION,
          json: {
            "@odata.id": `${graph.endpoint}/beta/identity/identityProviders/${seg(outs.identityProviderId)}`,
          },
          conflict:
            inputs.adoptExisting === true ? undefined : { what: "User flow identity provider link", id },
        });
      } catch (err) {
        if (!(inputs.adoptExisting === true && isConflict(err))) throw err;
      }
      return { id, outs };
    },

    async read(id: string, props: LinkOutputs) {
      const graph = openGraph(normalizeConnection(props.connection), deps);
      try {
        const listed = await graph.send({
          method: "GET",
          version: "beta",
          path: linksPath(props.userFlowId),
          permission: PERMISSION,
        });
        const value = (listed.json as { value?: { id?: unknown }[] } | undefined)?.value ?? [];
        return value.some((idp) => idp.id === props.identityProviderId) ? { id, props } : {};
      } catch (err) {
        if (isNotFound(err)) return {};
        throw err;
      }
    },

    async update(_id: string, _olds: LinkOutputs, news: LinkInputs) {
      return { outs: normalized(news) };
    },

    async delete(_id: string, props: LinkOutputs) {
      const graph = openGraph(normalizeConnection(props.connection), deps);
      await graph.remove({
        version: "beta",
        path: `${linksPath(props.userFlowId)}/${seg(props.identityProviderId)}/$ref`,
        permission: PERMISSION,
      });
    },
  };
}

let provider: pulumi.dynamic.ResourceProvider | undefined;

/** An identity provider offered by a B2C user flow. Its id is `{flowId}/{identityProviderId}`. */
export class UserFlowIdentityProviderLink extends pulumi.dynamic.Resource {
  declare readonly userFlowId: pulumi.Output<string>;
  declare readonly identityProviderId: pulumi.Output<string>;
  declare readonly connection: pulumi.Output<GraphConnection>;

  constructor(name: string, args: UserFlowIdentityProviderLinkArgs, opts?: pulumi.CustomResourceOptions) {
    provider ??= userFlowIdentityProviderLinkProvider();
    super(provider, name, { ...args }, opts, GRAPH_MODULE, "UserFlowIdentityProviderLink");
  }
}
