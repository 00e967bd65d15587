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
    /** Refuse to delete user directories and session stores (`protect`). @default true */
    protect: z.boolean().default(true),
    /** Leave them in the cloud when removed from the program or the stack is destroyed. @default true */
    retainOnDelete: z.boolean().default(true),
    /**
     * Allow a change that replaces a user pool, tenant or session store (losing its users or
     * sessions). Set it for one deployment, after exporting what must survive. @default false
     */
    allowReplacement: z.boolean().default(false),
  })
  .prefault({});
export type ProtectionConfig = z.output<typeof protectionSection>;
