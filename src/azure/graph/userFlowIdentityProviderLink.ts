import type * as pulumi from "@pulumi/pulumi";
import { requireText, seg, USER_FLOW_PREFIX, withPrefix } from "./common";
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
 * Links an identity provider (e.g. `Google-OAUTH`, the id of a SocialIdentityProvider) to a
 * B2C user flow: `POST beta/identity/b2cUserFlows/{flow}/userflowIdentityProviders/$ref`,
 * removed with `DELETE .../userflowIdentityProviders/{idp}/$ref`. Any change replaces the link.
 */
export interface UserFlowIdentityProviderLinkArgs extends AdoptableArgs {
  /** The user flow, e.g. `B2CUserFlow.id`; the `B2C_1_` prefix is added when missing. */
  userFlowId: pulumi.Input<string>;
  /** The identity provider id, e.g. `SocialIdentityProvider.id` (`Google-OAUTH`). */
  identityProviderId: pulumi.Input<string>;
}

type LinkInputs = GraphInputs<UserFlowIdentityProviderLinkArgs>;

interface LinkOutputs extends GraphOutputs {
  userFlowId: string;
  identityProviderId: string;
}

function linksPath(flowId: string): string {
  return `/identity/b2cUserFlows/${seg(flowId)}/userflowIdentityProviders`;
}

function normalized(inputs: LinkInputs, connection: GraphConnection): LinkOutputs {
  return {
    connection,
    userFlowId: withPrefix(inputs.userFlowId, USER_FLOW_PREFIX),
    identityProviderId: inputs.identityProviderId,
  };
}

const LINK: GraphObject<LinkInputs, LinkOutputs> = {
  type: "UserFlowIdentityProviderLink",
  version: "beta",
  permission: "IdentityUserFlow.ReadWrite.All",
  outputs: [],

  check(news) {
    const props = news as unknown as Record<string, unknown>;
    return [...requireText(props, "userFlowId"), ...requireText(props, "identityProviderId")];
  },

  diff: (_olds, news) => ({
    next: { ...news, userFlowId: withPrefix(news.userFlowId, USER_FLOW_PREFIX) },
    replaceOn: ["userFlowId", "identityProviderId"],
    updateOn: [],
    sameId: false,
  }),

  async create(graph, inputs, connection) {
    const outs = normalized(inputs, connection);
    const id = `${outs.userFlowId}/${outs.identityProviderId}`;
    const identityProvider = `${graph.endpoint}/beta/identity/identityProviders/${seg(outs.identityProviderId)}`;
    await createOrAdopt(
      graph,
      `${linksPath(outs.userFlowId)}/$ref`,
      { json: { "@odata.id": identityProvider } },
      { what: "User flow identity provider link", id, adoptExisting: inputs.adoptExisting },
    );
    return { id, outs };
  },

  path: (_id, props) => linksPath(props.userFlowId),
  refreshed(got, props) {
    const value = (got.json as { value?: { id?: unknown }[] } | undefined)?.value ?? [];
    return value.some((idp) => idp.id === props.identityProviderId) ? props : undefined;
  },

  update: async (_graph, _id, _olds, news, connection) => normalized(news, connection),
  deletePath: (_id, props) => `${linksPath(props.userFlowId)}/${seg(props.identityProviderId)}/$ref`,
};

/** The provider; `deps` are test seams only. */
export function userFlowIdentityProviderLinkProvider(
  deps: ProviderDeps = {},
): pulumi.dynamic.ResourceProvider {
  return graphProvider(LINK, deps);
}

/** An identity provider offered by a B2C user flow. Its id is `{flowId}/{identityProviderId}`. */
export class UserFlowIdentityProviderLink extends GraphResource {
  declare readonly userFlowId: pulumi.Output<string>;
  declare readonly identityProviderId: pulumi.Output<string>;

  constructor(name: string, args: UserFlowIdentityProviderLinkArgs, opts?: pulumi.CustomResourceOptions) {
    super(LINK, name, args, opts);
  }
}
