/// What the client needs to know of one AWS service: names and protocol; its endpoint comes from
/// botocore's rule set named `botocoreName` (see `EndpointResolver`).
public struct AWSService: Sendable, Equatable, Hashable {
    /// The SDK service id, e.g. `Auto Scaling`; names the `AWS_ENDPOINT_URL_<ID>` variable.
    public var serviceID: String
    /// The SigV4 signing name, e.g. `autoscaling`.
    public var signingName: String
    /// The endpoint host prefix, e.g. `autoscaling`.
    public var endpointPrefix: String
    /// The wire protocol.
    public var wireProtocol: AWSProtocol
    /// botocore's name of the service (`elbv2`, `sso-oidc`), naming its endpoint rule set.
    public var botocoreName: String

    /// Creates a service description; `botocoreName` defaults to the signing name.
    public init(
        serviceID: String, signingName: String, endpointPrefix: String? = nil, botocoreName: String? = nil,
        wireProtocol: AWSProtocol
    ) {
        self.serviceID = serviceID
        self.signingName = signingName
        self.endpointPrefix = endpointPrefix ?? signingName
        self.botocoreName = botocoreName ?? signingName
        self.wireProtocol = wireProtocol
    }

    /// The suffix of the per-service endpoint variable: the id upper-cased, spaces to underscores.
    public var environmentSuffix: String {
        serviceID.uppercased().replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
    }
}

/// The services Flightdeck calls.
extension AWSService {
    /// Auto Scaling (query, 2011-01-01).
    public static let autoScaling = AWSService(
        serviceID: "Auto Scaling", signingName: "autoscaling",
        wireProtocol: .query(version: "2011-01-01"))
    /// Elastic Load Balancing v2 (query, 2015-12-01).
    public static let elasticLoadBalancingV2 = AWSService(
        serviceID: "Elastic Load Balancing v2",
        signingName: "elasticloadbalancing", botocoreName: "elbv2",
        wireProtocol: .query(version: "2015-12-01"))
    /// CloudWatch (query, 2010-08-01).
    public static let cloudWatch = AWSService(
        serviceID: "CloudWatch", signingName: "monitoring", botocoreName: "cloudwatch",
        wireProtocol: .query(version: "2010-08-01"))
    /// RDS (query, 2014-10-31).
    public static let rds = AWSService(
        serviceID: "RDS", signingName: "rds", wireProtocol: .query(version: "2014-10-31"))
    /// EC2 (EC2 query, 2016-11-15).
    public static let ec2 = AWSService(
        serviceID: "EC2", signingName: "ec2", wireProtocol: .ec2Query(version: "2016-11-15"))
    /// STS (query, 2011-06-15), regional endpoints (botocore's default since 2024).
    public static let sts = AWSService(
        serviceID: "STS", signingName: "sts", wireProtocol: .query(version: "2011-06-15"))
    /// IAM (query, 2010-05-08), one endpoint per partition (`iam.amazonaws.com`, signed for us-east-1).
    public static let iam = AWSService(
        serviceID: "IAM", signingName: "iam", wireProtocol: .query(version: "2010-05-08"))
    /// CloudFront (rest-xml, 2020-05-31), one endpoint per partition (`cloudfront.amazonaws.com`, signed for us-east-1).
    public static let cloudFront = AWSService(
        serviceID: "CloudFront", signingName: "cloudfront",
        wireProtocol: .restXML(version: "2020-05-31"))
    /// Cost Explorer (JSON 1.1), one endpoint per partition (`ce.us-east-1.amazonaws.com`).
    public static let costExplorer = AWSService(
        serviceID: "Cost Explorer", signingName: "ce",
        wireProtocol: .json(version: "1.1", targetPrefix: "AWSInsightsIndexService"))
    /// Pricing (JSON 1.1), served from a few regions (us-east-1, eu-central-1, ap-south-1, cn-northwest-1).
    public static let pricing = AWSService(
        serviceID: "Pricing", signingName: "pricing", endpointPrefix: "api.pricing",
        wireProtocol: .json(version: "1.1", targetPrefix: "AWSPriceListService"))
    /// Service Quotas (JSON 1.1, `ServiceQuotasV20190624`): the account's EC2 vCPU quota.
    public static let serviceQuotas = AWSService(
        serviceID: "Service Quotas", signingName: "servicequotas", botocoreName: "service-quotas",
        wireProtocol: .json(version: "1.1", targetPrefix: "ServiceQuotasV20190624"))
    /// The IAM Identity Center (SSO) portal (rest-json; its calls carry a bearer token, not SigV4).
    public static let sso = AWSService(
        serviceID: "SSO", signingName: "awsssoportal", endpointPrefix: "portal.sso", botocoreName: "sso",
        wireProtocol: .json(version: "1.1", targetPrefix: ""))
    /// IAM Identity Center's OIDC service (rest-json; `CreateToken` is not signed).
    public static let ssoOIDC = AWSService(
        serviceID: "SSO OIDC", signingName: "sso-oauth", endpointPrefix: "oidc", botocoreName: "sso-oidc",
        wireProtocol: .json(version: "1.1", targetPrefix: ""))

    /// Every service Flightdeck calls.
    public static let all: [AWSService] = [
        autoScaling, elasticLoadBalancingV2, cloudWatch, rds, ec2, sts, iam, cloudFront,
        costExplorer, pricing, sso, ssoOIDC, serviceQuotas
    ]

    /// The prefix of the service's IAM actions (`cloudwatch` for CloudWatch, whose signing name is `monitoring`).
    public var iamPrefix: String {
        switch signingName {
        case "monitoring": return "cloudwatch"
        case "awsssoportal": return "sso"
        case "sso-oauth": return "sso-oauth"
        default: return signingName
        }
    }

    /// The IAM action of `operation` on the service named `serviceID` (`autoscaling:DescribePolicies`).
    public static func iamAction(serviceID: String, operation: String) -> String {
        let prefix =
            all.first { $0.serviceID == serviceID }?.iamPrefix
            ?? serviceID.lowercased().replacingOccurrences(of: " ", with: "")
        return "\(prefix):\(operation)"
    }
}
