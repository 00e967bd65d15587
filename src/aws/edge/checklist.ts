import type { Check, CheckedResource } from "../../platform/checks";
import { fail, fields } from "../../platform/checks";

const LOAD_BALANCER = "aws:lb/loadBalancer:LoadBalancer";
const LISTENER = "aws:lb/listener:Listener";
const WAF_ASSOCIATION = "aws:wafv2/webAclAssociation:WebAclAssociation";

const application = (r: CheckedResource) => (r.props.loadBalancerType ?? "application") === "application";
/** A listener that serves plain HTTP only to redirect to HTTPS is as good as an HTTPS one. */
const redirectsToHttps = (r: CheckedResource) => {
  const actions = Array.isArray(r.props.defaultActions) ? r.props.defaultActions : [];
  return (
    actions.length > 0 &&
    actions.every((a) => fields(fields(a).redirect).protocol === "HTTPS" && fields(a).type === "redirect")
  );
};

/** Checkov's load-balancer controls, as pure functions of planned inputs. */
export const EDGE_CHECKS: readonly Check[] = [
  {
    id: "CKV_AWS_131",
    title: "Application Load Balancer drops invalid HTTP header fields",
    types: [LOAD_BALANCER],
    violations: (r) =>
      application(r) && r.props.dropInvalidHeaderFields !== true
        ? [fail(r, "dropInvalidHeaderFields is not true")]
        : [],
  },
  {
    id: "CKV_AWS_91",
    title: "Load balancer writes access logs",
    types: [LOAD_BALANCER],
    violations: (r) => {
      const logs = fields(r.props.accessLogs);
      return logs.enabled === true && typeof logs.bucket === "string"
        ? []
        : [fail(r, "access logs are not enabled")];
    },
  },
  {
    id: "CKV_AWS_2",
    title: "Load balancer listeners use HTTPS or redirect to it",
    types: [LISTENER],
    violations: (r) =>
      r.props.protocol === "HTTPS" || r.props.protocol === "TLS" || redirectsToHttps(r)
        ? []
        : [
            fail(
              r,
              `listener on port ${String(r.props.port)} serves ${String(r.props.protocol)} without redirecting`,
            ),
          ],
  },
  {
    id: "CKV_AWS_103",
    title: "HTTPS listeners accept TLS 1.2 or later only",
    types: [LISTENER],
    violations: (r) =>
      r.props.protocol !== "HTTPS" ||
      /^ELBSecurityPolicy-(TLS13-|TLS-1-2-|FS-1-2-)/.test(String(r.props.sslPolicy))
        ? []
        : [fail(r, `sslPolicy ${String(r.props.sslPolicy)} allows TLS before 1.2`)],
  },
  {
    id: "CKV2_AWS_28",
    title: "Internet-facing Application Load Balancer is protected by AWS WAF",
    types: [LOAD_BALANCER],
    violations: (r, all) => {
      if (r.props.internal === true || !application(r)) return [];
      const arns = all.filter((a) => a.type === WAF_ASSOCIATION).map((a) => a.props.resourceArn);
      // The plan shows the load balancer's ARN in the association; CrossGuard may not know it yet.
      const protectedHere = arns.some(
        (arn) => typeof arn === "string" && arn.includes(`:loadbalancer/app/${String(r.props.name)}/`),
      );
      const unknown = arns.some((arn) => typeof arn !== "string" || arn === "[unknown]");
      return protectedHere || unknown ? [] : [fail(r, "no web ACL is associated with it")];
    },
  },
];
