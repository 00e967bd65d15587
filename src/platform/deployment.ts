import * as pulumi from "@pulumi/pulumi";

/** Environment variables as a process sees them. */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * What one run of the program knows besides the configuration. `pulumi up` fills it from the
 * real process (`fromProcess`); the offline plan and the tests pass their own, so a run is
 * reproducible.
 */
export interface Deployment {
  /**
   * The deploying process's environment. Only the variables docs/azure.md's credential table
   * names are read from it (`AZURE_B2C_CLIENT_SECRET`); provider plugins read their own
   * (`ARM_*`, `AWS_*`) from the real process.
   */
  readonly environment: Environment;
  /** When the run happens; client secrets rotate by it. */
  readonly now: Date;
  /** The last deployment's stack outputs that the program reads back; empty before the first. */
  readonly previousOutputs: Readonly<Record<string, unknown>>;
}

/**
 * Outputs of this stack's last deployment, read through a reference to the stack itself
 * (absent ones are left out). Must run inside a Pulumi program.
 */
export async function readPreviousOutputs(names: readonly string[]): Promise<Record<string, unknown>> {
  const self = new pulumi.StackReference(
    `${pulumi.getOrganization()}/${pulumi.getProject()}/${pulumi.getStack()}`,
  );
  const found: Record<string, unknown> = {};
  for (const name of names) {
    const { value } = await self.getOutputDetails(name);
    if (value !== undefined) found[name] = value;
  }
  return found;
}
