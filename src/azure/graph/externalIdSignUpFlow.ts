import * as pulumi from "@pulumi/pulumi";
import { type GraphClient, isNotFound } from "./client";
import { diffProps, GRAPH_MODULE, requireText, seg } from "./common";
import {
  type GraphConnection,
  type GraphConnectionArgs,
  normalizeConnection,
  openGraph,
  type ProviderDeps,
} from "./connection";

/**
 * An Entra External ID sign-up / sign-in user flow (`v1.0/identity/authenticationEventsFlows`,
 * `#microsoft.graph.externalUsersSelfServiceSignUpEventsFlow`) and the applications it serves
 * (`.../conditions/applications/includeApplications`). Needs EventListener.ReadWrite.All.
 * Attribute collection (`onAttributeCollection`) is left at the service default here.
 */
export interface ExternalIdSignUpFlowArgs {
  connection: pulumi.Input<GraphConnectionArgs>;
  /** Must be unique in the tenant. */
  displayName: pulumi.Input<string>;
  /** @default none */
  description?: pulumi.Input<string>;
  /** Identity providers offered, e.g. `EmailPassword-OAUTH`, `EmailOtpSignup-OAUTH`, `Google-OAUTH`. @default ["EmailPassword-OAUTH"] */
  identityProviderIds?: pulumi.Input<pulumi.Input<string>[]>;
  /** Whether users may sign up (false: sign-in only). @default true */
  isSignUpAllowed?: pulumi.Input<boolean>;
  /** Application (client) ids that use this flow; an app can be in one flow only. @default [] */
  applicationIds?: pulumi.Input<pulumi.Input<string>[]>;
}

interface FlowInputs {
  connection: GraphConnection;
  displayName: string;
  description?: string;
  identityProviderIds?: string[];
  isSignUpAllowed?: boolean;
  applicationIds?: string[];
}

interface FlowOutputs {
  connection: GraphConnection;
  displayName: string;
  description: string | null;
  identityProviderIds: string[];
  isSignUpAllowed: boolean;
  applicationIds: string[];
}

const PERMISSION = "EventListener.ReadWrite.All" as const;
const PATH = "/identity/authenticationEventsFlows";
const FLOW_TYPE = "#microsoft.graph.externalUsersSelfServiceSignUpEventsFlow";

function resolved(inputs: FlowInputs): FlowOutputs {
  return { ...settings(inputs), connection: normalizeConnection(inputs.connection) };
}

/** Inputs with defaults applied; the connection is left as given (it may hold preview unknowns). */
function settings(inputs: FlowInputs): FlowOutputs {
  return {
    connection: inputs.connection,
    displayName: inputs.displayName,
    description: inputs.description ?? null,
    identityProviderIds: inputs.identityProviderIds ?? ["EmailPassword-OAUTH"],
    isSignUpAllowed: inputs.isSignUpAllowed ?? true,
    applicationIds: [...(inputs.applicationIds ?? [])].sort(),
  };
}

function handlers(flow: FlowOutputs): Record<string, unknown> {
  return {
    onAuthenticationMethodLoadStart: {
      "@odata.type": "#microsoft.graph.onAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp",
      identityProviders: flow.identityProviderIds.map((id) => ({ id })),
    },
    onInteractiveAuthFlowStart: {
      "@odata.type": "#microsoft.graph.onInteractiveAuthFlowStartExternalUsersSelfServiceSignUp",
      isSignUpAllowed: flow.isSignUpAllowed,
    },
  };
}

async function linkApps(graph: GraphClient, id: string, add: string[], drop: string[]): Promise<void> {
  const apps = `${PATH}/${seg(id)}/conditions/applications/includeApplications`;
  for (const appId of add) {
    await graph.send({
      method: "POST",
      version: "v1.0",
      path: apps,
      permission: PERMISSION,
      json: { "@odata.type": "#microsoft.graph.authenticationConditionApplication", appId },
    });
  }
  for (const appId of drop) {
    await graph.remove({ version: "v1.0", path: `${apps}/${seg(appId)}`, permission: PERMISSION });
  }
}

