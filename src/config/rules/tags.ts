import { type ConfigProblem, joinPath, problem } from "../problems";

/** AWS tag keys and values: letters, digits, spaces and _ . : / = + - @ (any language). */
const AWS_TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
/**
 * Azure's tag limits: 50 tags per resource, names up to 512 characters without < > % & \ ? /,
 * values up to 256 (https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources#limitations).
 */
export const AZURE_TAG_LIMITS = {
  count: 50,
  nameLength: 512,
  valueLength: 256,
  forbidden: /[<>%&\\?/]/,
} as const;

/** Tags AWS accepts: keys 1..128 without the reserved `aws:` prefix, values up to 256, one character set. */
export function awsTagProblems(tags: Readonly<Record<string, string>>): ConfigProblem[] {
  return Object.entries(tags).flatMap(([key, value]) => {
    const at = joinPath(["tags", key]);
    const out: ConfigProblem[] = [];
    if (key.toLowerCase().startsWith("aws:"))
      out.push(problem(at, 'must be a tag key not starting with "aws:" (reserved for AWS)', key));
    else if (!AWS_TAG_TEXT.test(key))
      out.push(problem(at, "must be an AWS tag key of letters, digits, spaces and _ . : / = + - @", key));
    if (!AWS_TAG_TEXT.test(value))
      out.push(problem(at, "must be an AWS tag value of letters, digits, spaces and _ . : / = + - @", value));
    return out;
  });
}

/** Tags Azure accepts: at most 50, names without < > % & \ ? / (lengths are held by the schema's 128 and 256). */
export function azureTagProblems(tags: Readonly<Record<string, string>>): ConfigProblem[] {
  const keys = Object.keys(tags);
  const out: ConfigProblem[] = keys.flatMap((key) =>
    AZURE_TAG_LIMITS.forbidden.test(key)
      ? [problem(joinPath(["tags", key]), "must be an Azure tag name without < > % & \\ ? /", key)]
      : [],
  );
  if (keys.length > AZURE_TAG_LIMITS.count)
    out.push(
      problem("tags", `must hold at most ${AZURE_TAG_LIMITS.count} tags on Azure`, `${keys.length} tags`),
    );
  return out;
}
