import { CLOUDS } from "../platform/clouds";
import { ConfigError, type ConfigProblem } from "./problems";
import { neutralProblems } from "./rules/neutral";
import { type Cloud, type PlatformConfig, platformConfig } from "./schema/root";
import { SECRET_FIELDS } from "./secret";
import { problemsFromIssues } from "./zodIssues";

/** Stack configuration as Pulumi hands it over, before validation. */
export interface RawConfig {
  /** Keys of the project namespace (without `auth-platform:`) and their values, objects already parsed. */
  readonly values: Readonly<Record<string, unknown>>;
  /** The keys among them whose value is (or contains) a Pulumi secret. */
  readonly secretKeys: ReadonlySet<string>;
  /** Provider configuration the platform reads: `aws:region`, `azure-native:location`. */
  readonly providerConfig: Readonly<Record<string, string>>;
}

/** A validated configuration with its region resolved from the provider configuration. */
export type ResolvedConfig<C extends Cloud = Cloud> = Extract<PlatformConfig, { cloud: C }> & {
  readonly region: string;
};

/**
 * Validates the whole configuration before anything is registered: shape, types and
 * defaults, then references between sections, then the chosen cloud's limits.
 * @throws ConfigError with one problem per mistake found.
 */
export function validateConfig(raw: RawConfig): ResolvedConfig {
  const parsed = platformConfig.safeParse(raw.values, { reportInput: true });
  if (!parsed.success) {
    throw new ConfigError([
      ...problemsFromIssues(parsed.error.issues, platformConfig, raw.values),
      ...plaintextSecrets(raw),
    ]);
  }
  const config = parsed.data;
  const cloud = CLOUDS[config.cloud];
  const region = raw.providerConfig[cloud.regionKey];
  const problems = [
    ...neutralProblems(config),
    ...cloud.problems(config as never, { region }),
    ...plaintextSecrets(raw),
  ];
  if (problems.length > 0) throw new ConfigError(problems);
  return { ...config, region: region ?? "" } as ResolvedConfig;
}

/** Secret fields must come from `pulumi config set --secret`, never from plaintext in the stack file. */
function plaintextSecrets(raw: RawConfig): ConfigProblem[] {
  return Object.entries(raw.values).flatMap(([key, value]) =>
    raw.secretKeys.has(key)
      ? []
      : secretPaths(value, key).map((path) => ({
          path,
          message: `must be a Pulumi secret (pulumi config set --secret --path '${path}' <value>); received a plaintext value`,
        })),
  );
}

function secretPaths(value: unknown, path: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => secretPaths(item, `${path}[${i}]`));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) =>
    SECRET_FIELDS.has(k) && v !== undefined ? [`${path}.${k}`] : secretPaths(v, `${path}.${k}`),
  );
}

export type { ConfigProblem };
