import type * as pulumi from "@pulumi/pulumi";
import { isNotFound } from "./client";
import { requireText, seg, TRUST_FRAMEWORK_PREFIX, UNKNOWN } from "./common";
import type { GraphConnection, ProviderDeps } from "./connection";
import {
  type AdoptableArgs,
  type GraphInputs,
  type GraphObject,
  type GraphOutputs,
  GraphResource,
  graphProvider,
  type ObjectGraph,
} from "./core";
import { alreadyExistsMessage } from "./errors";

/**
 * A B2C custom policy: `PUT beta/trustFramework/policies/{id}/$value` with `Content-Type:
 * application/xml` (201 created, 200 replaced), `GET .../$value` to read, `DELETE .../{id}`.
 * Upload order matters (Base, Localization, Extensions, relying parties): give each policy a
 * `dependsOn` on the one it extends, which also makes destroy run in the reverse order.
 * Only a SHA-256 of the XML is kept in the outputs; drift made in the portal is noticed on
 * refresh only when the policy is gone.
 */
export interface TrustFrameworkPolicyArgs extends AdoptableArgs {
  /** Must start with `B2C_1A_` and equal the XML root's `PolicyId`. Changing it replaces the policy. */
  policyId: pulumi.Input<string>;
  /** The whole policy document. */
  policyXml: pulumi.Input<string>;
}

type PolicyInputs = GraphInputs<TrustFrameworkPolicyArgs>;

interface PolicyOutputs extends GraphOutputs {
  policyId: string;
  contentSha256: string;
}

/** The `PolicyId` attribute of the `TrustFrameworkPolicy` root element, if there is one. */
export function rootPolicyId(xml: string): string | undefined {
  const root = /<(?:[\w-]+:)?TrustFrameworkPolicy\b[^>]*>/.exec(xml)?.[0];
  return root === undefined ? undefined : /\sPolicyId\s*=\s*["']([^"']+)["']/.exec(root)?.[1];
}

function sha256(text: string): string {
  const crypto = require("node:crypto") as typeof import("node:crypto");
  return crypto.createHash("sha256").update(text, "utf8").digest("hex");
}

function valuePath(id: string): string {
  return `/trustFramework/policies/${seg(id)}/$value`;
}

async function upload(graph: ObjectGraph, id: string, xml: string, connection: GraphConnection) {
  await graph.send("PUT", valuePath(id), { xml });
  return { connection, policyId: id, contentSha256: sha256(xml) };
}

const POLICY: GraphObject<PolicyInputs, PolicyOutputs> = {
  type: "TrustFrameworkPolicy",
  version: "beta",
  permission: "Policy.ReadWrite.TrustFramework",
  outputs: ["contentSha256"],

  check(news) {
    const props = news as unknown as Record<string, unknown>;
    const failures = [...requireText(props, "policyId"), ...requireText(props, "policyXml")];
    const { policyId, policyXml } = news;
    if (failures.length === 0 && policyId !== UNKNOWN && !policyId.startsWith(TRUST_FRAMEWORK_PREFIX)) {
      failures.push({
        property: "policyId",
        reason: `policyId: must start with ${TRUST_FRAMEWORK_PREFIX}; received "${policyId}"`,
      });
    }
    if (failures.length === 0 && policyId !== UNKNOWN && policyXml !== UNKNOWN) {
      const inXml = rootPolicyId(policyXml);
      if (inXml !== policyId) {
        failures.push({
          property: "policyXml",
          reason: `policyXml: the TrustFrameworkPolicy root must have PolicyId="${policyId}"; received ${inXml === undefined ? "none" : `"${inXml}"`}`,
        });
      }
    }
    return failures;
  },

  diff(olds, news) {
    return {
      next: { ...news, contentSha256: sha256(news.policyXml) },
      replaceOn: ["policyId"],
      updateOn: ["contentSha256"],
      sameId: olds.policyId === news.policyId,
    };
  },

  async create(graph, inputs, connection) {
    if (inputs.adoptExisting !== true) {
      // PUT replaces silently, so look first: taking over a policy must be asked for.
      const exists = await graph.send("GET", valuePath(inputs.policyId)).then(
        () => true,
        (err: unknown) => {
          if (isNotFound(err)) return false;
          throw err;
        },
      );
      if (exists)
        throw new Error(alreadyExistsMessage("Custom policy", inputs.policyId, connection.tenantId));
    }
    return { id: inputs.policyId, outs: await upload(graph, inputs.policyId, inputs.policyXml, connection) };
  },

  path: (id) => valuePath(id),
  update: (graph, id, _olds, news, connection) => upload(graph, id, news.policyXml, connection),
  deletePath: (id) => `/trustFramework/policies/${seg(id)}`,
};

/** The provider; `deps` are test seams only. */
export function trustFrameworkPolicyProvider(deps: ProviderDeps = {}): pulumi.dynamic.ResourceProvider {
  return graphProvider(POLICY, deps);
}

/** A custom policy uploaded to the B2C tenant; its id is the `B2C_1A_...` policy id. */
export class TrustFrameworkPolicy extends GraphResource {
  declare readonly policyId: pulumi.Output<string>;
  declare readonly contentSha256: pulumi.Output<string>;

  constructor(name: string, args: TrustFrameworkPolicyArgs, opts?: pulumi.CustomResourceOptions) {
    super(POLICY, name, args, opts);
  }
}
