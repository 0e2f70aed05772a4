import AWSCore
import AWSServices
import AWSSigV4
import CurlTransport
import Foundation
import TestSupport
import Testing

/// The transport the integration tests send through: the production one, libcurl's.
let sharedIntegrationTransport = CurlTransport()

/// The transport the integration tests send through.
func integrationTransport() -> any HTTPTransport {
    sharedIntegrationTransport
}

/// A moto server with signature checking on, an IAM user with an allow-all policy, and a client
/// signing with that user's key: every request after the first four is verified by moto.
struct MotoAccount {
    let server: MotoServer
    let client: AWSClient
    let accessKeyID: String
    let secretAccessKey: String

    /// The four free requests: CreateUser, CreatePolicy, AttachUserPolicy, CreateAccessKey.
    static let freeRequests = 4

    static func start() async throws -> MotoAccount {
        let server = try await MotoServer.start(freeRequests: freeRequests)
        let bootstrap = client(
            server, FixedCredentialProvider(accessKeyID: "AKIDBOOTSTRAP", secretAccessKey: "bootstrap"))
        _ = try await bootstrap.send(RawQueryOperation(.iam, "CreateUser", [("UserName", "flightdeck")]))
        let policy = try await bootstrap.send(
            RawQueryOperation(
                .iam, "CreatePolicy",
                [
                    ("PolicyName", "allow-all"),
                    (
                        "PolicyDocument",
                        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#
                    )
                ]))
        let policyARN = try #require(policy.descendant("Policy", "Arn")?.trimmedText)
        _ = try await bootstrap.send(
            RawQueryOperation(.iam, "AttachUserPolicy", [("UserName", "flightdeck"), ("PolicyArn", policyARN)]))
        let key = try await bootstrap.send(RawQueryOperation(.iam, "CreateAccessKey", [("UserName", "flightdeck")]))
        let id = try #require(key.descendant("AccessKey", "AccessKeyId")?.trimmedText)
        let secret = try #require(key.descendant("AccessKey", "SecretAccessKey")?.trimmedText)
        return MotoAccount(
            server: server, client: client(server, FixedCredentialProvider(accessKeyID: id, secretAccessKey: secret)),
            accessKeyID: id, secretAccessKey: secret)
    }

    /// A client for `server` in us-east-1 with `credentials`, retrying at most once.
    static func client(
        _ server: MotoServer, _ credentials: any CredentialProvider,
        transport: any HTTPTransport = integrationTransport()
    ) -> AWSClient {
        AWSClient(
            endpoints: EndpointResolver(
                region: "us-east-1", environment: ["AWS_ENDPOINT_URL": server.endpoint.absoluteString]),
            credentials: credentials, transport: transport, retryPolicy: RetryPolicy(maxAttempts: 2),
            timeout: 20)
    }

    /// A client of this account whose caller may not use `denied` (refused as AWS refuses, before moto sees them).
    func client(denying denied: Set<String>) -> AWSClient {
        Self.client(
            server, FixedCredentialProvider(accessKeyID: accessKeyID, secretAccessKey: secretAccessKey),
            transport: DenyingTransport(integrationTransport(), denying: denied))
    }

    /// What the launch-day seed created.
    struct Seed {
        var groupName = "web"
        var targetGroupARN = ""
        var loadBalancerARN = ""
        var subnets: [String] = []
    }

    /// Seeds an ASG from a launch template behind an ALB target group, a Multi-AZ database, an
    /// account alias and Cost Explorer results, all through signed (and verified) requests.
    func seed() async throws -> Seed {
        var seed = Seed()
        let subnetSet = try await client.send(RawQueryOperation(.ec2, "DescribeSubnets"))
        let subnets = subnetSet.list("subnetSet", member: "item")
        seed.subnets = subnets.prefix(2).compactMap { $0.string("subnetId") }
        let vpc = try #require(subnets.first?.string("vpcId"))
        _ = try await client.send(
            RawQueryOperation(
                .ec2, "CreateLaunchTemplate",
                [
                    ("LaunchTemplateName", "web"), ("LaunchTemplateData.ImageId", "ami-12c6146b"),
                    ("LaunchTemplateData.InstanceType", "t3.micro")
                ]))
        let group = try await client.send(
            RawQueryOperation(
                .elasticLoadBalancingV2, "CreateTargetGroup",
                [
                    ("Name", "web-tg"), ("Protocol", "HTTP"), ("Port", "80"), ("VpcId", vpc)
                ]))
        seed.targetGroupARN = try #require(group.list("TargetGroups").first?.string("TargetGroupArn"))
        var balancerParameters = [("Name", "web-alb"), ("Type", "application")]
        for (index, subnet) in seed.subnets.enumerated() {
            balancerParameters.append(("Subnets.member.\(index + 1)", subnet))
        }
        let balancer = try await client.send(
            RawQueryOperation(.elasticLoadBalancingV2, "CreateLoadBalancer", balancerParameters))
        seed.loadBalancerARN = try #require(balancer.list("LoadBalancers").first?.string("LoadBalancerArn"))
        _ = try await client.send(
            RawQueryOperation(
                .elasticLoadBalancingV2, "CreateListener",
                [
                    ("LoadBalancerArn", seed.loadBalancerARN), ("Protocol", "HTTP"), ("Port", "80"),
                    ("DefaultActions.member.1.Type", "forward"),
                    ("DefaultActions.member.1.TargetGroupArn", seed.targetGroupARN)
                ]))
        _ = try await client.send(
            RawQueryOperation(
                .autoScaling, "CreateAutoScalingGroup",
                [
                    ("AutoScalingGroupName", seed.groupName), ("MinSize", "1"), ("MaxSize", "4"),
                    ("DesiredCapacity", "2"),
                    ("LaunchTemplate.LaunchTemplateName", "web"),
                    ("VPCZoneIdentifier", seed.subnets.joined(separator: ",")),
                    ("TargetGroupARNs.member.1", seed.targetGroupARN)
                ]))
        _ = try await client.send(
            RawQueryOperation(
                .rds, "CreateDBInstance",
                [
                    ("DBInstanceIdentifier", "orders-db"), ("DBInstanceClass", "db.r6g.large"), ("Engine", "postgres"),
                    ("MasterUsername", "admin"), ("MasterUserPassword", "not-a-secret-1"), ("AllocatedStorage", "20"),
                    ("MultiAZ", "true")
                ]))
        _ = try await client.send(RawQueryOperation(.iam, "CreateAccountAlias", [("AccountAlias", "launch-day")]))
        let results =
            #"{"results":[{"ResultsByTime":[{"TimePeriod":{"Start":"2026-11-01","End":"2026-11-02"},"Total":{"UnblendedCost":{"Amount":"12.5","Unit":"USD"}},"Groups":[],"Estimated":false}]}]}"#
        let url = try #require(
            URL(string: server.endpoint.absoluteString + "/moto-api/static/ce/cost-and-usage-results"))
        let reply = try await integrationTransport().send(
            HTTPRequest(
                method: "POST", url: url,
                headers: [HTTPHeader("Content-Type", "application/json")],
                body: Array(results.utf8)))
        #expect(reply.status == 201)
        return seed
    }
}
