import { fields } from "../../platform/checks";
import { lengthIn } from "../../platform/constraintKinds";
import { arnOf, awsTags, custom, free, type ServiceAudit, T } from "./common";
import { SOURCES } from "./sources";

const src = (file: string) => `${SOURCES.apigw}/${file}`;
const HTTP_API = `${SOURCES.apigwGuide}/http-api`;

/** What the API Gateway v2 provider and API Gateway enforce on the stage and the custom domain. */
export const API_STAGE: ServiceAudit = {
  constraints: [
    lengthIn({ id: "apigw-stage-name", type: T.stage, input: "name", source: src("stage.go") }, 1, 128),
    custom(
      {
        id: "apigw-stage-access-log",
        type: T.stage,
        input: "accessLogSettings",
        source: `${HTTP_API}-logging.html`,
        rule: "a CloudWatch Logs destination and a format that records $context.requestId",
      },
      (p) => {
        if (p.accessLogSettings === undefined) return [];
        const settings = fields(p.accessLogSettings);
        const out: string[] = [];
        if (
          typeof settings.destinationArn === "string" &&
          !/^arn:aws[a-z-]*:logs:/.test(settings.destinationArn)
        )
          out.push(`accessLogSettings.destinationArn is ${JSON.stringify(settings.destinationArn)}`);
        if (typeof settings.format !== "string" || !settings.format.includes("$context.requestId"))
          out.push("accessLogSettings.format does not record $context.requestId");
        return out;
      },
    ),
    awsTags("aws-tags-stage", T.stage),
    lengthIn(
      { id: "apigw-domain-name", type: T.apiDomain, input: "domainName", source: src("domain_name.go") },
      1,
      512,
    ),
    custom(
      {
        id: "apigw-domain-configuration",
        type: T.apiDomain,
        input: "domainNameConfiguration",
        source: src("domain_name.go"),
        rule: "a REGIONAL endpoint, the TLS_1_2 security policy and an ACM certificate",
      },
      (p) => {
        const c = fields(p.domainNameConfiguration);
        const out: string[] = [];
        if (c.endpointType !== "REGIONAL") out.push(`endpointType is ${JSON.stringify(c.endpointType)}`);
        if (c.securityPolicy !== "TLS_1_2") out.push(`securityPolicy is ${JSON.stringify(c.securityPolicy)}`);
        if (
          typeof c.certificateArn === "string" &&
          !/^arn:aws[a-z-]*:acm:[a-z0-9-]+:\d{12}:certificate\/.+$/.test(c.certificateArn)
        )
          out.push(`certificateArn is ${JSON.stringify(c.certificateArn)}`);
        return out;
      },
    ),
    awsTags("aws-tags-api-domain", T.apiDomain),
    arnOf("apigw-stage-log-group", T.stage, "accessLogSettings.destinationArn", "logs"),
  ],
  unconstrained: [
    free(T.stage, "apiId", "the API's ID output"),
    free(T.stage, "autoDeploy", "a boolean, always true"),
    free(T.apiMapping, "apiId", "the API's ID output"),
    free(T.apiMapping, "domainName", "the custom domain's ID output"),
    free(T.apiMapping, "stage", 'the stage\'s ID output ("$default")'),
    free(
      T.stage,
      "defaultRouteSettings",
      "rate and burst are account quotas (10,000 / 5,000 requests per second by default, raisable), held by the configuration's own bounds",
    ),
  ],
};
