import { CLOUDWATCH_RETENTION_DAYS } from "../../config/rules/aws";
import { fields } from "../../platform/checks";
import { atMostItems, jsonText, lengthIn, matches, oneOf } from "../../platform/constraintKinds";
import { arnOf, awsTags, custom, free, type ServiceAudit, T } from "./common";
import { SOURCES } from "./sources";

const ALARM = `${SOURCES.cloudwatch}/metric_alarm.go`;
const NAME = /^[0-9A-Za-z_.-]{1,64}$/;

/** What the CloudWatch, EventBridge and GuardDuty providers enforce on logs, alarms, the dashboard and findings. */
export const MONITORING: ServiceAudit = {
  constraints: [
    oneOf(
      {
        id: "logs-retention-in-days",
        type: T.logGroup,
        input: "retentionInDays",
        source: `${SOURCES.logs} (retention_in_days: validation.IntInSlice)`,
      },
      [0, ...CLOUDWATCH_RETENTION_DAYS],
    ),
    matches(
      { id: "logs-group-name", type: T.logGroup, input: "name", source: SOURCES.logs },
      /^[.\-_/#A-Za-z0-9]{1,512}$/,
      "1..512 letters, digits and . - _ / #",
    ),
    arnOf("logs-group-kms-key", T.logGroup, "kmsKeyId", "kms"),
    awsTags("aws-tags-log-group", T.logGroup),
    lengthIn({ id: "cloudwatch-alarm-name", type: T.alarm, input: "name", source: ALARM }, 1, 255),
    lengthIn(
      { id: "cloudwatch-alarm-description", type: T.alarm, input: "alarmDescription", source: ALARM },
      0,
      1024,
    ),
    oneOf({ id: "cloudwatch-alarm-comparison", type: T.alarm, input: "comparisonOperator", source: ALARM }, [
      "GreaterThanOrEqualToThreshold",
      "GreaterThanThreshold",
      "LessThanThreshold",
      "LessThanOrEqualToThreshold",
      "LessThanLowerOrGreaterThanUpperThreshold",
      "LessThanLowerThreshold",
      "GreaterThanUpperThreshold",
    ]),
    custom(
      {
        id: "cloudwatch-alarm-periods",
        type: T.alarm,
        input: "evaluationPeriods",
        source: ALARM,
        rule: "evaluationPeriods of 1 or more, datapointsToAlarm of 1..evaluationPeriods",
      },
      (p) => {
        const periods = p.evaluationPeriods;
        const datapoints = p.datapointsToAlarm;
        if (!Number.isInteger(periods) || (periods as number) < 1)
          return [`evaluationPeriods is ${JSON.stringify(periods)}`];
        return datapoints !== undefined &&
          !(
            Number.isInteger(datapoints) &&
            (datapoints as number) >= 1 &&
            (datapoints as number) <= (periods as number)
          )
          ? [`datapointsToAlarm is ${JSON.stringify(datapoints)} of ${String(periods)}`]
          : [];
      },
    ),
    oneOf({ id: "cloudwatch-alarm-missing-data", type: T.alarm, input: "treatMissingData", source: ALARM }, [
      "breaching",
      "notBreaching",
      "ignore",
      "missing",
    ]),
    custom(
      {
        id: "cloudwatch-alarm-metric",
        type: T.alarm,
        input: "metricQueries",
        source: ALARM,
        rule: "either a metric (name, namespace, period of 10, 30 or a multiple of 60, one statistic) or metric queries (ids, expressions of 1..1,024 characters), never both",
      },
      (p) => {
        const queries = Array.isArray(p.metricQueries) ? (p.metricQueries as unknown[]).map(fields) : [];
        if (queries.length > 0) {
          const out =
            p.metricName !== undefined || p.namespace !== undefined || p.period !== undefined
              ? ["metricQueries is set together with a metric"]
              : [];
          queries.forEach((q, i) => {
            if (!/^[a-z][a-zA-Z0-9_]*$/.test(String(q.id)))
              out.push(`metricQueries[${i}].id is ${JSON.stringify(q.id)}`);
            if (
              q.expression !== undefined &&
              (typeof q.expression !== "string" || q.expression.length < 1 || q.expression.length > 1024)
            )
              out.push(`metricQueries[${i}].expression has ${String(q.expression).length} characters`);
          });
          return out;
        }
        const out: string[] = [];
        const period = p.period as number;
        if (
          !(period === 10 || period === 30 || (Number.isInteger(period) && period > 0 && period % 60 === 0))
        )
          out.push(`period is ${JSON.stringify(p.period)}`);
        if ((p.statistic === undefined) === (p.extendedStatistic === undefined))
          out.push("not exactly one of statistic and extendedStatistic");
        return out;
      },
    ),
    oneOf({ id: "cloudwatch-alarm-statistic", type: T.alarm, input: "statistic", source: ALARM }, [
      "SampleCount",
      "Average",
      "Sum",
      "Minimum",
      "Maximum",
    ]),
    matches(
      { id: "cloudwatch-alarm-extended-statistic", type: T.alarm, input: "extendedStatistic", source: ALARM },
      /^p(\d{1,2}(\.\d{1,2})?|100)$/,
      "a percentile such as p99",
    ),
    lengthIn(
      { id: "cloudwatch-alarm-metric-name", type: T.alarm, input: "metricName", source: ALARM },
      1,
      255,
    ),
    matches(
      { id: "cloudwatch-alarm-namespace", type: T.alarm, input: "namespace", source: ALARM },
      /^[^:]{1,255}$/,
      "1..255 characters without a colon",
    ),
    custom(
      {
        id: "cloudwatch-alarm-dimensions",
        type: T.alarm,
        input: "dimensions",
        source: `${SOURCES.cloudwatch}; https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html`,
        rule: "at most 30 dimensions",
      },
      (p) =>
        Object.keys(fields(p.dimensions)).length > 30
          ? [`dimensions has ${Object.keys(fields(p.dimensions)).length} entries`]
          : [],
    ),
    atMostItems(
      {
        id: "cloudwatch-alarm-actions",
        type: T.alarm,
        input: "alarmActions",
        source: `${SOURCES.cloudwatch}; https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html`,
      },
      5,
    ),
    atMostItems({ id: "cloudwatch-alarm-ok-actions", type: T.alarm, input: "okActions", source: ALARM }, 5),
    awsTags("aws-tags-alarm", T.alarm),
    matches(
      {
        id: "cloudwatch-dashboard-name",
        type: T.dashboard,
        input: "dashboardName",
        source: `${SOURCES.cloudwatch}/dashboard.go`,
      },
      /^[-_A-Za-z0-9]{1,255}$/,
      "letters, digits, hyphens and underscores",
    ),
    jsonText(
      {
        id: "cloudwatch-dashboard-body",
        type: T.dashboard,
        input: "dashboardBody",
        source: `${SOURCES.cloudwatch}/dashboard.go; https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutDashboard.html`,
      },
      1_000_000,
    ),
    matches(
      { id: "events-rule-name", type: T.eventRule, input: "name", source: `${SOURCES.events}/rule.go` },
      NAME,
      "1..64 letters, digits and . - _",
    ),
    lengthIn(
      {
        id: "events-rule-description",
        type: T.eventRule,
        input: "description",
        source: `${SOURCES.events}/rule.go`,
      },
      0,
      512,
    ),
    jsonText(
      {
        id: "events-rule-pattern",
        type: T.eventRule,
        input: "eventPattern",
        source: `${SOURCES.events}/rule.go (validateEventPatternValue)`,
      },
      4096,
    ),
    awsTags("aws-tags-event-rule", T.eventRule),
    matches(
      {
        id: "events-target-id",
        type: T.eventTarget,
        input: "targetId",
        source: `${SOURCES.events}/target.go`,
      },
      NAME,
      "1..64 letters, digits and . - _",
    ),
    arnOf("events-target-arn", T.eventTarget, "arn"),
    oneOf(
      {
        id: "guardduty-publishing-frequency",
        type: T.detector,
        input: "findingPublishingFrequency",
        source: SOURCES.guardduty,
      },
      ["FIFTEEN_MINUTES", "ONE_HOUR", "SIX_HOURS"],
    ),
    awsTags("aws-tags-detector", T.detector),
  ],
  unconstrained: [
    free(T.alarm, "threshold", "a number; CloudWatch takes any double"),
    free(
      T.alarm,
      "period",
      "checked with the metric by cloudwatch-alarm-metric (10, 30 or a multiple of 60)",
    ),
    free(T.alarm, "datapointsToAlarm", "checked against evaluationPeriods by cloudwatch-alarm-periods"),
    free(T.eventTarget, "rule", "the rule's name output (events-rule-name)"),
    free(T.detector, "enable", "a boolean, always true"),
  ],
};
