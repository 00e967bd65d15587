import * as pulumi from "@pulumi/pulumi";
import { isConflict, isNotFound } from "./client";
import { diffProps, fingerprint, GRAPH_MODULE, newSalt, requireOneOf, requireText, seg } from "./common";
import {
  type GraphConnection,
  type GraphConnectionArgs,
  normalizeConnection,
  openGraph,
  type ProviderDeps,
} from "./connection";

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

export interface SocialIdentityProviderArgs {
  connection: pulumi.Input<GraphConnectionArgs>;
  /** Changing it replaces the provider. */
  identityProviderType: pulumi.Input<SocialIdentityProviderType>;
  displayName: pulumi.Input<string>;
  /** Client id of the app registered with the social provider. */
  clientId: pulumi.Input<string>;
  /** Client secret of that app; wrapped in `pulumi.secret` here. */
  clientSecret: pulumi.Input<string>;
  /** Take over the tenant's existing provider of this type instead of failing. @default false */
  adoptExisting?: pulumi.Input<boolean>;
}

interface IdpInputs {
  connection: GraphConnection;
  identityProviderType: SocialIdentityProviderType;
  displayName: string;
  clientId: string;
  clientSecret: string;
  adoptExisting?: boolean;
}

interface IdpOutputs {
  connection: GraphConnection;
  identityProviderType: SocialIdentityProviderType;
  displayName: string;
  clientId: string;
  clientSecretSalt: string;
  clientSecretFingerprint: string;
}

const PERMISSION = "IdentityProvider.ReadWrite.All" as const;
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

/** The provider; `deps` are test seams only. */
export function socialIdentityProviderProvider(deps: ProviderDeps = {}): pulumi.dynamic.ResourceProvider {
  return {
    async check(_olds: IdpInputs, news: IdpInputs) {
      const props = news as unknown as Record<string, unknown>;
      const failures = [
        ...requireOneOf(props, "identityProviderType", SOCIAL_IDP_TYPES),
        ...requireText(props, "displayName"),
        ...requireText(props, "clientId"),
        ...requireText(props, "clientSecret"),
      ];
      return { inputs: news, failures };
    },

    async diff(_id: string, olds: IdpOutputs, news: IdpInputs) {
      const next = {
        ...news,
        clientSecretFingerprint: fingerprint(news.clientSecret, olds.clientSecretSalt),
      };
      return diffProps(
        { ...olds },
        next,
        ["identityProviderType"],
        ["displayName", "clientId", "clientSecretFingerprint"],
        false,
      );
    },

    async create(inputs: IdpInputs) {
      const connection = normalizeConnection(inputs.connection);
      const graph = openGraph(connection, deps);
      const secrets = [inputs.clientSecret];
      const outs = outputs(inputs, connection, newSalt());
      const settable = {
        displayName: inputs.displayName,
        clientId: inputs.clientId,
        clientSecret: inputs.clientSecret,
      };
      try {
        const created = await graph.send({
          method: "POST",
          version: "v1.0",
          path: PATH,
          permission: PERMISSION,
          secrets,
          json: { "@odata.type": ODATA_TYPE, identityProviderType: inputs.identityProviderType, ...settable },
          conflict:
            inputs.adoptExisting === true
              ? undefined
              : { what: "Social identity provider", id: inputs.identityProviderType },
        });
        return { id: String((created.json as { id?: unknown }).id), outs };
      } catch (err) {
        if (!(inputs.adoptExisting === true && isConflict(err))) throw err;
      }
      const listed = await graph.send({ method: "GET", version: "v1.0", path: PATH, permission: PERMISSION });
      const all = (listed.json as { value?: { id?: unknown; identityProviderType?: unknown }[] }).value ?? [];
      const match = all.find((idp) => idp.identityProviderType === inputs.identityProviderType);
      if (match === undefined || typeof match.id !== "string") {
        throw new Error(
          `adoptExisting: Graph reported a conflict but tenant ${connection.tenantId} lists no ` +
            `${inputs.identityProviderType} identity provider to adopt.`,
        );
      }
      await graph.send({
        method: "PATCH",
        version: "v1.0",
        path: `${PATH}/${seg(match.id)}`,
        permission: PERMISSION,
        secrets,
        json: { "@odata.type": ODATA_TYPE, ...settable },
      });
      return { id: match.id, outs };
    },

    async read(id: string, props: IdpOutputs) {
      const graph = openGraph(normalizeConnection(props.connection), deps);
      try {
        const got = await graph.send({
          method: "GET",
          version: "v1.0",
          path: `${PATH}/${seg(id)}`,
          permission: PERMISSION,
        });
        const body = got.json as {
          displayName?: unknown;
          clientId?: unknown;
          identityProviderType?: unknown;
        };
        return {
          id,
          props: {
            ...props,
            displayName: String(body.displayName),
            clientId: String(body.clientId),
            identityProviderType: body.identityProviderType as SocialIdentityProviderType,
          },
        };
      } catch (err) {
        if (isNotFound(err)) return {};
        throw err;
      }
    },

    async update(id: string, olds: IdpOutputs, news: IdpInputs) {
      const connection = normalizeConnection(news.connection);
      const outs = outputs(news, connection, olds.clientSecretSalt);
      const patch: Record<string, string> = {};
      if (news.displayName !== olds.displayName) patch.displayName = news.displayName;
      if (news.clientId !== olds.clientId) patch.clientId = news.clientId;
      if (outs.clientSecretFingerprint !== olds.clientSecretFingerprint)
        patch.clientSecret = news.clientSecret;
      if (Object.keys(patch).length > 0) {
        await openGraph(connection, deps).send({
          method: "PATCH",
          version: "v1.0",
          path: `${PATH}/${seg(id)}`,
          permission: PERMISSION,
          secrets: [news.clientSecret],
          json: { "@odata.type": ODATA_TYPE, ...patch },
        });
      }
      return { outs };
    },

    async delete(id: string, props: IdpOutputs) {
      const graph = openGraph(normalizeConnection(props.connection), deps);
      await graph.remove({ version: "v1.0", path: `${PATH}/${seg(id)}`, permission: PERMISSION });
    },
  };
}

let provider: pulumi.dynamic.ResourceProvider | undefined;

/** A social identity provider; its id is the one Graph assigns, e.g. `Google-OAUTH`. */
export class SocialIdentityProvider extends pulumi.dynamic.Resource {
  declare readonly identityProviderType: pulumi.Output<SocialIdentityProviderType>;
  declare readonly displayName: pulumi.Output<string>;
  declare readonly clientId: pulumi.Output<string>;
  declare readonly clientSecretFingerprint: pulumi.Output<string>;
  declare readonly connection: pulumi.Output<GraphConnection>;

  constructor(name: string, args: SocialIdentityProviderArgs, opts?: pulumi.CustomResourceOptions) {
    provider ??= socialIdentityProviderProvider();
    super(
      provider,
      name,
      {
        ...args,
        clientSecret: pulumi.secret(args.clientSecret),
        clientSecretFingerprint: undefined,
        clientSecretSalt: undefined,
      },
      pulumi.mergeOptions(opts, {
        additionalSecretOutputs: ["clientSecret", "clientSecretFingerprint", "clientSecretSalt"],
      }),
      GRAPH_MODULE,
      "SocialIdentityProvider",
    );
  }
}
