import { type ConfigProblem, problem, suggest } from "../problems";

export { AWS_REGIONS } from "./aws";
export { AZURE_REGIONS } from "./azure";

/**
 * A region key checked against the cloud's list: missing, it names the `pulumi config set`
 * that fills it; unknown, it lists every region (with the closest one first when it looks like
 * a typo, `koreacentrall` → `koreacentral`).
 */
export function regionProblems(
  key: string,
  value: string | undefined,
  regions: readonly string[],
  cloud: string,
  example: string,
): ConfigProblem[] {
  if (value !== undefined && regions.includes(value)) return [];
  if (value === undefined || value === "") {
    return [
      problem(
        key,
        `must be ${cloud} region such as "${example}" (pulumi config set ${key} ${example})`,
        value,
      ),
    ];
  }
  const guess = suggest(value, regions);
  const hint = guess ? ` (did you mean "${guess}"?)` : "";
  return [problem(key, `must be ${cloud} region${hint}: ${regions.join(", ")}`, value)];
}
