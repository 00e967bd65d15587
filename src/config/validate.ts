import { ConfigError, type ConfigProblem, joinPath, problem } from "./problems";
import { neutralProblems } from "./rules/neutral";
import { type Cloud, type ConfigFor, type PlatformConfig, platformConfig } from "./schema/root";
import { SECRET_FIELDS } from "./secret";
import { problemsFromIssues } from "./zodIssues";

/** Stack configuration as Pulumi hands it over, before validation. */
export interface RawConfig {
  /** Keys of the project namespace (without `auth-platform:`) and their values, objects already parsed. */
  readonly values: Readonly<Record<string, unknown>>;
  /** The keys among them whose value is (or contains) a Pulumi secret. */
  readonly secretKeys: ReadonlySet<string>;
  /**
   * The path of each value given as a Pulumi secret (`identity.providers[1].clientSecret`), where
   * the stack settings file is at hand; without it only whole keys are known to hold secrets.
   */
  readonly securePaths?: ReadonlySet<string>;
  /** Provider configuration the platform reads: `aws:region`, `azure-native:location`. */
  readonly providerConfig: Readonly<Record<string, string>>;
}

/**
 * What validation needs from each cloud: where its region is configured and its limits.
 * Configuration is the bottom layer: the caller (the program, through the cloud dispatch)
 * hands these down, so nothing here imports a cloud.
 */
export interface CloudRules<C extends Cloud> {
  /** Provider config key that names the region, e.g. `aws:region`. */
  readonly regionKey: string;
  /** The cloud's limits and combinations, checked after the neutral ones and before anything is registered. */
  problems(config: ConfigFor<C>, context: { region?: string }): ConfigProblem[];
}

/** Each cloud's rules, by cloud name. */
export type CloudRulesByName = { readonly [C in Cloud]: CloudRules<C> };

/** A validated configuration with its region resolved from the provider configuration. */
export type ResolvedConfig<C extends Cloud = Cloud> = Extract<PlatformConfig, { cloud: C }> & {
  readonly region: string;
};

/**
 * Validates the whole configuration before anything is registered: shape, types and
 * defaults, then references between sections, then the chosen cloud's limits.
 * @throws ConfigError with one problem per mistake found.
 */
export function validateConfig(raw: RawConfig, clouds: CloudRulesByName): ResolvedConfig {
  const unsafe = [...unsafeCharacters(raw.values), ...repeatedItems(raw.values)];
  const parsed = platformConfig.safeParse(raw.values, { reportInput: true });
  if (!parsed.success || unsafe.length > 0) {
    const reported = new Set(unsafe.map((p) => p.path));
    const shape = parsed.success ? [] : problemsFromIssues(parsed.error.issues, platformConfig, raw.values);
    throw new ConfigError([
      ...unsafe,
      ...shape.filter((p) => !reported.has(p.path)),
      ...plaintextSecrets(raw),
    ]);
  }
  const config = parsed.data;
  const cloud = clouds[config.cloud] as CloudRules<Cloud>;
  const region = raw.providerConfig[cloud.regionKey];
  const problems = [
    ...neutralProblems(config),
    ...cloud.problems(config, { region }),
    ...plaintextSecrets(raw),
  ];
  if (problems.length > 0) throw new ConfigError(problems);
  return { ...config, region: region ?? "" } as ResolvedConfig;
}

/** Control characters, and bidirectional overrides that make text read differently than it is. */
function hasUnsafeCharacter(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) return true;
    if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return true;
  }
  return false;
}

/**
 * No key or text value may hold control or bidirectional-override characters: they reach
 * URLs, XML and JSON documents, HTTP headers and terminals. Secret fields are exempt
 * (a PEM private key has newlines) and are never echoed.
 */
function unsafeCharacters(value: unknown, at: PropertyKey[] = []): ConfigProblem[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => unsafeCharacters(item, [...at, i]));
  if (typeof value === "string") {
    return hasUnsafeCharacter(value)
      ? [problem(joinPath(at), "must not contain control characters or bidirectional overrides", value)]
      : [];
  }
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const path = [...at, key];
    if (hasUnsafeCharacter(key))
      return [
        {
          path: joinPath(path),
          message: "is not a valid key: keys must not contain control characters or bidirectional overrides",
        },
      ];
    return SECRET_FIELDS.has(key) ? [] : unsafeCharacters(inner, path);
  });
}

/** A list that names the same value twice is a mistake somewhere in this configuration. */
function repeatedItems(value: unknown, at: PropertyKey[] = []): ConfigProblem[] {
  if (Array.isArray(value)) {
    const scalars = value.filter((item) => typeof item !== "object" || item === null);
    const repeated = scalars.find((item, i) => scalars.indexOf(item) !== i);
    const here =
      repeated === undefined
        ? []
        : [problem(joinPath(at), `must not list ${JSON.stringify(repeated)} more than once`, value)];
    return [...here, ...value.flatMap((item, i) => repeatedItems(item, [...at, i]))];
  }
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    SECRET_FIELDS.has(key) ? [] : repeatedItems(inner, [...at, key]),
  );
}

/**
 * Secret fields must come from `pulumi config set --secret`, never from plaintext in the stack
 * file: each one must itself be a secure value. Where only whole keys are known (no stack file at
 * hand), its key must at least hold a secret.
 */
function plaintextSecrets(raw: RawConfig): ConfigProblem[] {
  return Object.entries(raw.values).flatMap(([key, value]) =>
    secretPaths(value, key)
      .filter((path) => (raw.securePaths ? !raw.securePaths.has(path) : !raw.secretKeys.has(key)))
      .map((path) => ({
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
