import DashboardModel
import DashboardRender
import Testing

/// Where panels go: content-sized above the timeline on larger screens, shared out when it does not fit.
@Suite struct PanelLayoutTests {
    static let area = Rect(x: 0, y: 1, width: 120, height: 38)

    /// What a small shop asks for: one group, one target group, one distribution, one database.
    static let smallShop: [PanelID: Int] = [.autoScaling: 6, .loadBalancers: 5, .cloudFront: 5, .databases: 4, .cost: 8]

    @Test func rowsAreSharedExactlyWhenEverythingFits() {
        #expect(PanelLayout.share(20, among: [6, 5]) == [6, 14])
        #expect(PanelLayout.share(17, among: [5, 4, 8]) == [5, 4, 8])
    }

    @Test func smallAsksAreMetFirstWhenRowsRunShort() {
        #expect(PanelLayout.share(30, among: [4002, 5]) == [25, 5])
        #expect(PanelLayout.share(30, among: [100, 8, 60]) == [11, 8, 11])
        #expect(PanelLayout.share(7, among: [10, 10]) == [4, 3])
        #expect(PanelLayout.share(5, among: []) == [])
    }

    @Test func aSmallShopLeavesTheRestOfTheScreenToTheTimeline() {
        var wanted = Self.smallShop
        wanted[.databases] = 4 + 6
        let rects = PanelLayout.rects(in: Self.area, zoomed: nil, wanted: wanted)
        let right = 5 + 10 + 8
        #expect(rects[.cloudFront]?.height == 5 && rects[.databases]?.height == 10 && rects[.cost]?.height == 8)
        #expect(rects[.autoScaling]?.height == 6)
        #expect(rects[.loadBalancers]?.height == right - 6, "the shorter column's last panel takes its slack")
        #expect(rects[.events] == Rect(x: 0, y: 1 + right, width: 120, height: 38 - right))
        Self.expectTiled(rects)
    }

    @Test func thePanelsKeepHalfTheScreenWhenTheyWantLess() {
        let rects = PanelLayout.rects(in: Self.area, zoomed: nil, wanted: Self.smallShop)
        #expect(rects[.events]?.height == 38 / 2)
        #expect(rects[.cost]?.height == 38 / 2 - 5 - 4)
        Self.expectTiled(rects)
    }

    @Test func aThousandGroupsStillLeaveAFifthToTheTimeline() {
        var wanted = Self.smallShop
        wanted[.autoScaling] = 2 + 1_000 * 4
        let rects = PanelLayout.rects(in: Self.area, zoomed: nil, wanted: wanted)
        #expect(rects[.events]?.height == 38 / 5)
        #expect(rects[.loadBalancers]?.height == 5, "the small panel keeps what it asked for")
        #expect(rects[.autoScaling]?.height == 38 - 38 / 5 - 5)
        Self.expectTiled(rects)
    }

    @Test func panelsWaitingForDataStillGetAFrameWithRoomInIt() {
        let rects = PanelLayout.rects(in: Self.area, zoomed: nil, wanted: [:])
        for panel in PanelID.allCases {
            #expect((rects[panel]?.height ?? 0) >= 4, "\(panel)")
        }
        Self.expectTiled(rects)
    }

    @Test func theSmallestWideScreenStillTiles() {
        let area = Rect(x: 0, y: 1, width: 110, height: PanelLayout.minimumHeight - 2)
        Self.expectTiled(PanelLayout.rects(in: area, zoomed: nil, wanted: Self.smallShop), area: area)
    }

    /// Every cell of the area belongs to exactly one panel.
    static func expectTiled(
        _ rects: [PanelID: Rect], area: Rect = area, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var covered = Array(repeating: 0, count: area.width * area.height)
        for rect in rects.values {
            for y in rect.y..<(rect.y + rect.height) {
                for x in rect.x..<(rect.x + rect.width)
                where x >= area.x && x < area.x + area.width && y >= area.y && y < area.y + area.height {
                    covered[(y - area.y) * area.width + (x - area.x)] += 1
                }
            }
        }
        #expect(covered.allSatisfy { $0 == 1 }, "cells covered \(Set(covered)) times", sourceLocation: sourceLocation)
    }
}
