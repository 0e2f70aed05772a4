import AWSCore
import AWSServices
import Testing

@Suite struct ELBv2Tests {
    @Test func decodesLoadBalancersAndTargetGroups() throws {
        let balancers = try Fixture.decode(ELBv2.DescribeLoadBalancers(), "ELBv2/DescribeLoadBalancers.xml")
        let alb = try #require(balancers.loadBalancers.first)
        #expect(alb.name == "web-alb")
        #expect(alb.type == "application")
        #expect(alb.scheme == "internet-facing")
        #expect(alb.state == "active")
        #expect(alb.availabilityZones.count == 2)
        #expect(
            try Fixture.decode(ELBv2.DescribeLoadBalancers(), "ELBv2/DescribeLoadBalancers-empty.xml").loadBalancers
                .isEmpty)

        let groups = try Fixture.decode(
            ELBv2.DescribeTargetGroups(loadBalancerARN: alb.arn), "ELBv2/DescribeTargetGroups.xml")
        let group = try #require(groups.targetGroups.first)
        #expect(group.name == "web-tg")
        #expect(group.port == 80)
        #expect(group.protocol == "HTTP")
        #expect(group.healthCheckPath == "/health")
        #expect(group.loadBalancerARNs == [alb.arn])
    }

    @Test func decodesTargetHealth() throws {
        let operation = ELBv2.DescribeTargetHealth(targetGroupARN: "arn:tg")
        #expect(try formParameters(operation)["TargetGroupArn"] == "arn:tg")
        let targets = try Fixture.decode(operation, "ELBv2/DescribeTargetHealth.xml")
        #expect(targets.count == 4) // the ASG registered its 4th instance after SetDesiredCapacity(4)
        #expect(targets.allSatisfy { $0.state == "healthy" && $0.targetID.hasPrefix("i-") && $0.port == 80 })
        let error = try Fixture.error(operation, "ELBv2/DescribeTargetHealth-notfound.xml")
        #expect(error.code == "TargetGroupNotFound")
        #expect(error.category == .notFound)
    }

    @Test func paginatesByMarker() throws {
        let next = ELBv2.DescribeLoadBalancers(pageSize: 10).withPageToken("m2")
        #expect(try formParameters(next)["Marker"] == "m2")
        #expect(try formParameters(next)["PageSize"] == "10")
    }
}
