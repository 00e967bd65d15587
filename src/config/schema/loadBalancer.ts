import { z } from "zod";
import { hostname } from "./primitives";

/**
 * HTTPS security policies the load balancer may use: TLS 1.3, with TLS 1.2 at most as the
 * fallback; the "Ext" variants (SHA-1 ciphers for old clients) and everything older are left out.
 * Names from Elastic Load Balancing's list,
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
 */
export const ALB_TLS_POLICIES = [
  "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09",
  "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09",
  "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09",
  "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09",
  "ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09",
  "ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09",
  "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
  "ELBSecurityPolicy-TLS13-1-2-2021-06",
  "ELBSecurityPolicy-TLS13-1-3-2021-06",
] as const;
/** AWS's recommended policy (the console's default): hybrid post-quantum key exchange, TLS 1.3 and 1.2. */
export const DEFAULT_ALB_TLS_POLICY = ALB_TLS_POLICIES[0];

export const TARGET_PROTOCOLS = ["HTTPS", "HTTP"] as const;

/** ALB path patterns: case-sensitive, `*` and `?` wildcards, at most 128 characters (ELB listener rules). */
const pathPattern = () =>
  z
    .string({ error: "must be a path pattern such as /api/* (1..128 characters, starting with /)" })
    .regex(/^\/[A-Za-z0-9_\-.$/~"'@:+&()!,;=*?]{0,127}$/, {
      error: "must be a path pattern such as /api/* (1..128 characters, starting with /)",
    });

/** One exact path (no wildcard): whatever matches it is served without sign-in. */
const exactPath = () =>
  z
    .string({ error: "must be one exact path such as /signed-out (no * or ?: it is served without sign-in)" })
    .regex(/^\/[A-Za-z0-9_\-.$/~"'@:+&()!,;=]{0,127}$/, {
      error: "must be one exact path such as /signed-out (no * or ?: it is served without sign-in)",
    });

const subnetId = () =>
  z.string().regex(/^subnet-[0-9a-f]{8,17}$/, { error: "must be a subnet ID (subnet-0123456789abcdef0)" });

/** A target: an IPv4 address in the VPC, or an EC2 instance ID. */
const targetId = () =>
  z
    .string()
    .regex(/^(i-[0-9a-f]{8,17}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d))$/, {
      error: "must be an IPv4 address or an EC2 instance ID (i-0123456789abcdef0)",
    });

/**
 * An internet-facing Application Load Balancer that signs users in with the `web` client
 * (`authenticate-cognito`) in front of a server-rendered web app. @default none: no load balancer
 */
export const loadBalancerSection = z.strictObject({
  /** The name users reach the app by; the certificate covers it, and its DNS record points at the load balancer. */
  domainName: hostname(),
  /** ACM certificate for `domainName`, in the stack's region. */
  certificateArn: z
    .string({ error: "must be an ACM certificate ARN (arn:aws:acm:<region>:<account>:certificate/...)" })
    .regex(/^arn:aws[a-z-]*:acm:[a-z0-9-]+:\d{12}:certificate\/[0-9a-f-]{36}$/, {
      error: "must be an ACM certificate ARN (arn:aws:acm:<region>:<account>:certificate/...)",
    }),
  /** Public subnets in at least two Availability Zones of one VPC. */
  subnetIds: z.array(subnetId()).min(2, { error: "must list at least two subnets (two Availability Zones)" }),
  /**
   * Elastic Load Balancing's deletion protection. Set false for one `pulumi up` before removing the
   * load balancer (or this section); `protection.allowDeletion` lifts it as well. @default true
   */
  deletionProtection: z.boolean().default(true),
  /** HTTPS security policy. @default "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09" */
  tlsPolicy: z.enum(ALB_TLS_POLICIES).default(DEFAULT_ALB_TLS_POLICY),
  /** Paths that answer 401 instead of redirecting to sign-in (XHR and API calls). @default ["/api/*"] */
  apiPaths: z
    .array(pathPattern())
    .min(1)
    .max(5, { error: "must list at most 5 paths (a listener rule takes 5 condition values)" })
    .default(["/api/*"]),
  /** The page Cognito sends users to after sign-out; served without authentication. @default "/signed-out" */
  signedOutPath: exactPath().default("/signed-out"),
  /** Name of the load balancer's session cookie (it appends -0, -1, ... shards). @default "AWSELBAuthSessionCookie" */
  sessionCookieName: z
    .string()
    .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$/, {
      error: "must be 1..64 cookie-name characters (RFC 6265 token)",
    })
    .default("AWSELBAuthSessionCookie"),
  /** Requests per 5 minutes per client IP, across everything the web ACL protects (100..2,000,000,000). @default 2000 */
  rateLimit: z.number().int().default(2000),
  /** Where the load balancer forwards signed-in requests. */
  targets: z.strictObject({
    /** IPv4 addresses or EC2 instance IDs, all of one kind. */
    ids: z.array(targetId()).min(1),
    port: z.number().int().min(1).max(65_535),
    /** HTTPS keeps the user claims encrypted on the way to the targets (AWS's recommendation). @default "HTTPS" */
    protocol: z.enum(TARGET_PROTOCOLS).default("HTTPS"),
    /** Health-check path on the targets (the load balancer calls it directly). @default "/" */
    healthCheckPath: z
      .string()
      .regex(/^\/[\x21-\x7e]{0,1023}$/, { error: "must be a path of 1..1024 characters starting with /" })
      .default("/"),
  }),
  alarms: z
    .strictObject({
      /** Alarm when more than this percentage of requests end in 5xx (load balancer or targets). @default 5 */
      server5xxPercent: z.number().min(0.1).max(100).default(5),
      /** Alarm when the identity provider refuses this many sign-ins in 5 minutes (ELBAuthFailure). @default 20 */
      authFailures: z.number().int().min(1).max(1_000_000).default(20),
    })
    .prefault({}),
});
export type LoadBalancerConfig = z.output<typeof loadBalancerSection>;
