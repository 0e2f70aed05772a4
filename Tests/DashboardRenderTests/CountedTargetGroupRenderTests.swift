import DashboardModel
import Foundation
import Testing

@testable import DashboardRender

/// A target group shown from CloudWatch's counts says so, and one whose health is unknown shows `?`.
@Suite struct CountedTargetGroupRenderTests {
    let minute = Date(timeIntervalSince1970: 1_800_000_060)

    @Test func theDetailOfACountedTargetGroupNamesTheMinuteAndListsNoTarget() {
        let group = TargetGroupHealth(
            name: "svc-tg", arn: "arn:tg/svc", loadBalancerName: "alb", loadBalancerARN: "arn:lb/alb",
            region: "us-east-1", counts: [ZoneTargetCounts(zone: "us-east-1b", healthy: 3, unhealthy: 1)],
            minute: minute, enabledZones: ["us-east-1a", "us-east-1b"])
        let detail = LoadBalancerPanel.detail(group)
        #expect(detail.heading == "svc-tg: CloudWatch's counts at 08:01 UTC (targets not listed)")
        #expect(detail.items.map { $0.map(\.text).joined() } == ["us-east-1b 3 healthy 1 unhealthy"])
    }

    @Test func anUnknownTargetGroupIsDrawnWithQuestionMarksNotAsEmpty() {
        var state = DashboardState(start: minute)
        let listed = TargetGroupHealth(
            name: "web-tg", arn: "arn:tg/web", loadBalancerName: "alb", loadBalancerARN: "arn:lb/alb",
            region: "us-east-1", targets: [TargetStatus(id: "i-1", zone: "us-east-1a", state: .healthy)],
            enabledZones: ["us-east-1a"])
        let unknown = TargetGroupHealth(
            unknown: "new-tg", arn: "arn:tg/new", loadBalancerName: "alb", loadBalancerARN: "arn:lb/alb",
            region: "us-east-1")
        _ = state.apply(.polled(.targetHealth, .targetHealth([listed, unknown]), minute))
        var buffer = CellBuffer(width: 60, height: 6)
        LoadBalancerPanel.draw(
            state, context: LaunchDayFixture.context(), into: &buffer, rect: Rect(x: 0, y: 0, width: 60, height: 6))
        let lines = (0..<6).map { buffer.line($0) }
        let row = lines.first { $0.contains("new-tg") } ?? ""
        #expect(row.contains("?"), "\(lines)")
        #expect(!row.contains(" - "), "not drawn as a zone without targets: \(row)")
    }
}
