/**
 * The offline plan drops a dynamic resource's `__provider` input (its serialized CRUD code),
 * yet serializing it costs most of an Azure plan: Pulumi loads the TypeScript compiler and
 * the inspector to capture each provider's closure (about 15% of an Azure plan even once they
 * are loaded). Every plan (the CLI's and the tests', through `planWithConfig`) replaces that step
 * with a marker while it runs, then puts Pulumi's back. The serialization itself is tested where
 * it matters: tests/azure/graph serializes each provider and revives it the way Pulumi's
 * provider process does.
 * @returns a function that restores Pulumi's serializer
 */
export function skipProviderSerialization(): () => void {
  const closure = require("@pulumi/pulumi/runtime/closure/serializeClosure") as {
    serializeFunction: (...args: unknown[]) => Promise<{ text: string; containsSecrets: boolean }>;
  };
  // Pulumi caches a provider's serialized text by the provider object: the marker must not be
  // cached, or a real serialization later in this process would read it.
  const settings = require("@pulumi/pulumi/runtime/settings") as { cacheDynamicProviders: () => boolean };
  const original = { serialize: closure.serializeFunction, cache: settings.cacheDynamicProviders };
  closure.serializeFunction = async () => ({
    text: "/* dynamic provider code: serialized by pulumi up, not by the offline plan */",
    containsSecrets: false,
  });
  settings.cacheDynamicProviders = () => false;
  return () => {
    closure.serializeFunction = original.serialize;
    settings.cacheDynamicProviders = original.cache;
  };
}
