import DashboardModel
import Foundation
import Testing

/// The selection moves over the rows the filter lets through, in every panel, as the panels draw them.
@Suite struct VisibleRowTests {
    func database(_ id: String) -> DatabaseStatus {
        DatabaseStatus(
            id: id, region: "us-east-1", engine: "postgres", status: "available", multiAZ: false,
            primaryZone: "us-east-1a",
            secondaryZone: nil)
    }

    func state() -> DashboardState {
        var state = DashboardState(start: Fixtures.start)
        _ = state.apply(
            .polled(
                .databases, .databases(["shop-db", "shop-db-replica", "audit-db"].map(database), events: []),
                Fixtures.at(1)))
        _ = state.apply(
            .polled(
                .distributions,
                .distributions(
                    ["E1SHOP", "E2SHOP", "E3MEDIA"].map {
                        DistributionStatus(
                            id: $0, domainName: "\($0.lowercased()).cloudfront.net", additionalMetricsEnabled: false)
                    }), Fixtures.at(1)))
        return state
    }

    func filterThenMoveDown(in panel: PanelID, filter: String, downs: Int) -> Interaction {
        let state = state()
        var interaction = Interaction(keyMap: .standard(readOnly: true), readOnly: true)
        let keys: [KeyPress] = [.character("/")] + filter.map { KeyPress.character($0) } + [.enter]
        for key in keys { _ = interaction.handle(key, state: state) }
        while interaction.view.focus != panel { _ = interaction.handle(.tab, state: state) }
        for _ in 0..<downs { _ = interaction.handle(.down, state: state) }
        return interaction
    }

    @Test func databaseSelectionStopsAtTheLastRowTheFilterShows() {
        let interaction = filterThenMoveDown(in: .databases, filter: "shop", downs: 5)
        #expect(interaction.view.selected(.databases) == 1, "two databases match 'shop'")
        #expect(interaction.view.rowCount(.databases, in: state()) == 2)
    }

    @Test func distributionSelectionStopsAtTheLastRowTheFilterShows() {
        let interaction = filterThenMoveDown(in: .cloudFront, filter: "media", downs: 3)
        #expect(interaction.view.selected(.cloudFront) == 0, "one distribution matches 'media' (by its domain name)")
        #expect(interaction.view.rowCount(.cloudFront, in: state()) == 1)
    }
}
