/**
 * The offline plan drops a dynamic resource's `__provider` input (its serialized CRUD code),
 * yet serializing it costs most of an Azure plan: Pulumi loads the TypeScript compiler and
 * the inspector to capture each provider's closure. The plan CLI (only) replaces that step
 * with a marker. The serialization itself is tested where it matters: tests/azure/graph
 * serializes each provider and revives it the way Pulumi's provider process does.
 */
export function skipProviderSerialization(): void {
  const closure = require("@pulumi/pulumi/runtime/closure/serializeClosure") as {
    serializeFunction: (...args: unknown[]) => Promise<{ text: string; containsSecrets: boolean }>;
  };
  closure.serializeFunction = async () => ({
    text: "/* dynamic provider code: serialized by pulumi up, not by the offline plan */",
    containsSecrets: false,
  });
}
