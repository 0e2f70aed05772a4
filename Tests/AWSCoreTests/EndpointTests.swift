import AWSCore
import AWSSigV4
import Foundation
import Testing

@Suite struct EndpointTests {
    func resolve(
        _ service: AWSService, region: String = "eu-west-1", flag: String? = nil,
        _ environment: [String: String] = [:]
    ) throws -> Endpoint {
        try EndpointResolver(region: region, endpointURL: flag, environment: environment).endpoint(for: service)
    }

    @Test(arguments: [
        (AWSService.autoScaling, "https://autoscaling.eu-west-1.amazonaws.com", "eu-west-1"),
        (.elasticLoadBalancingV2, "https://elasticloadbalancing.eu-west-1.amazonaws.com", "eu-west-1"),
        (.cloudWatch, "https://monitoring.eu-west-1.amazonaws.com", "eu-west-1"),
        (.rds, "https://rds.eu-west-1.amazonaws.com", "eu-west-1"),
        (.ec2, "https://ec2.eu-west-1.amazonaws.com", "eu-west-1"),
        (.sts, "https://sts.eu-west-1.amazonaws.com", "eu-west-1"),
        (.iam, "https://iam.amazonaws.com", "us-east-1"),
        (.cloudFront, "https://cloudfront.amazonaws.com", "us-east-1"),
        (.costExplorer, "https://ce.us-east-1.amazonaws.com", "us-east-1"),
        (.pricing, "https://api.pricing.eu-central-1.amazonaws.com", "eu-central-1"),
        (.sso, "https://portal.sso.eu-west-1.amazonaws.com", "eu-west-1"),
        (.ssoOIDC, "https://oidc.eu-west-1.amazonaws.com", "eu-west-1"),
        (.serviceQuotas, "https://servicequotas.eu-west-1.amazonaws.com", "eu-west-1")
    ])
    func defaults(_ service: AWSService, _ url: String, _ signingRegion: String) throws {
        let endpoint = try resolve(service)
        #expect(endpoint.url.absoluteString == url)
        #expect(endpoint.signingRegion == signingRegion)
        #expect(endpoint.source == "default")
    }

    @Test func pricingUsesTheClientRegionWhereServed() throws {
        let endpoint = try resolve(.pricing, region: "ap-south-1")
        #expect(endpoint.url.absoluteString == "https://api.pricing.ap-south-1.amazonaws.com")
        #expect(endpoint.signingRegion == "ap-south-1")
    }

    @Test(arguments: [
        ("us-east-2", "us-east-1"), ("ca-central-1", "us-east-1"), ("sa-east-1", "us-east-1"),
        ("eu-west-3", "eu-central-1"),
        ("me-south-1", "eu-central-1"), ("af-south-1", "eu-central-1"), ("ap-northeast-1", "ap-south-1"),
        ("cn-north-1", "cn-northwest-1"), ("cn-northwest-1", "cn-northwest-1")
    ])
    func pricingGoesToTheNearestRegionThatServesIt(_ region: String, _ served: String) throws {
        let resolver = EndpointResolver(region: region, environment: [:])
        #expect(resolver.serviceRegion(for: .pricing) == served)
        #expect(try resolver.endpoint(for: .pricing).signingRegion == served)
        #expect(resolver.serviceRegion(for: .ec2) == region)
    }

    @Test(arguments: [
        ("us-east-1", "us-east-1"), ("eu-west-1", "us-east-1"), ("cn-north-1", "cn-northwest-1"),
        ("us-gov-east-1", "us-gov-west-1")
    ])
    func eachPartitionHasAGlobalRegion(_ region: String, _ global: String) {
        #expect(EndpointResolver.globalRegion(of: region) == global)
    }

    @Test func chinaRegionsUseTheirSuffix() throws {
        #expect(try resolve(.ec2, region: "cn-north-1").url.absoluteString == "https://ec2.cn-north-1.amazonaws.com.cn")
    }

    @Test(arguments: [
        (AWSService.cloudFront, "cn-north-1", "https://cloudfront.cn-northwest-1.amazonaws.com.cn", "cn-northwest-1"),
        (.costExplorer, "cn-north-1", "https://ce.cn-northwest-1.amazonaws.com.cn", "cn-northwest-1"),
        (.iam, "cn-northwest-1", "https://iam.cn-north-1.amazonaws.com.cn", "cn-north-1"),
        (.iam, "us-gov-east-1", "https://iam.us-gov.amazonaws.com", "us-gov-west-1"),
        (.costExplorer, "us-gov-east-1", "https://ce.us-gov-west-1.amazonaws.com", "us-gov-west-1"),
        (.sts, "us-gov-west-1", "https://sts.us-gov-west-1.amazonaws.com", "us-gov-west-1")
    ])
    func globalServicesFollowTheirPartition(_ service: AWSService, _ region: String, _ url: String, _ signing: String)
        throws
    {
        let endpoint = try resolve(service, region: region)
        #expect(endpoint.url.absoluteString == url)
        #expect(endpoint.signingRegion == signing)
    }

