/** The account, subscription and tenant every mock output belongs to. */
export const MOCK_ACCOUNT = {
  awsAccountId: "123456789012",
  azureSubscriptionId: "3c1e9f2a-5b7d-4c8e-a6f0-9d2b4e1c7a53",
  azureTenantId: "6f1c2a9e-4b7d-4e3a-9c85-1d2f3a4b5c6d",
} as const;

export type State = Record<string, unknown>;
export type Inputs = Record<string, unknown>;
export type IdFactory = (length: number, alphabet?: string) => string;
export interface MockContext {
  readonly name: string;
  readonly inputs: Inputs;
  readonly region: string;
  readonly id: IdFactory;
}
/** Outputs of one resource type in its provider's real format. */
export type MockFor = (ctx: MockContext) => { id: string; state: State };
/**
 * What the offline plan assumes the cloud account holds before the first deployment; by
 * default nothing (a fresh account). Tests set it to plan against a populated account.
 */
export interface MockAccountState {
  /** The region's GuardDuty detector, e.g. one an organization's administrator enabled. */
  readonly guardDutyDetector?: { readonly id: string; readonly tags: Readonly<Record<string, string>> };
  /** The deploying identity may not list GuardDuty detectors (guardduty:ListDetectors denied). */
  readonly guardDutyDenied?: boolean;
}

/** Result of one provider function (invoke). */
export type CallMockFor = (inputs: Inputs, region: string, account: MockAccountState) => State;

/**
 * An invoke that fails, as the engine reports a provider's error: the SDK rejects with
 * `err.details` as the message.
 */
export function invokeError(details: string): Error {
  return Object.assign(new Error(details), { details });
}

export const LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
export const MIXED_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HEX = "0123456789abcdef";

/** A version-4-shaped UUID from the deterministic ID factory. */
export function uuid(id: IdFactory): string {
  const h = id(32, HEX);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
