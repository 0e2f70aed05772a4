import AWSCore
import AWSServices
import Foundation
import TestSupport
import Testing

/// Every call Flightdeck makes, against moto with signature checking on: moto verifies each
/// request's SigV4 signature. CloudFront is left out: moto rejects even correct CloudFront GETs in
/// auth mode (a moto bug, see AWS-NOTES.md), so its signing is checked against the SigV4 suite.
@Suite(.serialized, .enabled(if: MotoServer.shouldRun, "moto_server is not installed (set CI=true to require it)"))
struct SignedCallsTests {
    @Test func everyReadCallIsSignedAcceptedAndDecoded() async throws {
        let account = try await MotoAccount.start()
        defer { account.server.stop() }
        let seed = try await account.seed()
        let client = account.client

        let groups = try await client.sendAll(AutoScaling.DescribeAutoScalingGroups(names: [seed.groupName]))
        let group = try #require(groups.items.first)
        #expect(!groups.truncated)
        #expect(group.desiredCapacity == 2)
        #expect(group.instances.count == 2)
        #expect(group.targetGroupARNs == [seed.targetGroupARN])
        _ = try await client.sendAll(AutoScaling.DescribeScalingActivities(groupName: seed.groupName))
        #expect(try await client.sendAll(AutoScaling.DescribePolicies(groupName: seed.groupName)).items.isEmpty)

        let balancers = try await client.sendAll(ELBv2.DescribeLoadBalancers())
        #expect(balancers.items.map(\.name) == ["web-alb"])
        let targetGroups = try await client.sendAll(ELBv2.DescribeTargetGroups(loadBalancerARN: seed.loadBalancerARN))
        #expect(targetGroups.items.map(\.arn) == [seed.targetGroupARN])
        let tags = try await client.send(ELBv2.DescribeTags(resourceARNs: [seed.loadBalancerARN, seed.targetGroupARN]))
        #expect(Set(tags.keys) == [seed.loadBalancerARN, seed.targetGroupARN], "moto answers DescribeTags for both")
        let health = try await client.send(ELBv2.DescribeTargetHealth(targetGroupARN: seed.targetGroupARN))
        #expect(Set(health.map(\.targetID)) == Set(group.instances.map(\.instanceID)))

        let instances = try await client.sendAll(EC2.DescribeInstances(instanceIDs: group.instances.map(\.instanceID)))
        #expect(instances.items.count == 2)
        #expect(instances.items.allSatisfy { $0.availabilityZone != nil })
        let zones = try await client.send(EC2.DescribeAvailabilityZones())
        #expect(zones.contains { $0.name == "us-east-1a" })

        let now = Date()
        let metrics = try await client.metricData(
            [
                CloudWatch.MetricDataQuery(
                    id: "healthy",
                    source: .metric(
                        namespace: "AWS/ApplicationELB", metricName: "HealthyHostCount",
                        dimensions: [.init("TargetGroup", "targetgroup/web-tg/x")],
                        period: 60, stat: "Average", unit: nil))
            ], start: now.addingTimeInterval(-600), end: now)
        #expect(metrics.results.map(\.id) == ["healthy"])
        #expect(metrics.calls == 1)

        let databases = try await client.sendAll(RDS.DescribeDBInstances())
        #expect(databases.items.map(\.identifier) == ["orders-db"])
        #expect(databases.items.first?.multiAZ == true)
        _ = try await client.sendAll(RDS.DescribeDBClusters())
        _ = try await client.sendAll(RDS.DescribeEvents(sourceType: "db-instance", duration: 60))

        let costs = try await client.sendAll(
            CostExplorer.GetCostAndUsage(period: .init(start: "2026-11-01", end: "2026-11-02")))
        #expect(costs.items.first?.total["UnblendedCost"]?.value == 12.5)

        let identity = try await client.send(STS.GetCallerIdentity())
        #expect(identity.arn.hasSuffix(":user/flightdeck"))
        let role = try await client.send(
            STS.AssumeRole(
                roleARN: "arn:aws:iam::\(identity.account):role/launch",
                sessionName: "flightdeck"))
        #expect(role.signing.accessKeyID.hasPrefix("ASIA"))
        #expect(try await client.sendAll(IAM.ListAccountAliases()).items == ["launch-day"])
    }

    @Test func theVCPUQuotaCallsAreSignedAndAnsweredAsMotoCan() async throws {
        let account = try await MotoAccount.start()
        defer { account.server.stop() }
        _ = try await account.seed()
        let client = account.client
        // moto's Service Quotas knows VPC quotas only: EC2's answers NoSuchResourceException, as in
        // accounts with no applied value (GetAWSDefaultServiceQuota is not in moto at all).
        let vpc = try await client.send(ServiceQuotas.GetServiceQuota(serviceCode: "vpc", quotaCode: "L-F678F1CE"))
        #expect(vpc.quota?.value == 5 && vpc.quota?.quotaName == "VPCs per Region")
        await #expect(throws: AWSError.self) { try await client.send(ServiceQuotas.GetServiceQuota()) }
        do {
            _ = try await client.send(ServiceQuotas.GetServiceQuota())
        } catch let error as AWSError {
            #expect(error.code == "NoSuchResourceException" && error.category == .notFound)
        }
        let running = try await client.sendAll(
            EC2.DescribeInstances(
                filters: [QueryFilter(name: "instance-state-name", values: ["pending", "running"])], maxResults: 1000))
        #expect(running.items.count >= 2)
        let types = Set(running.items.compactMap(\.instanceType))
        let vcpus = try await client.sendAll(EC2.DescribeInstanceTypes(instanceTypes: types.sorted()))
        #expect(Set(vcpus.items.map(\.instanceType)) == types)
        #expect(vcpus.items.allSatisfy { $0.defaultVCPUs > 0 })
    }

    @Test func scalingCallsAreSignedAndApplied() async throws {
        let account = try await MotoAccount.start()
        defer { account.server.stop() }
        let seed = try await account.seed()
        _ = try await account.client.send(
            AutoScaling.UpdateAutoScalingGroup(groupName: seed.groupName, minSize: 1, maxSize: 6))
        _ = try await account.client.send(AutoScaling.SetDesiredCapacity(groupName: seed.groupName, desiredCapacity: 3))
        let group = try #require(
            try await account.client.send(AutoScaling.DescribeAutoScalingGroups(names: [seed.groupName])).groups.first)
        #expect((group.minSize, group.maxSize, group.desiredCapacity) == (1, 6, 3))
    }

    @Test func aWrongSecretIsRefusedByMoto() async throws {
        let account = try await MotoAccount.start()
        defer { account.server.stop() }
        let wrong = MotoAccount.client(
            account.server,
            FixedCredentialProvider(
                accessKeyID: account.accessKeyID,
                secretAccessKey: "not-the-secret"))
        let error = try await #require(throws: AWSError.self) { try await wrong.send(STS.GetCallerIdentity()) }
        #expect(error.code == "SignatureDoesNotMatch")
        #expect(error.status == 403)
        #expect(error.category == .invalidCredentials)
        #expect(!"\(error)".contains("not-the-secret"))
        let unknown = MotoAccount.client(
            account.server,
            FixedCredentialProvider(
                accessKeyID: "AKIDUNKNOWN0000000000",
                secretAccessKey: "x"))
        let refused = try await #require(throws: AWSError.self) {
            try await unknown.send(AutoScaling.DescribeAutoScalingGroups())
        }
        #expect(refused.category == .invalidCredentials)
    }
}
