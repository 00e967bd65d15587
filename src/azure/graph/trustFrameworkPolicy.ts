import * as pulumi from "@pulumi/pulumi";
import { isNotFound } from "./client";
import { diffProps, GRAPH_MODULE, requireText, seg, TRUST_FRAMEWORK_PREFIX, UNKNOWN } from "./common";
import {
  type GraphConnection,
  type GraphConnectionArgs,
  normalizeConnection,
  openGraph,
  type ProviderDeps,
} from "./connection";
import { alreadyExistsMessage } from "./errors";

/**
 * A B2C custom policy: `PUT beta/trustFramework/policies/{id}/$value` with `Content-Type:
 * application/xml` (201 created, 200 replaced), `GET .../$value` to read, `DELETE .../{id}`.
 * Upload order matters (Base, Localization, Extensions, relying parties): give each policy a
 * `dependsOn` on the one it extends, which also makes destroy run in the reverse order.
 * Only a SHA-256 of the XML is kept in the outputs; drift made in the portal is noticed on
 * refresh only when the policy is gone.
 */
export interface TrustFrameworkPolicyArgs {
  connection: pulumi.Input<GraphConnectionArgs>;
  /** Must start with `B2C_1A_` and equal the XML root's `PolicyId`. Changing it replaces the policy. */
  policyId: pulumi.Input<string>;
  /** The whole policy document. */
  policyXml: pulumi.Input<string>;
  /** Overwrite and take over a policy of this id that already exists instead of failing. @default false */
  adoptExisting?: pulumi.Input<boolean>;
}

interface PolicyInputs {
  connection: GraphConnection;
  policyId: string;
  policyXml: string;
  adoptExisting?: boolean;
}

interface PolicyOutputs {
  connection: GraphConnection;
  policyId: string;
  contentSha256: string;
}

const PERMISSION = "Policy.ReadWrite.TrustFramework" as const;

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

/** The provider; `deps` are test seams only. */
export function trustFrameworkPolicyProvider(deps: ProviderDeps = {}): pulumi.dynamic.ResourceProvider {
  return {
    async check(_olds: PolicyInputs, news: PolicyInputs) {
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
      return { inputs: news, failures };
    },

    async diff(_id: string, olds: PolicyOutputs, news: PolicyInputs) {
      const next = { ...news, contentSha256: sha256(news.policyXml) };
      return diffProps({ ...olds }, next, ["policyId"], ["contentSha256"], olds.policyId === news.policyId);
    },

    async create(inputs: PolicyInputs) {
      const connection = normalizeConnection(inputs.connection);
      const graph = openGraph(connection, deps);
      if (inputs.adoptExisting !== true) {
        // PUT replaces silently, so look first: taking over a policy must be asked for.
        let exists = true;
        try {
          await graph.send({
            method: "GET",
            version: "beta",
            path: valuePath(inputs.policyId),
            permission: PERMISSION,
          });
        } catch (err) {
          if (!isNotFound(err)) throw err;
          exists = false;
        }
        if (exists) {
          throw new Error(alreadyExistsMessage("Custom policy", inputs.policyId, connection.tenantId));
        }
      }
      await graph.send({
        method: "PUT",
        version: "beta",
        path: valuePath(inputs.policyId),
        permission: PERMISSION,
        xml: inputs.policyXml,
      });
      return {
        id: inputs.policyId,
        outs: { connection, policyId: inputs.policyId, contentSha256: sha256(inputs.policyXml) },
      };
    },

    async read(id: string, props: PolicyOutputs) {
      const graph = openGraph(normalizeConnection(props.connection), deps);
      try {
        await graph.send({ method: "GET", version: "beta", path: valuePath(id), permission: PERMISSION });
        return { id, props };
      } catch (err) {
        if (isNotFound(err)) return {};
        throw err;
      }
    },

    async update(id: string, _olds: PolicyOutputs, news: PolicyInputs) {
      const connection = normalizeConnection(news.connection);
      await openGraph(connection, deps).send({
        method: "PUT",
        version: "beta",
        path: valuePath(id),
        permission: PERMISSION,
        xml: news.policyXml,
      });
      return { outs: { connection, policyId: id, contentSha256: sha256(news.policyXml) } };
    },

    async delete(id: string, props: PolicyOutputs) {
      const graph = openGraph(normalizeConnection(props.connection), deps);
      await graph.remove({
        version: "beta",
        path: `/trustFramework/policies/${seg(id)}`,
        permission: PERMISSION,
      });
    },
  };
}

let provider: pulumi.dynamic.ResourceProvider | undefined;

/** A custom policy uploaded to the B2C tenant; its id is the `B2C_1A_...` policy id. */
export class TrustFrameworkPolicy extends pulumi.dynamic.Resource {
  declare readonly policyId: pulumi.Output<string>;
  declare readonly contentSha256: pulumi.Output<string>;
  declare readonly connection: pulumi.Output<GraphConnection>;

  constructor(name: string, args: TrustFrameworkPolicyArgs, opts?: pulumi.CustomResourceOptions) {
    provider ??= trustFrameworkPolicyProvider();
    super(provider, name, { contentSha256: undefined, ...args }, opts, GRAPH_MODULE, "TrustFrameworkPolicy");
  }
}
