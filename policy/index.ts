// The CrossGuard pack: `pulumi preview --policy-pack policy`. The rules live in ./rules
// and are shared with the offline checker (`npm run policy`).
import { PolicyPack } from "@pulumi/policy";
import { toPolicies } from "./crossguard";
import { ALL_RULES } from "./rules";

new PolicyPack("auth-platform-baseline", { policies: toPolicies(ALL_RULES) });