    @Test(arguments: [
        (
            AWSService.autoScaling, "us-east-1", ["AWS_USE_FIPS_ENDPOINT": "true"],
            "https://autoscaling-fips.us-east-1.amazonaws.com"
        ),
        (.autoScaling, "us-east-1", ["AWS_USE_DUALSTACK_ENDPOINT": "TRUE"], "https://autoscaling.us-east-1.api.aws"),
        (
            .autoScaling, "us-east-1", ["AWS_USE_FIPS_ENDPOINT": "true", "AWS_USE_DUALSTACK_ENDPOINT": "true"],
            "https://autoscaling-fips.us-east-1.api.aws"
        ),
        (
            .autoScaling, "us-gov-west-1", ["AWS_USE_FIPS_ENDPOINT": "true"],
            "https://autoscaling.us-gov-west-1.amazonaws.com"
        ),
        (
            .ec2, "cn-north-1", ["AWS_USE_DUALSTACK_ENDPOINT": "true"],
            "https://ec2.cn-north-1.api.amazonwebservices.com.cn"
        ),
        (.iam, "eu-west-1", ["AWS_USE_FIPS_ENDPOINT": "true"], "https://iam-fips.amazonaws.com"),
        (.rds, "us-east-1", ["AWS_USE_FIPS_ENDPOINT": "yes"], "https://rds.us-east-1.amazonaws.com")
    ])
    func fipsAndDualStackFromTheEnvironment(
        _ service: AWSService, _ region: String, _ env: [String: String], _ url: String
    ) throws {
        #expect(try resolve(service, region: region, env).url.absoluteString == url)
    }

    @Test func aConfiguredURLWinsOverFIPSAndDualStackAsInBotocore() throws {
        let env = ["AWS_USE_FIPS_ENDPOINT": "true", "AWS_USE_DUALSTACK_ENDPOINT": "true"]
        let endpoint = try resolve(.cloudFront, flag: "http://127.0.0.1:4566", env)
        #expect(endpoint.url.absoluteString == "http://127.0.0.1:4566")
        #expect(endpoint.signingRegion == "us-east-1")
    }

    @Test(arguments: [
        (AWSService.autoScaling, "AWS_ENDPOINT_URL_AUTO_SCALING"),
        (.elasticLoadBalancingV2, "AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2"),
        (.cloudWatch, "AWS_ENDPOINT_URL_CLOUDWATCH"),
        (.rds, "AWS_ENDPOINT_URL_RDS"),
        (.ec2, "AWS_ENDPOINT_URL_EC2"),
        (.sts, "AWS_ENDPOINT_URL_STS"),
        (.cloudFront, "AWS_ENDPOINT_URL_CLOUDFRONT"),
        (.costExplorer, "AWS_ENDPOINT_URL_COST_EXPLORER"),
        (.pricing, "AWS_ENDPOINT_URL_PRICING"),
        (.iam, "AWS_ENDPOINT_URL_IAM"),
        (.sso, "AWS_ENDPOINT_URL_SSO"),
        (.ssoOIDC, "AWS_ENDPOINT_URL_SSO_OIDC"),
        (.serviceQuotas, "AWS_ENDPOINT_URL_SERVICE_QUOTAS")
    ])
    func perServiceVariableNames(_ service: AWSService, _ variable: String) throws {
        #expect(service.environmentSuffix == String(variable.dropFirst("AWS_ENDPOINT_URL_".count)))
        let endpoint = try resolve(
            service, [variable: "http://127.0.0.1:5001", "AWS_ENDPOINT_URL": "http://127.0.0.1:5000"])
        #expect(endpoint.url.absoluteString == "http://127.0.0.1:5001")
        #expect(endpoint.source == variable)
    }

    @Test func precedenceIsFlagThenServiceThenGlobal() throws {
        let env = ["AWS_ENDPOINT_URL_EC2": "http://svc:1", "AWS_ENDPOINT_URL": "http://all:2"]
        #expect(try resolve(.ec2, flag: "http://flag:3", env).url.absoluteString == "http://flag:3")
        #expect(try resolve(.ec2, env).url.absoluteString == "http://svc:1")
        #expect(try resolve(.rds, env).url.absoluteString == "http://all:2")
        #expect(try resolve(.rds, env).signingRegion == "eu-west-1")
        #expect(try resolve(.cloudFront, env).signingRegion == "us-east-1")
    }

    @Test func ignoreConfiguredEndpointsTurnsVariablesOff() throws {
        let env = ["AWS_ENDPOINT_URL": "http://all:2", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true"]
        #expect(try resolve(.rds, env).source == "default")
        #expect(try resolve(.rds, flag: "http://flag:3", env).source == "--endpoint-url")
    }

    @Test func badOverridesAndRegionsAreNamed() {
        #expect(throws: EndpointError.invalidURL(source: "AWS_ENDPOINT_URL", value: "localhost:5000")) {
            try resolve(.rds, ["AWS_ENDPOINT_URL": "localhost:5000"])
        }
        #expect(throws: EndpointError.invalidRegion("")) { try resolve(.rds, region: "") }
        #expect(throws: EndpointError.invalidRegion("../evil")) { try resolve(.rds, region: "../evil") }
    }
}
