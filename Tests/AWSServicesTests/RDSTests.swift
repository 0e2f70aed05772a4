import AWSCore
import AWSServices
import Testing

@Suite struct RDSTests {
    @Test func encodesFiltersAndCategoriesWithTheirLocationNames() throws {
        let events = RDS.DescribeEvents(sourceType: "db-instance", duration: 60, categories: ["failover"])
        #expect(
            try formParameters(events) == [
                "Action": "DescribeEvents", "Version": "2014-10-31", "SourceType": "db-instance",
                "Duration": "60", "EventCategories.EventCategory.1": "failover"
            ])
        let instances = RDS.DescribeDBInstances(filters: [QueryFilter(name: "db-cluster-id", values: ["a", "b"])])
        #expect(
            try formParameters(instances) == [
                "Action": "DescribeDBInstances", "Version": "2014-10-31",
                "Filters.Filter.1.Name": "db-cluster-id",
                "Filters.Filter.1.Values.Value.1": "a", "Filters.Filter.1.Values.Value.2": "b"
            ])
    }

    @Test func decodesTheMultiAZInstance() throws {
        let page = try Fixture.decode(RDS.DescribeDBInstances(identifier: "orders-db"), "RDS/DescribeDBInstances.xml")
        let db = try #require(page.instances.first)
        #expect(db.identifier == "orders-db")
        #expect(db.multiAZ)
        #expect(db.status == "available")
        #expect(db.availabilityZone == "us-east-1a")
        #expect(db.secondaryAvailabilityZone == nil) // moto does not model the standby's zone
        #expect(db.engine == "postgres")
        #expect(db.endpointPort == 5432)
        #expect(try Fixture.decode(RDS.DescribeDBInstances(), "RDS/DescribeDBInstances-empty.xml").instances.isEmpty)
        let error = try Fixture.error(
            RDS.DescribeDBInstances(identifier: "missing-db"), "RDS/DescribeDBInstances-notfound.xml")
        #expect(error.code == "DBInstanceNotFound")
        #expect(error.status == 404)
        #expect(error.category == .notFound)
        #expect(error.message == "DBInstance missing-db not found.")
    }

    @Test func decodesClusterMembers() throws {
        let page = try Fixture.decode(RDS.DescribeDBClusters(identifier: "orders-aurora"), "RDS/DescribeDBClusters.xml")
        let cluster = try #require(page.clusters.first)
        #expect(cluster.identifier == "orders-aurora")
        #expect(cluster.status == "available")
        #expect(cluster.members == [.init(instanceIdentifier: "orders-aurora-1", isWriter: true, promotionTier: 1)])
        #expect(!cluster.availabilityZones.isEmpty)
        #expect(cluster.tags == ["app": "orders"])
        #expect(try Fixture.decode(RDS.DescribeDBClusters(), "RDS/DescribeDBClusters-empty.xml").clusters.isEmpty)
    }

    @Test func decodesEvents() throws {
        let page = try Fixture.decode(RDS.DescribeEvents(duration: 1_440), "RDS/DescribeEvents.xml")
        #expect(page.events.count >= 5)
        #expect(page.events.contains { $0.message == "DB instance created" && $0.sourceType == "db-instance" })
        #expect(page.events.allSatisfy { !$0.categories.isEmpty })
        #expect(try Fixture.decode(RDS.DescribeEvents(), "RDS/DescribeEvents-empty.xml").events.isEmpty)
    }
}
