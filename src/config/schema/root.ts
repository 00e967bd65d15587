import { z } from "zod";
import { apiSection } from "./api";
import { awsSection } from "./aws";
import { azureSection } from "./azure";
import { clientsSection } from "./clients";
import { identitySection } from "./identity";
import { loadSection } from "./load";
import { monitoringSection, protectionSection } from "./monitoring";
import { slug, text } from "./primitives";
import { sessionSection } from "./session";

export const CLOUDS = ["aws", "azure"] as const;
export type Cloud = (typeof CLOUDS)[number];

/** The sections both clouds share. */
const neutral = {
  /** Prefix of every resource name. @default "auth" */
  name: slug(20).default("auth"),
  identity: identitySection,
  clients: clientsSection,
  session: sessionSection,
  /** The API the gateway protects. @default none: no gateway is built */
  api: apiSection.optional(),
  monitoring: monitoringSection,
  protection: protectionSection,
  /** The expected load: capacity headroom, quota increases and monthly cost. @default none */
  load: loadSection.optional(),
  /** Tags on every resource that takes them. @default {} */
  tags: z
    .record(
      z.string().regex(/^[\w .:/=+@-]{1,128}$/, { error: "must be a tag key of 1..128 characters" }),
      text(256),
    )
    .default({}),
};

export const awsPlatformConfig = z.strictObject({ cloud: z.literal("aws"), ...neutral, aws: awsSection });
export const azurePlatformConfig = z.strictObject({
  cloud: z.literal("azure"),
  ...neutral,
  azure: azureSection,
});

/**
 * The whole configuration: one key per section under the project's namespace
 * (`auth-platform:identity`, `auth-platform:session`, ...), plus the section of
 * the chosen cloud (`auth-platform:aws` or `auth-platform:azure`).
 */
export const platformConfig = z.discriminatedUnion("cloud", [awsPlatformConfig, azurePlatformConfig]);

export type AwsPlatformConfig = z.output<typeof awsPlatformConfig>;
export type AzurePlatformConfig = z.output<typeof azurePlatformConfig>;
/** Validated configuration, defaults applied. */
export type PlatformConfig = z.output<typeof platformConfig>;
export type ConfigFor<C extends Cloud> = Extract<PlatformConfig, { cloud: C }>;

/** Every key the project namespace accepts. */
export const CONFIG_KEYS: readonly string[] = ["cloud", ...Object.keys(neutral), ...CLOUDS];
