import type * as pulumi from "@pulumi/pulumi";
import { requireText, seg } from "./common";
import type { GraphConnection, ProviderDeps } from "./connection";
import {
  type GraphArgs,
  type GraphInputs,
  type GraphObject,
  type GraphOutputs,
  GraphResource,
  graphProvider,
  type ObjectGraph,
} from "./core";

/**
 * An Entra External ID sign-up / sign-in user flow (`v1.0/identity/authenticationEventsFlows`,
 * `#microsoft.graph.externalUsersSelfServiceSignUpEventsFlow`) and the applications it serves
 * (`.../conditions/applications/includeApplications`). Needs EventListener.ReadWrite.All.
 * Attribute collection (`onAttributeCollection`) is left at the service default here.
 */
export interface ExternalIdSignUpFlowArgs extends GraphArgs {
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

type FlowInputs = GraphInputs<ExternalIdSignUpFlowArgs>;

interface FlowOutputs extends GraphOutputs {
  displayName: string;
  description: string | null;
  identityProviderIds: string[];
  isSignUpAllowed: boolean;
  applicationIds: string[];
}

const PATH = "/identity/authenticationEventsFlows";
const FLOW_TYPE = "#microsoft.graph.externalUsersSelfServiceSignUpEventsFlow";

/** Inputs with defaults applied, with the given connection (the diff's may hold preview unknowns). */
function settings(inputs: FlowInputs, connection: GraphConnection): FlowOutputs {
  return {
    connection,
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

async function linkApps(graph: ObjectGraph, id: string, add: string[], drop: string[]): Promise<void> {
  const apps = `${PATH}/${seg(id)}/conditions/applications/includeApplications`;
  for (const appId of add) {
    await graph.send("POST", apps, {
      json: { "@odata.type": "#microsoft.graph.authenticationConditionApplication", appId },
    });
  }
  for (const appId of drop) await graph.remove(`${apps}/${seg(appId)}`);
}

const SIGN_UP_FLOW: GraphObject<FlowInputs, FlowOutputs> = {
  type: "ExternalIdSignUpFlow",
  version: "v1.0",
  permission: "EventListener.ReadWrite.All",
  outputs: ["description", "identityProviderIds", "isSignUpAllowed", "applicationIds"],

  check: (news) => requireText(news as unknown as Record<string, unknown>, "displayName"),

  diff: (_olds, news) => ({
    next: { ...settings(news, news.connection as GraphConnection) },
    replaceOn: [],
    updateOn: ["displayName", "description", "identityProviderIds", "isSignUpAllowed", "applicationIds"],
    sameId: false,
  }),

  async create(graph, inputs, connection) {
    const flow = settings(inputs, connection);
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
    const created = await graph.send("POST", PATH, { json: body });
    return { id: String((created.json as { id?: unknown }).id), outs: flow };
  },

  path: (id) => `${PATH}/${seg(id)}`,
  refreshed(got, props) {
    const body = got.json as { displayName?: unknown; description?: unknown };
    const description = typeof body.description === "string" ? body.description : null;
    return { ...props, displayName: String(body.displayName), description };
  },

  async update(graph, id, olds, news, connection) {
    const flow = settings(news, connection);
    await graph.send("PATCH", `${PATH}/${seg(id)}`, {
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
    return flow;
  },
};

/** The provider; `deps` are test seams only. */
export function externalIdSignUpFlowProvider(deps: ProviderDeps = {}): pulumi.dynamic.ResourceProvider {
  return graphProvider(SIGN_UP_FLOW, deps);
}

/** An External ID sign-up / sign-in user flow; its id is the GUID Graph assigns. */
export class ExternalIdSignUpFlow extends GraphResource {
  declare readonly displayName: pulumi.Output<string>;
  declare readonly identityProviderIds: pulumi.Output<string[]>;
  declare readonly isSignUpAllowed: pulumi.Output<boolean>;
  declare readonly applicationIds: pulumi.Output<string[]>;

  constructor(name: string, args: ExternalIdSignUpFlowArgs, opts?: pulumi.CustomResourceOptions) {
    super(SIGN_UP_FLOW, name, args, opts);
  }
}
