import AWSCore
import Collectors
import DashboardModel
import Foundation
import TestSupport
import Testing

/// A scoped-down role against moto, an independent AWS API: each optional read denied in front of
/// it costs only its facts; the groups and databases moto holds stay on the dashboard.
@Suite(.serialized, .enabled(if: MotoServer.shouldRun, "moto_server is not installed (set CI=true to require it)"))
struct LeastPrivilegeMotoTests {
    @Test func eachDeniedOptionalReadCostsOnlyItsFacts() async throws {
        let account = try await MotoAccount.start()
        let seed = try await account.seed()
        let cases: [(action: String, source: DataSource, fact: MissingFact.Fact)] = [
            ("autoscaling:DescribePolicies", .autoScaling, .scalingPolicies),
            ("autoscaling:DescribeScalingActivities", .autoScaling, .scalingActivities),
            ("autoscaling:DescribeScheduledActions", .autoScaling, .scheduledActions),
            ("rds:DescribeEvents", .databases, .databaseEvents),
            ("rds:DescribeDBClusters", .databases, .auroraClusters)
        ]
        for denied in cases {
            let client = account.client(denying: [denied.action])
            let collector = Collector(
                clients: CollectorClients(regional: [(region: "us-east-1", client: client)], global: client),
                selection: Selection())
            let groups = await collector.poll(.autoScaling)
            let databases = await collector.poll(.databases)
            guard case let .autoScaling(groupList) = groups.parts.result,
                case let .databases(databaseList, _) = databases.parts.result
            else {
                Issue.record("\(denied.action): a panel failed: \(groups) \(databases)")
                continue
            }
            #expect(groupList.map(\.name) == [seed.groupName], "\(denied.action): the group stays")
            #expect(databaseList.map(\.id) == ["orders-db"], "\(denied.action): the database stays")
            let missing = (denied.source == .autoScaling ? groups : databases).parts.missing
            #expect(missing.map(\.fact) == [denied.fact], "\(denied.action)")
            #expect(missing.first?.failure.action == denied.action && missing.first?.failure.kind == .accessDenied)
            let other = (denied.source == .autoScaling ? databases : groups).parts.missing
            #expect(other.isEmpty, "\(denied.action) costs nothing in the other panel")
        }
    }

    @Test func aDeniedListCallFailsItsPanelNamingTheAction() async throws {
        let account = try await MotoAccount.start()
        _ = try await account.seed()
        let client = account.client(denying: ["autoscaling:DescribeAutoScalingGroups"])
        let collector = Collector(
            clients: CollectorClients(regional: [(region: "us-east-1", client: client)], global: client),
            selection: Selection())
        guard case let .failed(failure) = await collector.poll(.autoScaling) else {
            Issue.record("the groups cannot be listed without DescribeAutoScalingGroups")
            return
        }
        #expect(failure.kind == .accessDenied && failure.action == "autoscaling:DescribeAutoScalingGroups")
        #expect(failure.message.contains("is not authorized to perform: autoscaling:DescribeAutoScalingGroups"))
        guard case .databases = await collector.poll(.databases).parts.result else {
            Issue.record("the databases do not depend on Auto Scaling")
            return
        }
    }
}
