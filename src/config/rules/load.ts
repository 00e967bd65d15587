import { type ConfigProblem, problem } from "../problems";
import type { PlatformConfig } from "../schema/root";

/** The expected load against the rest of the configuration, on every cloud. */
export function loadProblems(config: PlatformConfig): ConfigProblem[] {
  const load = config.load;
  if (load === undefined) return [];
  const problems: ConfigProblem[] = [];
  if (load.federatedShare > 0 && config.identity.providers.length === 0) {
    problems.push(
      problem(
        "load.federatedShare",
        "must be 0 when identity.providers lists no external identity provider",
        load.federatedShare,
      ),
    );
  }
  return problems;
}
