import * as pulumi from "@pulumi/pulumi";
import { type GraphClient, type GraphRequest, type GraphResponse, isConflict, isNotFound } from "./client";
import { diffProps, GRAPH_MODULE } from "./common";
import {
  type GraphConnection,
  type GraphConnectionArgs,
  type GraphConnectionInput,
  normalizeConnection,
  openGraph,
  type ProviderDeps,
} from "./connection";
import type { GraphPermission } from "./errors";

/**
 * The one core of the Microsoft Graph dynamic resources: each resource file describes its
 * Graph object as a {@link GraphObject} (where it lives, what its create, update and refresh
 * send, what replaces it) and this module turns that into the Pulumi provider and resource.
 * What every object shares lives here once: the connection opened per call, 404 on refresh
 * meaning gone, delete through the client's `remove` (404 = already gone), `adoptExisting`.
 *
 * Pulumi serializes a provider by value for `pulumi up`, with everything it reaches: keep
 * the provider's code free of `this` and of local imports other than these graph modules
 * (tests/azure/graph/resources.mock.test.ts revives the serialized providers).
 */

/** Arguments every Graph resource takes. */
export interface GraphArgs {
  connection: pulumi.Input<GraphConnectionArgs>;
}

/** Arguments of a resource that can take over an object that already exists. */
export interface AdoptableArgs extends GraphArgs {
  /** Take over an existing object of this id instead of failing. @default false */
  adoptExisting?: pulumi.Input<boolean>;
}

/** A resource's inputs as its provider receives them: the arguments with every input resolved. */
export type GraphInputs<Args extends GraphArgs> = pulumi.Unwrap<Args>;

/** Outputs every Graph resource keeps: the resolved connection, so reads and deletes reach the object. */
export interface GraphOutputs {
  connection: GraphConnection;
}

/** A client bound to one object type's API version and permission. */
export interface ObjectGraph {
  readonly endpoint: string;
  readonly tenantId: string;
  send(
    method: GraphRequest["method"],
    path: string,
    body?: Pick<GraphRequest, "json" | "xml" | "secrets" | "conflict">,
  ): Promise<GraphResponse>;
  /** DELETE that treats 404 as already gone; false in that case. */
  remove(path: string): Promise<boolean>;
}

/** How a change is applied: compared with the old outputs as `next`; `sameId` when a replacement reuses the id. */
export interface GraphDiff {
  next: Record<string, unknown>;
  replaceOn: readonly string[];
  updateOn: readonly string[];
  sameId: boolean;
}

/** What is specific to one Graph object type. */
export interface GraphObject<I extends GraphInputs<GraphArgs>, O extends GraphOutputs> {
  /** The type token is `pulumi-nodejs:dynamic/azure-graph:{type}`. */
  readonly type: string;
  readonly version: GraphRequest["version"];
  /** The permission every call needs, named in 401/403 errors. */
  readonly permission: GraphPermission;
  /** Outputs that are not inputs, unknown until the object exists. */
  readonly outputs: readonly string[];
  /** Inputs sent as Pulumi secrets; they and `secretOutputs` are stored encrypted. @default none */
  readonly secretInputs?: readonly string[];
  readonly secretOutputs?: readonly string[];
  /** Failures of the inputs, each naming the key, the value and what is allowed. */
  check(news: I): pulumi.dynamic.CheckFailure[];
  diff(olds: O, news: I): GraphDiff;
  create(graph: ObjectGraph, inputs: I, connection: GraphConnection): Promise<{ id: string; outs: O }>;
  /** The object's path: a GET there refreshes it (404: gone); DELETE there removes it unless `deletePath`. */
  path(id: string, props: O): string;
  /** The outputs after a GET succeeded; `undefined` when the answer says the object is gone. @default unchanged */
  refreshed?(got: GraphResponse, props: O, connection: GraphConnection): O | undefined;
  update(graph: ObjectGraph, id: string, olds: O, news: I, connection: GraphConnection): Promise<O>;
  /** @default path(id, props) */
  deletePath?(id: string, props: O): string;
}

/**
 * A client for one object's connection, bound to its version and permission. The Graph
 * client (and its credential) is made on the first call: an update that sends nothing opens none.
 */
