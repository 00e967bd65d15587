import { z } from "zod";
import { redirectUrl, scopeName } from "./primitives";

const urls = (what: string) =>
  z.array(redirectUrl()).max(100, { error: `must list at most 100 ${what} URLs` });

/** A channel where a person signs in through the hosted page with the authorization-code flow. */
const interactiveClient = () =>
  z.strictObject({
    /** Where the platform may send the user back after sign-in. */
    callbackUrls: urls("callback").min(1, { error: "must list at least one callback URL" }),
    /** Where the platform may send the user after sign-out. @default [] */
    logoutUrls: urls("logout").default([]),
    /** API scopes (from `api.scopes`) this client may request, besides openid/email/profile. @default all of them */
    scopes: z.array(scopeName()).optional(),
  });

export const clientsSection = z
  .strictObject({
    /** Server-rendered web app: confidential client (has a secret), authorization code. */
    web: interactiveClient().optional(),
    /** Single-page app: public client, authorization code with PKCE, no secret. */
    spa: interactiveClient().optional(),
    /** Native mobile app: public client, authorization code with PKCE, no secret. */
    mobile: interactiveClient().optional(),
    /** Service-to-service (partner APIs): client credentials with the listed API scopes. */
    machine: z
      .strictObject({
        scopes: z.array(scopeName()).min(1, { error: "must list at least one API scope from api.scopes" }),
      })
      .optional(),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined), {
    error: 'must configure at least one channel of "web", "spa", "mobile", "machine"',
  });
export type ClientsConfig = z.output<typeof clientsSection>;
