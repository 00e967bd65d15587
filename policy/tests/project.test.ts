import { describe, expect, it } from "vitest";
import { mfaEnabled, refreshTokenRotation, sessionTimeoutsAal2, shortLivedTokens } from "../rules/project";
import { noPlaintextSecrets } from "../rules/secrets";
import { platform, resource } from "./support";

describe("mfa-enabled", () => {
  it("GIVEN required or optional MFA THEN it passes", () => {
    expect(mfaEnabled.check(platform())).toEqual([]);
    expect(mfaEnabled.check(platform({ mfaMode: "optional" }))).toEqual([]);
  });
  it("GIVEN MFA off THEN it fails", () => {
    expect(mfaEnabled.check(platform({ mfaMode: "off" }))).toEqual([
      'identity.mfa.mode is "off": set "required" (AAL2) or "optional"',
    ]);
  });
});

describe("session-timeouts-aal2", () => {
  it("GIVEN exactly 30 minutes idle and 12 hours absolute THEN it passes", () => {
    expect(sessionTimeoutsAal2.check(platform())).toEqual([]);
  });
  it("GIVEN one second over each THEN both fail", () => {
    expect(
      sessionTimeoutsAal2.check(
        platform({ session: { idleTimeoutSeconds: 1_801, absoluteTimeoutSeconds: 43_201 } }),
      ),
    ).toEqual([
      "session.idleTimeout is 1801s: at most 1800s (30m)",
      "session.absoluteTimeout is 43201s: at most 43200s (12h)",
    ]);
  });
});

describe("short-lived-tokens", () => {
  it("GIVEN one-hour tokens THEN it passes", () => {
    expect(
      shortLivedTokens.check(platform({ session: { accessTokenSeconds: 3_600, idTokenSeconds: 3_600 } })),
    ).toEqual([]);
  });
  it("GIVEN a one-day ID token THEN it fails", () => {
    expect(shortLivedTokens.check(platform({ session: { idTokenSeconds: 86_400 } }))).toEqual([
      "session.idTokenLifetime is 86400s: at most 3600s (1h)",
    ]);
  });
});

describe("refresh-token-rotation", () => {
  it("GIVEN rotation THEN it passes", () => {
    expect(refreshTokenRotation.check(platform())).toEqual([]);
  });
  it("GIVEN no rotation THEN it fails", () => {
    expect(refreshTokenRotation.check(platform({ session: { refreshTokenRotation: false } }))).toEqual([
      "session.refreshTokenRotation.enabled is false: set it to true",
    ]);
  });
});

describe("no-plaintext-secrets", () => {
  it("GIVEN secrets shown as [secret] and empty values THEN it passes", () => {
    const r = resource("aws:cognito/identityProvider:IdentityProvider", {
      providerDetails: { client_id: "abc", client_secret: "[secret]", private_key: "" },
    });
    expect(noPlaintextSecrets.check(r)).toEqual([]);
  });
  it("GIVEN a plaintext client secret and password THEN each path fails", () => {
    const r = resource("x:y:Z", {
      providerDetails: { client_secret: "hunter2" },
      users: [{ password: "p" }],
    });
    expect(noPlaintextSecrets.check(r)).toEqual([
      "input providerDetails.client_secret is not a Pulumi secret: wrap it with pulumi.secret()",
      "input users[0].password is not a Pulumi secret: wrap it with pulumi.secret()",
    ]);
  });
  it("GIVEN a list of passwords (ElastiCache users) THEN each plaintext item fails and a secret one passes", () => {
    const r = resource("aws:elasticache/user:User", {
      authenticationMode: { type: "password", passwords: ["[secret]", "plaintext-password-16"] },
    });
    expect(noPlaintextSecrets.check(r)).toEqual([
      "input authenticationMode.passwords[1] is not a Pulumi secret: wrap it with pulumi.secret()",
    ]);
  });
  it("is decided offline only, since CrossGuard unwraps secrets", () => {
    expect(noPlaintextSecrets.offlineOnly).toBe(true);
  });
});
