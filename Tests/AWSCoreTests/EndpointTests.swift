import AWSCore
import AWSSigV4
import Foundation
import Testing

@Suite struct EndpointTests {
    func resolve(_ service: AWSService, region: String = "eu-west-1", flag: String? = nil,
                 _ environment: [String: String] = [:]) throws -> Endpoint {
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
        (.pricing, "https://api.pricing.us-east-1.amazonaws.com", "us-east-1"),
        (.sso, "https://portal.sso.eu-west-1.amazonaws.com", "eu-west-1"),
        (.ssoOIDC, "https://oidc.eu-west-1.amazonaws.com", "eu-west-1"),
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

    @Test func chinaRegionsUseTheirSuffix() throws {
        #expect(try resolve(.ec2, region: "cn-north-1").url.absoluteString == "https://ec2.cn-north-1.amazonaws.com.cn")
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
    ])
    func perServiceVariableNames(_ service: AWSService, _ variable: String) throws {
        #expect(service.environmentSuffix == String(variable.dropFirst("AWS_ENDPOINT_URL_".count)))
        let endpoint = try resolve(service, [variable: "http://127.0.0.1:5001", "AWS_ENDPOINT_URL": "http://127.0.0.1:5000"])
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
