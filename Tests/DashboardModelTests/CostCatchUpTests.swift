import DashboardModel
import Foundation
import Testing

/// Prices are for the types in use: the first loads of groups and databases ask for a cost poll.
@Suite struct CostCatchUpTests {
    let intervals: [DataSource: Double] = [.autoScaling: 5, .databases: 15, .cost: 3_600]

    @Test func aFirstLoadOfGroupsPollsCostOnceAndAgainAfterARunningCostPoll() {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        #expect(state.apply(.tick(Fixtures.start)) == [.poll(.autoScaling), .poll(.databases), .poll(.cost)])
        // The first cost poll is running and knows no instance type yet.
        #expect(state.apply(.polled(.autoScaling, .autoScaling([Fixtures.group()]), Fixtures.at(1))).isEmpty)
        #expect(
            state.apply(.polled(.cost, .cost(CostActuals(monthToDate: 1, today: 1), prices: nil), Fixtures.at(2))) == [
                .poll(.cost)
            ])
        #expect(
            state.apply(.polled(.cost, .cost(CostActuals(monthToDate: 1, today: 1), prices: nil), Fixtures.at(3)))
                .isEmpty)
        #expect(state.apply(.polled(.databases, .databases([], events: []), Fixtures.at(4))) == [.poll(.cost)])
        _ = state.apply(.polled(.cost, .cost(CostActuals(monthToDate: 1, today: 1), prices: nil), Fixtures.at(5)))
        #expect(
            state.apply(.polled(.autoScaling, .autoScaling([Fixtures.group()]), Fixtures.at(10))).isEmpty,
            "only the first load")
    }

    @Test func freshPricesReplaceTheBundledTableAndCarryTheirSource() {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        #expect(state.cost.priceSource == .bundled)
        let table = PriceTable(prices: ["ec2:m5.large": 0.1], source: .cachedPricingAPI)
        _ = state.apply(
            .polled(
                .cost, .cost(CostActuals(monthToDate: 1, today: 1, fetchedAt: Fixtures.at(-600)), prices: table),
                Fixtures.at(1)))
        #expect(state.cost.priceSource == .cachedPricingAPI)
        #expect(state.cost.actualsFetchedAt == Fixtures.at(-600), "the age of Cost Explorer's figures, not of the poll")
    }

    @Test func pricesArrivingApartReplaceTheBundledTableWithoutAPoll() {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        _ = state.apply(.tick(Fixtures.start))
        // Cost Explorer answered without prices: the bundled table stays, marked.
        _ = state.apply(.polled(.cost, .cost(CostActuals(monthToDate: 1, today: 1), prices: nil), Fixtures.at(1)))
        #expect(state.cost.priceSource == .bundled)
        let table = PriceTable(prices: ["ec2:m5.large": 0.1], source: .pricingAPI)
        #expect(state.apply(.priced(table, Fixtures.at(2))).isEmpty)
        #expect(state.cost.priceSource == .pricingAPI)
        #expect(state.scheduler.isPolling(.cost) == false, "prices are not a poll")
    }
}