function bind(
  connection: GraphConnection,
  deps: ProviderDeps,
  version: GraphRequest["version"],
  permission: GraphPermission,
): ObjectGraph {
  let client: GraphClient | undefined;
  const graph = () => {
    client ??= openGraph(connection, deps);
    return client;
  };
  return {
    endpoint: connection.endpoint,
    tenantId: connection.tenantId,
    send: (method, path, body = {}) => graph().send({ method, version, path, permission, ...body }),
    remove: (path) => graph().remove({ version, path, permission }),
  };
}

/**
 * Creates an object with `POST path`. Without `adoptExisting` a conflict (409) is an
 * "already exists" error naming `what` and `id`; with it, the result is `undefined` and the
 * caller takes the existing object over.
 */
export async function createOrAdopt(
  graph: ObjectGraph,
  path: string,
  body: Pick<GraphRequest, "json" | "secrets">,
  existing: { what: string; id: string; adoptExisting?: boolean | undefined },
): Promise<GraphResponse | undefined> {
  const adopt = existing.adoptExisting === true;
  try {
    return await graph.send("POST", path, {
      ...body,
      conflict: adopt ? undefined : { what: existing.what, id: existing.id },
    });
  } catch (err) {
    if (adopt && isConflict(err)) return undefined;
    throw err;
  }
}

/** The Pulumi provider of one object type; `deps` are test seams only. */
export function graphProvider<I extends GraphInputs<GraphArgs>, O extends GraphOutputs>(
  object: GraphObject<I, O>,
  deps: ProviderDeps = {},
): pulumi.dynamic.ResourceProvider {
  const open = (connection: GraphConnectionInput | undefined) => {
    const resolved = normalizeConnection(connection);
    return {
      connection: resolved,
      graph: bind(resolved, deps, object.version, object.permission),
    };
  };
  return {
    async check(_olds: I, news: I) {
      return { inputs: news, failures: object.check(news) };
    },
    async diff(_id: string, olds: O, news: I) {
      const { next, replaceOn, updateOn, sameId } = object.diff(olds, news);
      return diffProps({ ...olds } as Record<string, unknown>, next, replaceOn, updateOn, sameId);
    },
    async create(inputs: I) {
      const { connection, graph } = open(inputs.connection);
      return object.create(graph, inputs, connection);
    },
    async read(id: string, props: O) {
      const { connection, graph } = open(props.connection);
      try {
        const got = await graph.send("GET", object.path(id, props));
        const refreshed = object.refreshed ? object.refreshed(got, props, connection) : props;
        return refreshed === undefined ? {} : { id, props: refreshed };
      } catch (err) {
        if (isNotFound(err)) return {};
        throw err;
      }
    },
    async update(id: string, olds: O, news: I) {
      const { connection, graph } = open(news.connection);
      return { outs: await object.update(graph, id, olds, news, connection) };
    },
    async delete(id: string, props: O) {
      const { graph } = open(props.connection);
      await graph.remove(object.deletePath ? object.deletePath(id, props) : object.path(id, props));
    },
  };
}

const providers = new Map<string, pulumi.dynamic.ResourceProvider>();

/**
 * A Graph object as a Pulumi resource. One provider per object type, made on first use and
 * shared (Pulumi serializes it once); outputs start unknown; secret inputs are wrapped as
 * secrets and stored encrypted with the secret outputs.
 */
export abstract class GraphResource extends pulumi.dynamic.Resource {
  declare readonly connection: pulumi.Output<GraphConnection>;

  protected constructor(
    object: GraphObject<GraphInputs<GraphArgs>, GraphOutputs>,
    name: string,
    args: GraphArgs,
    opts: pulumi.CustomResourceOptions | undefined,
  ) {
    let provider = providers.get(object.type);
    if (provider === undefined) {
      provider = graphProvider(object);
      providers.set(object.type, provider);
    }
    const props: Record<string, unknown> = Object.fromEntries(object.outputs.map((key) => [key, undefined]));
    Object.assign(props, args);
    const secretInputs = object.secretInputs ?? [];
    for (const key of secretInputs) {
      const value = (args as unknown as Record<string, pulumi.Input<unknown> | undefined>)[key];
      props[key] = value === undefined ? undefined : pulumi.secret(value);
    }
    const secret = [...secretInputs, ...(object.secretOutputs ?? [])];
    const options = secret.length > 0 ? pulumi.mergeOptions(opts, { additionalSecretOutputs: secret }) : opts;
    super(provider, name, props, options, GRAPH_MODULE, object.type);
  }
}
