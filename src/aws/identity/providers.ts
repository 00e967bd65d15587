import * as cognito from "@pulumi/aws/cognito";
import * as pulumi from "@pulumi/pulumi";
import { SecretString } from "../../config/secret";
import { type AwsContext, childOf } from "../context";
import { cognitoIdp } from "./providerDetails";

/** The external identity providers from `identity.providers`, each a Cognito IdentityProvider. */
export function createIdentityProviders(
  ctx: AwsContext,
  userPool: cognito.UserPool,
): cognito.IdentityProvider[] {
  return ctx.config.identity.providers.map((provider) => {
    const idp = cognitoIdp(provider);
    const providerDetails = Object.fromEntries(
      Object.entries(idp.providerDetails).map(([key, value]) => [
        key,
        value instanceof SecretString ? pulumi.secret(value.reveal()) : value,
      ]),
    );
    return new cognito.IdentityProvider(
      `${ctx.name}-idp-${provider.name.toLowerCase()}`,
      {
        userPoolId: userPool.id,
        providerName: idp.providerName,
        providerType: idp.providerType,
        providerDetails,
        attributeMapping: idp.attributeMapping,
      },
      childOf(ctx),
    );
  });
}
