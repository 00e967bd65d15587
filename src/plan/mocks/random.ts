import { MIXED_ALNUM, type MockFor } from "./common";

/**
 * Outputs of the random provider (terraform-provider-random) in its real formats: a password's
 * ID is always "none", and `result` has `length` characters of the classes asked for (letters
 * and digits when `special` is false). The SDK marks `result` and `bcryptHash` secret.
 */
export const RANDOM_MOCK_OUTPUTS: Readonly<Record<string, MockFor>> = {
  "random:index/randomPassword:RandomPassword": ({ inputs, id }) => {
    const length = Number(inputs.length ?? 16);
    const result = id(length, MIXED_ALNUM);
    return {
      id: "none",
      state: { ...inputs, result, bcryptHash: `$2a$10$${id(53, MIXED_ALNUM)}` },
    };
  },
};
