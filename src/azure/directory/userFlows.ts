import * as pulumi from "@pulumi/pulumi";
import {
  B2CUserFlow,
  ExternalIdSignUpFlow,
  SocialIdentityProvider,
  UserFlowIdentityProviderLink,
} from "../graph";
import { PASSWORD_RESET_FLOW, SIGN_UP_SIGN_IN_FLOW } from "../identity/endpoints";
import type { AzureScope } from "../scope";
import { GRAPH_SOCIAL_TYPES, graphConnection, isGraphSocialType } from "./graph";
import type { Directory } from "./tenant";

export { PASSWORD_RESET_FLOW };
/** External ID's built-in local account providers: e-mail with password. */
export const EXTERNAL_ID_LOCAL_PROVIDER = "EmailPassword-OAUTH";

/**
 * Social identity providers registered in the tenant through Graph, one per configured
 * provider of a type Graph models as a social provider; client secrets stay Pulumi secrets.
 */
export function createSocialProviders(
  scope: AzureScope,
  directory: Directory,
): { key: string; resource: SocialIdentityProvider }[] {
  const connection = graphConnection(scope, directory);
  return scope.config.identity.providers.flatMap((p) => {
    if (!isGraphSocialType(p.type) || !("clientSecret" in p)) return [];
    const key = `${scope.name}-idp-${p.name.toLowerCase()}`;
    return [
      {
        key,
        resource: new SocialIdentityProvider(
          key,
          {
            connection,
            identityProviderType: GRAPH_SOCIAL_TYPES[p.type],
            displayName: p.name,
            clientId: p.clientId,
            clientSecret: pulumi.secret(p.clientSecret.reveal()),
          },
          { parent: scope.parent },
        ),
      },
    ];
  });
}

/** B2C built-in user flows: sign-up/sign-in (linked to every social provider) and password reset. */
export function createB2CUserFlows(scope: AzureScope, directory: Directory): B2CUserFlow[] {
  const connection = graphConnection(scope, directory);
  const languages = scope.config.azure.directory.languages;
  const flow = (suffix: string, name: string, userFlowType: "signUpOrSignIn" | "passwordReset") =>
    new B2CUserFlow(
      `${scope.name}-${suffix}`,
      {
        connection,
        name,
        userFlowType,
        userFlowTypeVersion: 3,
        isLanguageCustomizationEnabled: languages.length > 1,
        defaultLanguageTag: languages[0] ?? "en",
      },
      { parent: scope.parent },
    );
  const signIn = flow("signup-signin-flow", SIGN_UP_SIGN_IN_FLOW, "signUpOrSignIn");
  const reset = flow("password-reset-flow", PASSWORD_RESET_FLOW, "passwordReset");
  for (const idp of createSocialProviders(scope, directory)) {
    new UserFlowIdentityProviderLink(
      `${idp.key}-link`,
      { connection, userFlowId: signIn.id, identityProviderId: idp.resource.id },
      { parent: scope.parent },
    );
  }
  return [signIn, reset];
}

/** External ID: one sign-up/sign-in flow offering e-mail with password and the social providers, used by every client. */
export function createExternalIdFlow(
  scope: AzureScope,
  directory: Directory,
  clientIds: pulumi.Input<string[]>,
): ExternalIdSignUpFlow {
  const idps = createSocialProviders(scope, directory);
  return new ExternalIdSignUpFlow(
    `${scope.name}-signup-signin-flow`,
    {
      connection: graphConnection(scope, directory),
      displayName: `${scope.config.name} sign-up and sign-in`,
      identityProviderIds: [EXTERNAL_ID_LOCAL_PROVIDER, ...idps.map((i) => i.resource.id)],
      isSignUpAllowed: scope.config.identity.selfSignUp,
      applicationIds: clientIds,
    },
    { parent: scope.parent },
  );
}
