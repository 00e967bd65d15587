import { inspect } from "node:util";

const REDACTED = "[secret]";

/**
 * A configuration value that must stay secret (an IdP client secret, a private key).
 * It prints, serializes and inspects as "[secret]"; only `reveal()` returns the value,
 * and cloud code passes that straight into `pulumi.secret(...)`.
 */
export class SecretString {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return REDACTED;
  }
}

/** The names of config fields that hold secrets, wherever they appear. */
export const SECRET_FIELDS: ReadonlySet<string> = new Set(["clientSecret", "privateKey"]);

export { REDACTED };
