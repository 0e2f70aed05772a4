import AWSCore
import AWSServices
import Testing

@Suite struct EC2Tests {
    @Test func encodesIdsAndFiltersTheEC2Way() throws {
        let operation = EC2.DescribeInstances(
            instanceIDs: ["i-1", "i-2"],
            filters: [QueryFilter(name: "instance-state-name", values: ["running", "pending"])])
        #expect(
            try formParameters(operation) == [
                "Action": "DescribeInstances", "Version": "2016-11-15", "InstanceId.1": "i-1", "InstanceId.2": "i-2",
                "Filter.1.Name": "instance-state-name", "Filter.1.Value.1": "running", "Filter.1.Value.2": "pending"
            ])
    }

    @Test func decodesInstancesAcrossReservations() throws {
        let page = try Fixture.decode(EC2.DescribeInstances(), "EC2/DescribeInstances.xml")
        #expect(page.instances.count == 3)
        for instance in page.instances {
            #expect(instance.id.hasPrefix("i-"))
            #expect(instance.state == "running")
            #expect(instance.instanceType == "t3.micro")
            #expect(instance.availabilityZone?.hasPrefix("us-east-1") == true)
            #expect(instance.privateIPAddress != nil)
            #expect(instance.launchTime != nil)
        }
        #expect(try Fixture.decode(EC2.DescribeInstances(), "EC2/DescribeInstances-empty.xml").instances.isEmpty)
    }

    @Test func decodesTheEC2ErrorShape() throws {
        let error = try Fixture.error(EC2.DescribeInstances(), "EC2/DescribeInstances-notfound.xml")
        #expect(error.code == "InvalidInstanceID.NotFound")
        #expect(error.category == .notFound)
        #expect(error.requestID?.isEmpty == false)
    }

    @Test func decodesZones() throws {
        let zones = try Fixture.decode(EC2.DescribeAvailabilityZones(), "EC2/DescribeAvailabilityZones.xml")
        #expect(zones.count >= 3)
        #expect(zones.first?.name == "us-east-1a")
        #expect(zones.allSatisfy { $0.state == "available" && $0.regionName == "us-east-1" && $0.zoneID != nil })
    }
}
