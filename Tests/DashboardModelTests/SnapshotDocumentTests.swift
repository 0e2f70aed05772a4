import DashboardModel
import DashboardRender
import Foundation
import Testing

@Suite struct SnapshotDocumentTests {
    func state() -> DashboardState {
        var state = DashboardState(start: Fixtures.start)
        _ = state.apply(.polled(.autoScaling, .autoScaling([Fixtures.group()]), Fixtures.at(1)))
        _ = state.apply(
            .polled(
                .targetHealth,
                .targetHealth([Fixtures.targetGroup([("a", .healthy, nil), ("b", .unhealthy, "Target.Timeout")])]),
                Fixtures.at(1)))
        _ = state.apply(
            .polled(
                .distributions,
                .distributions([
                    DistributionStatus(id: "E1", domainName: "d1.cloudfront.net", additionalMetricsEnabled: false)
                ]), Fixtures.at(1)))
        _ = state.apply(.polled(.databases, .databases([Fixtures.database()], events: []), Fixtures.at(1)))
        _ = state.apply(
            .polled(
                .cost,
                .failed(SourceFailure(kind: .accessDenied, message: "AccessDeniedException: ce:GetCostAndUsage")),
                Fixtures.at(2)))
        return state
    }

    @Test func jsonHasTheDocumentedFieldsWithNullsForUnknowns() throws {
        let document = SnapshotDocument(
            state: state(), account: "123456789012", regions: ["us-east-1"], now: Fixtures.at(3))
        let json = try document.json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "takenAt", "account", "regions", "zones", "autoScalingGroups", "loadBalancers", "distributions",
                "databases", "cost", "alerts", "alarms", "vcpuQuota", "errors", "credentials"
            ])
        #expect(object["alarms"] is NSNull, "alarms never read are null, not an empty list")
        #expect(object["vcpuQuota"] is NSNull, "a quota never read is null")
        #expect(object["credentials"] is NSNull, "no chain reported: null")
        let group = try #require((object["autoScalingGroups"] as? [[String: Any]])?.first)
        #expect(
            Set(group.keys).isSuperset(of: [
                "name", "region", "min", "max", "desired", "inService", "pending", "terminating",
                "unhealthy", "instancesByZone"
            ]))
        #expect((group["instancesByZone"] as? [String: Int]) == ["us-east-1a": 1, "us-east-1b": 1, "us-east-1c": 0])
        #expect((group["scheduledActions"] as? [Any])?.isEmpty == true, "read, and none: an empty list")
        let distribution = try #require((object["distributions"] as? [[String: Any]])?.first)
        #expect(distribution["hitRatio"] is NSNull, "an unknown hit ratio is null, never a guess")
        #expect(
            (distribution["hitRatioSource"] as? String)?.hasPrefix("unavailable: CloudFront additional metrics are off")
                == true)
        let database = try #require((object["databases"] as? [[String: Any]])?.first)
        #expect((database["failover"] as? [String: Any])?["state"] as? String == "none")
        #expect((database["failover"] as? [String: Any])?["startedAt"] is NSNull)
        let zones = try #require(
            ((object["loadBalancers"] as? [[String: Any]])?.first?["targetGroups"] as? [[String: Any]])?.first?["zones"]
                as? [[String: Any]])
        #expect(zones.map { $0["zone"] as? String } == ["us-east-1a", "us-east-1b", "us-east-1c"])
        let errors = try #require(object["errors"] as? [[String: Any]])
        #expect(errors.count == 1)
        #expect(Set(errors.first?.keys.map { $0 } ?? []) == ["source", "message", "action", "kind", "fact", "scope"])
        #expect(errors.first?["source"] as? String == "cost" && errors.first?["kind"] as? String == "denied")
        #expect(errors.first?["message"] as? String == "AccessDeniedException: ce:GetCostAndUsage")
        #expect(
            errors.first?["fact"] is NSNull && errors.first?["action"] is NSNull,
            "a whole source, failed without a named call")
        #expect(object["takenAt"] as? String == "2027-01-15T08:00:03Z")
        #expect((object["cost"] as? [String: Any])?["monthToDate"] is NSNull)
        let lines = try #require((object["cost"] as? [String: Any])?["lines"] as? [[String: Any]])
        #expect(lines.first?["item"] as? String == "db.r5.large Multi-AZ", "the largest first: \(lines)")
        #expect(lines.allSatisfy { Set($0.keys) == ["item", "quantity", "unitPerHour", "perHour"] })
    }

    @Test func zonesCarryConditionCountsDatabasesAndTheOutagesStart() throws {
        var state = state()
        _ = state.apply(
            .polled(
                .targetHealth, .targetHealth([Fixtures.targetGroup([("a", .healthy, nil), ("b", .draining, nil)])]),
                Fixtures.at(2)))
        let json = try SnapshotDocument(state: state, account: nil, regions: ["us-east-1"], now: Fixtures.at(3)).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let zones = try #require(object["zones"] as? [[String: Any]])
        #expect(zones.map { $0["zone"] as? String } == ["us-east-1a", "us-east-1b", "us-east-1c"])
        #expect(
            zones.allSatisfy {
                Set($0.keys) == [
                    "region", "zone", "condition", "instances", "targets", "databases", "downSince", "wasTargets"
                ]
            })
        #expect(zones.map { $0["condition"] as? String } == ["ok", "down", "ok"])
        let b = zones[1]
        #expect(b["region"] as? String == "us-east-1")
        #expect(
            b["downSince"] as? String == "2027-01-15T08:00:01Z", "down since the first poll without a healthy target")
        #expect(b["wasTargets"] is NSNull, "it was never seen serving: unknown, not 0")
        #expect((b["targets"] as? [String: Int]) == ["healthy": 0, "unhealthy": 0, "draining": 1, "initial": 0])
        #expect((b["instances"] as? [String: Int]) == ["inService": 1, "pending": 0, "unhealthy": 0])
        #expect((b["databases"] as? [String: [String]]) == ["primary": [], "standby": ["shop-db"]])
        #expect(zones[0]["downSince"] is NSNull)

        let empty = try SnapshotDocument(
            state: DashboardState(start: Fixtures.start), account: nil, regions: [], now: Fixtures.at(3)
        ).json()
        #expect((try JSONSerialization.jsonObject(with: Data(empty.utf8)) as? [String: Any])?["zones"] as? [Any] != nil)
    }

    @Test func decodingWhatWasEncodedGivesTheSameDocument() throws {
        let document = SnapshotDocument(state: state(), account: nil, regions: ["us-east-1"], now: Fixtures.at(3))
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        #expect(try decoder.decode(SnapshotDocument.self, from: Data(try document.json().utf8)) == document)
    }

    @Test func scheduledActionsAreListedNextFirstAndNullWhenUnread() throws {
        var group = Fixtures.group()
        group.scheduledActions = [
            ScheduledActionSummary(name: "later", time: Fixtures.at(7_200), min: 2),
            ScheduledActionSummary(name: "prewarm", time: Fixtures.at(3_600), min: 6, desired: 6)
        ]
        var state = DashboardState(start: Fixtures.start)
        _ = state.apply(.polled(.autoScaling, .autoScaling([group]), Fixtures.at(1)))
        let json = try SnapshotDocument(state: state, account: nil, regions: ["us-east-1"], now: Fixtures.at(2)).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let actions = try #require(
            (object["autoScalingGroups"] as? [[String: Any]])?.first?["scheduledActions"] as? [[String: Any]])
        #expect(actions.map { $0["name"] as? String } == ["prewarm", "later"])
        #expect(actions.first?["time"] as? String == "2027-01-15T09:00:00Z")
        #expect(
            actions.first?["max"] is NSNull && actions.first?["recurrence"] is NSNull
                && actions.first?["desired"] as? Int == 6)

        group.scheduledActions = []
        group.scheduledActionsKnown = false
        _ = state.apply(.polled(.autoScaling, .autoScaling([group]), Fixtures.at(3)))
        let unread = try SnapshotDocument(
            state: state, account: nil, regions: ["us-east-1"], now: Fixtures.at(4)
        )
        .json()
        let again = try #require(try JSONSerialization.jsonObject(with: Data(unread.utf8)) as? [String: Any])
        #expect(
            (again["autoScalingGroups"] as? [[String: Any]])?.first?["scheduledActions"] is NSNull,
            "unknown, never an empty list")
    }
}
