import { z } from "zod";
import { duration, email } from "./primitives";

export const monitoringSection = z
  .strictObject({
    /** Who receives alerts by e-mail. @default [] */
    alertEmails: z.array(email()).max(20).default([]),
    /** How long logs are kept. @default "90d" */
    logRetention: duration().prefault("90d"),
  })
  .prefault({});
export type MonitoringConfig = z.output<typeof monitoringSection>;

export const protectionSection = z
  .strictObject({
    /**
     * Lift every protection of the user directories, tenants and session stores at once:
     * Pulumi's `protect` and `retainOnDelete` and the cloud's own deletion protection (Cognito).
     * Set it for the deployment before a deletion; the policy pack reports each resource it
     * exposes as an advisory violation, so the decision stays visible. @default false
     */
    allowDeletion: z.boolean().default(false),
    /**
     * Allow a change that replaces a user pool, tenant or session store (losing its users or
     * sessions). Set it for one deployment, after exporting what must survive. @default false
     */
    allowReplacement: z.boolean().default(false),
  })
  .prefault({});
export type ProtectionConfig = z.output<typeof protectionSection>;
