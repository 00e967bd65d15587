import { isMap, parseDocument } from "yaml";
import { parseStackSettings, StackFileError, type StackSettings } from "../plan/stackFile";

export const COMPARED_CLOUDS = ["aws", "azure"] as const;
export type ComparedCloud = (typeof COMPARED_CLOUDS)[number];

/** The other cloud's section key in both spellings a stack file may use. */
const sectionKeys = (cloud: ComparedCloud, project: string) => [cloud, `${project}:${cloud}`];

/**
 * One neutral configuration as two stack files, one per cloud: the shared sections, that
 * cloud's section (`aws` or `azure`) and `cloud` set to it; the other cloud's section left
 * out. `secure:` values stay as they are. @throws StackFileError for a file that is not a
 * stack settings file
 */
export function splitByCloud(
  text: string,
  path: string,
  project: string,
): Record<ComparedCloud, { text: string; settings: StackSettings }> {
  parseStackSettings(text, path, project);
  const split = {} as Record<ComparedCloud, { text: string; settings: StackSettings }>;
  for (const cloud of COMPARED_CLOUDS) {
    const doc = parseDocument(text);
    const config = doc.get("config", true);
    if (!isMap(config)) throw new StackFileError(`${path}: "config" must be a map of keys to values`);
    const other = COMPARED_CLOUDS.find((c) => c !== cloud) as ComparedCloud;
    for (const key of sectionKeys(other, project)) config.delete(key);
    config.delete("cloud");
    config.set(`${project}:cloud`, cloud);
    const out = doc.toString();
    split[cloud] = { text: out, settings: parseStackSettings(out, path, project) };
  }
  return split;
}

/** The load section of the settings, as plain data, or undefined. */
export function loadOf(settings: StackSettings, project: string): Record<string, unknown> | undefined {
  const raw = settings.config[`${project}:load`];
  return raw === undefined ? undefined : (JSON.parse(raw) as Record<string, unknown>);
}