/** The provider; `deps` are test seams only. */
export function externalIdSignUpFlowProvider(deps: ProviderDeps = {}): pulumi.dynamic.ResourceProvider {
  return {
    async check(_olds: FlowInputs, news: FlowInputs) {
      return {
        inputs: news,
        failures: requireText(news as unknown as Record<string, unknown>, "displayName"),
      };
    },

    async diff(_id: string, olds: FlowOutputs, news: FlowInputs) {
      const next = settings(news);
      const updateOn = [
        "displayName",
        "description",
        "identityProviderIds",
        "isSignUpAllowed",
        "applicationIds",
      ];
      return diffProps({ ...olds }, { ...next }, [], updateOn, false);
    },

    async create(inputs: FlowInputs) {
      const flow = resolved(inputs);
      const graph = openGraph(flow.connection, deps);
      const body: Record<string, unknown> = {
        "@odata.type": FLOW_TYPE,
        displayName: flow.displayName,
        ...handlers(flow),
      };
      if (flow.description !== null) body.description = flow.description;
      if (flow.applicationIds.length > 0) {
        body.conditions = {
          applications: { includeApplications: flow.applicationIds.map((appId) => ({ appId })) },
        };
      }
      const created = await graph.send({
        method: "POST",
        version: "v1.0",
        path: PATH,
        permission: PERMISSION,
        json: body,
      });
      return { id: String((created.json as { id?: unknown }).id), outs: flow };
    },

    async read(id: string, props: FlowOutputs) {
      const graph = openGraph(normalizeConnection(props.connection), deps);
      try {
        const got = await graph.send({
          method: "GET",
          version: "v1.0",
          path: `${PATH}/${seg(id)}`,
          permission: PERMISSION,
        });
        const body = got.json as { displayName?: unknown; description?: unknown };
        const description = typeof body.description === "string" ? body.description : null;
        return { id, props: { ...props, displayName: String(body.displayName), description } };
      } catch (err) {
        if (isNotFound(err)) return {};
        throw err;
      }
    },

    async update(id: string, olds: FlowOutputs, news: FlowInputs) {
      const flow = resolved(news);
      const graph = openGraph(flow.connection, deps);
      await graph.send({
        method: "PATCH",
        version: "v1.0",
        path: `${PATH}/${seg(id)}`,
        permission: PERMISSION,
        json: {
          "@odata.type": FLOW_TYPE,
          displayName: flow.displayName,
          description: flow.description,
          ...handlers(flow),
        },
      });
      const add = flow.applicationIds.filter((app) => !olds.applicationIds.includes(app));
      const drop = olds.applicationIds.filter((app) => !flow.applicationIds.includes(app));
      await linkApps(graph, id, add, drop);
      return { outs: flow };
    },

    async delete(id: string, props: FlowOutputs) {
      const graph = openGraph(normalizeConnection(props.connection), deps);
      await graph.remove({ version: "v1.0", path: `${PATH}/${seg(id)}`, permission: PERMISSION });
    },
  };
}

let provider: pulumi.dynamic.ResourceProvider | undefined;

/** An External ID sign-up / sign-in user flow; its id is the GUID Graph assigns. */
export class ExternalIdSignUpFlow extends pulumi.dynamic.Resource {
  declare readonly displayName: pulumi.Output<string>;
  declare readonly identityProviderIds: pulumi.Output<string[]>;
  declare readonly isSignUpAllowed: pulumi.Output<boolean>;
  declare readonly applicationIds: pulumi.Output<string[]>;
  declare readonly connection: pulumi.Output<GraphConnection>;

  constructor(name: string, args: ExternalIdSignUpFlowArgs, opts?: pulumi.CustomResourceOptions) {
    provider ??= externalIdSignUpFlowProvider();
    super(
      provider,
      name,
      {
        description: undefined,
        identityProviderIds: undefined,
        isSignUpAllowed: undefined,
        applicationIds: undefined,
        ...args,
      },
      opts,
      GRAPH_MODULE,
      "ExternalIdSignUpFlow",
    );
  }
}
