/**
 * Who delivers Application Load Balancer access logs in each region. Regions opened before
 * August 2022 deliver as a regional Elastic Load Balancing account; newer regions as the service
 * principal `logdelivery.elasticloadbalancing.amazonaws.com` (ALB user guide, "Enable access logs",
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html).
 * The accounts are those of terraform-provider-aws internal/service/elb/service_account_data_source.go.
 */
export const ELB_LOG_ACCOUNTS: Readonly<Record<string, string>> = {
  "af-south-1": "098369216593",
  "ap-east-1": "754344448648",
  "ap-northeast-1": "582318560864",
  "ap-northeast-2": "600734575887",
  "ap-northeast-3": "383597477331",
  "ap-south-1": "718504428378",
  "ap-southeast-1": "114774131450",
  "ap-southeast-2": "783225319266",
  "ap-southeast-3": "589379963580",
  "ca-central-1": "985666609251",
  "cn-north-1": "638102146993",
  "cn-northwest-1": "037604701340",
  "eu-central-1": "054676820928",
  "eu-north-1": "897822967062",
  "eu-south-1": "635631232127",
  "eu-west-1": "156460612806",
  "eu-west-2": "652711504416",
  "eu-west-3": "009996457667",
  "me-south-1": "076674570225",
  "sa-east-1": "507241528517",
  "us-east-1": "127311923021",
  "us-east-2": "033677994240",
  "us-gov-east-1": "190560391635",
  "us-gov-west-1": "048591011584",
  "us-west-1": "027434742980",
  "us-west-2": "797873946194",
};

/** The log-delivery service principal of regions opened in August 2022 or later. */
export const ELB_LOG_SERVICE = "logdelivery.elasticloadbalancing.amazonaws.com";

/** The bucket-policy principal that delivers the region's access logs. */
export function logDeliveryPrincipal(
  region: string,
  partition: string,
): { AWS: string } | { Service: string } {
  const account = ELB_LOG_ACCOUNTS[region];
  return account ? { AWS: `arn:${partition}:iam::${account}:root` } : { Service: ELB_LOG_SERVICE };
}
