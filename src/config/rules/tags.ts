import { type ConfigProblem, joinPath, problem } from "../problems";

/** AWS tag keys and values: letters, digits, spaces and _ . : / = + - @ (any language). */
const AWS_TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
/** Azure tag names may not contain these characters. */
const AZURE_TAG_NAME_FORBIDDEN = /[<>%&\\?/]/;

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

/** Tags Azure accepts: names up to 512 characters without < > % & \ ? /. */
export function azureTagProblems(tags: Readonly<Record<string, string>>): ConfigProblem[] {
  return Object.keys(tags).flatMap((key) =>
    AZURE_TAG_NAME_FORBIDDEN.test(key)
      ? [problem(joinPath(["tags", key]), "must be an Azure tag name without < > % & \\ ? /", key)]
      : [],
  );
}
