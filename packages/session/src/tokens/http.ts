import { TokenVerificationError } from "../errors.js";

export interface FetchLimits {
  fetch: typeof fetch;
  timeoutMs: number;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
}

/**
 * GETs a JSON document of the issuer (discovery or key set) with a timeout, no redirects and
 * a size limit enforced while reading, so an oversized answer is dropped instead of buffered.
 */
export async function getJson(url: string, what: string, limits: FetchLimits): Promise<unknown> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let response: Response;
  try {
    response = await limits.fetch(url, { signal, redirect: "error" });
  } catch {
    throw new TokenVerificationError("jwks", `the issuer's ${what} at ${url} is unreachable`);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new TokenVerificationError(
      "jwks",
      `the issuer's ${what} at ${url} answered HTTP ${response.status}`,
    );
  }
  const text = await readLimited(response, limits.maxBytes, () => `the issuer's ${what} at ${url}`);
  try {
    return JSON.parse(text);
  } catch {
    throw new TokenVerificationError("jwks", `the issuer's ${what} at ${url} is not JSON`);
  }
}

async function readLimited(response: Response, maxBytes: number, where: () => string): Promise<string> {
  const tooLarge = () =>
    new TokenVerificationError("jwks", `${where()} is larger than ${maxBytes} bytes; refused`);
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (response.body === null) {
    return "";
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        break;
      }
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof TokenVerificationError) {
      throw error;
    }
    throw new TokenVerificationError("jwks", `${where()} could not be read`);
  }
  return Buffer.concat(chunks).toString("utf8");
}
