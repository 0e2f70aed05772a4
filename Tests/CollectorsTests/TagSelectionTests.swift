import Collectors
import DashboardModel
import Foundation
import Testing

/// `--tag KEY=VALUE` selects what carries the tag, of every kind: Auto Scaling groups, load
/// balancers and target groups (DescribeTags), databases (TagList), distributions (ListTagsForResource).
@Suite struct TagSelectionTests {
    @Test func theShopsTagSelectsTheShopAmongTwentyOtherServices() async throws {
        let account = SimulatedAccount(selection: Selection(tags: ["app": "shop"]), extraServices: 20)
        guard case let .autoScaling(groups) = await account.collector.poll(.autoScaling),
            case let .targetHealth(targetGroups) = await account.collector.poll(.targetHealth),
            case let .databases(databases, _) = await account.collector.poll(.databases),
            case let .distributions(distributions) = await account.collector.poll(.distributions)
        else {
            for source in [DataSource.autoScaling, .targetHealth, .databases, .distributions] {
                Issue.record("\(source): \(await account.collector.poll(source))")
            }
            return
        }
        #expect(groups.map(\.name) == ["web-asg"])
        #expect(targetGroups.map(\.name) == ["shop-web-tg"])
        #expect(databases.map(\.id) == ["shop-db"])
        #expect(distributions.count == 1)
    }

    @Test func aTagOnlyAnotherServicesTargetGroupCarriesSelectsJustThat() async throws {
        let account = SimulatedAccount(selection: Selection(tags: ["app": "svc-3"]), extraServices: 20)
        _ = await account.collector.poll(.autoScaling)
        guard case let .targetHealth(targetGroups) = await account.collector.poll(.targetHealth),
            case let .databases(databases, _) = await account.collector.poll(.databases),
            case let .distributions(distributions) = await account.collector.poll(.distributions)
        else {
            Issue.record("a poll failed")
            return
        }
        #expect(targetGroups.map(\.name) == ["svc-0003-tg"])
        #expect(databases.isEmpty && distributions.isEmpty)
    }
}
