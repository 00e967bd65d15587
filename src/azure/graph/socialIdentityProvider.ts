import type * as pulumi from "@pulumi/pulumi";
import { fingerprint, newSalt, requireOneOf, requireText, seg } from "./common";
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
 * A social identity provider (`v1.0/identity/identityProviders`, `#microsoft.graph.socialIdentityProvider`).
 * The client secret is write-only in Graph (reads return `****`); here it is a secret input that
 * never appears in the outputs: only a salted fingerprint (itself secret) is kept, so that a
 * rotated secret is detected and PATCHed.
 */

/** `identityProviderType` values Graph documents for B2C tenants (B2B tenants: Google, Facebook only). */
export const SOCIAL_IDP_TYPES = [
  "Microsoft",
  "Google",
  "Amazon",
  "LinkedIn",
  "Facebook",
  "GitHub",
  "Twitter",
  "Weibo",
  "QQ",
  "WeChat",
] as const;
export type SocialIdentityProviderType = (typeof SOCIAL_IDP_TYPES)[number];

export interface SocialIdentityProviderArgs extends AdoptableArgs {
  /** Changing it replaces the provider. Adopting takes over the tenant's provider of this type. */
  identityProviderType: pulumi.Input<SocialIdentityProviderType>;
  displayName: pulumi.Input<string>;
  /** Client id of the app registered with the social provider. */
  clientId: pulumi.Input<string>;
  /** Client secret of that app; wrapped in `pulumi.secret` here. */
  clientSecret: pulumi.Input<string>;
}

type IdpInputs = GraphInputs<SocialIdentityProviderArgs>;

interface IdpOutputs extends GraphOutputs {
  identityProviderType: SocialIdentityProviderType;
  displayName: string;
  clientId: string;
  clientSecretSalt: string;
  clientSecretFingerprint: string;
}

const ODATA_TYPE = "#microsoft.graph.socialIdentityProvider";
const PATH = "/identity/identityProviders";

function outputs(inputs: IdpInputs, connection: GraphConnection, salt: string): IdpOutputs {
  return {
    connection,
    identityProviderType: inputs.identityProviderType,
    displayName: inputs.displayName,
    clientId: inputs.clientId,
    clientSecretSalt: salt,
    clientSecretFingerprint: fingerprint(inputs.clientSecret, salt),
  };
}

const SOCIAL_IDP: GraphObject<IdpInputs, IdpOutputs> = {
  type: "SocialIdentityProvider",
  version: "v1.0",
  permission: "IdentityProvider.ReadWrite.All",
  outputs: ["clientSecretFingerprint", "clientSecretSalt"],
  secretInputs: ["clientSecret"],
  secretOutputs: ["clientSecretFingerprint", "clientSecretSalt"],

  check(news) {
    const props = news as unknown as Record<string, unknown>;
    return [
      ...requireOneOf(props, "identityProviderType", SOCIAL_IDP_TYPES),
      ...requireText(props, "displayName"),
      ...requireText(props, "clientId"),
      ...requireText(props, "clientSecret"),
    ];
  },

  diff: (olds, news) => ({
    next: { ...news, clientSecretFingerprint: fingerprint(news.clientSecret, olds.clientSecretSalt) },
    replaceOn: ["identityProviderType"],
    updateOn: ["displayName", "clientId", "clientSecretFingerprint"],
    sameId: false,
  }),

  async create(graph, inputs, connection) {
    const secrets = [inputs.clientSecret];
    const outs = outputs(inputs, connection, newSalt());
    const settable = {
      displayName: inputs.displayName,
      clientId: inputs.clientId,
      clientSecret: inputs.clientSecret,
    };
    const created = await createOrAdopt(
      graph,
      PATH,
      {
        secrets,
        json: { "@odata.type": ODATA_TYPE, identityProviderType: inputs.identityProviderType, ...settable },
      },
      {
        what: "Social identity provider",
        id: inputs.identityProviderType,
        adoptExisting: inputs.adoptExisting,
      },
    );
    if (created) return { id: String((created.json as { id?: unknown }).id), outs };
    const listed = await graph.send("GET", PATH);
    const all = (listed.json as { value?: { id?: unknown; identityProviderType?: unknown }[] }).value ?? [];
    const match = all.find((idp) => idp.identityProviderType === inputs.identityProviderType);
    if (match === undefined || typeof match.id !== "string") {
      throw new Error(
        `adoptExisting: Graph reported a conflict but tenant ${connection.tenantId} lists no ` +
          `${inputs.identityProviderType} identity provider to adopt.`,
      );
    }
    await graph.send("PATCH", `${PATH}/${seg(match.id)}`, {
      secrets,
      json: { "@odata.type": ODATA_TYPE, ...settable },
    });
    return { id: match.id, outs };
  },

  path: (id) => `${PATH}/${seg(id)}`,
  refreshed(got, props) {
    const body = got.json as { displayName?: unknown; clientId?: unknown; identityProviderType?: unknown };
    return {
      ...props,
      displayName: String(body.displayName),
      clientId: String(body.clientId),
      identityProviderType: body.identityProviderType as SocialIdentityProviderType,
    };
  },

  async update(graph, id, olds, news, connection) {
    const outs = outputs(news, connection, olds.clientSecretSalt);
    const patch: Record<string, string> = {};
    if (news.displayName !== olds.displayName) patch.displayName = news.displayName;
    if (news.clientId !== olds.clientId) patch.clientId = news.clientId;
    if (outs.clientSecretFingerprint !== olds.clientSecretFingerprint) patch.clientSecret = news.clientSecret;
    if (Object.keys(patch).length > 0) {
      await graph.send("PATCH", `${PATH}/${seg(id)}`, {
        secrets: [news.clientSecret],
        json: { "@odata.type": ODATA_TYPE, ...patch },
      });
    }
    return outs;
  },
};

/** The provider; `deps` are test seams only. */
export function socialIdentityProviderProvider(deps: ProviderDeps = {}): pulumi.dynamic.ResourceProvider {
  return graphProvider(SOCIAL_IDP, deps);
}

/** A social identity provider; its id is the one Graph assigns, e.g. `Google-OAUTH`. */
export class SocialIdentityProvider extends GraphResource {
  declare readonly identityProviderType: pulumi.Output<SocialIdentityProviderType>;
  declare readonly displayName: pulumi.Output<string>;
  declare readonly clientId: pulumi.Output<string>;
  declare readonly clientSecretFingerprint: pulumi.Output<string>;

  constructor(name: string, args: SocialIdentityProviderArgs, opts?: pulumi.CustomResourceOptions) {
    super(SOCIAL_IDP, name, args, opts);
  }
}
