import DashboardModel
import Foundation
import Testing

@testable import DashboardRender

/// The vCPU quota on the Auto Scaling panel's edge, and the room it leaves in the scaling confirmation.
@Suite struct VCPUQuotaRenderTests {
    /// The launch-day state (web-asg at 9 m5.large, worker-asg at 3 c5.large) with a quota of `quota`
    /// and 26 vCPUs running outside the groups.
    static func state(quota: Int? = 64, missing: [MissingFact] = []) -> DashboardState {
        var state = LaunchDayFixture.state()
        var snapshot = state.metrics.value ?? MetricsSnapshot(values: [:])
        snapshot.vcpuQuotas = [
            VCPUQuotaReading(
                region: "us-east-1", quota: quota, source: quota == nil ? nil : .applied, inUse: 50,
                inUseByGroup: ["web-asg": 18, "worker-asg": 6], vcpusByType: ["m5.large": 2, "c5.large": 2])
        ]
        let result: PollResult = missing.isEmpty ? .metrics(snapshot) : .partial(.metrics(snapshot), missing: missing)
        _ = state.apply(.polled(.metrics, result, LaunchDayFixture.at(60)))
        return state
    }

    /// The top edge of the Auto Scaling panel.
    static func edge(_ buffer: CellBuffer, height: Int) -> (row: Int, text: String)? {
        (0..<height).first { buffer.line($0).contains(" Auto Scaling ") }.map { ($0, buffer.line($0)) }
    }

    @Test(arguments: [(80, 24), (120, 40), (160, 48), (200, 50)])
    func theEdgeSaysTheQuotaWholeAndWarnsWhenTheGroupsAtMaxDoNotFit(_ width: Int, _ height: Int) throws {
        let state = Self.state()
        let buffer = DashboardRenderer.render(state, context: LaunchDayFixture.context(), width: width, height: height)
        let (row, text) = try #require(Self.edge(buffer, height: height))
        let headroom = try #require(state.tightestVCPUHeadroom)
        #expect(headroom.inUse == 50 && headroom.neededAtMax == 22 && headroom.overAtMax == 8)
        let form = try #require(
            VCPUQuotaLine.variants(headroom).first { text.contains(" \($0) ") }, "\(width) columns: \(text)")
        #expect(form.contains("50") && form.contains("64"), "in use and quota are never cut: \(form)")
        let start = try #require(text.range(of: form)).lowerBound.utf16Offset(in: text)
        #expect(buffer[start, row].style.role == .warning)
        #expect(state.alerts.contains { $0.code == "vcpu-quota-short" })
    }

    @Test func aWideEdgeSaysItInFullAndAQuotaWithRoomIsQuiet() throws {
        let wide = DashboardRenderer.render(Self.state(), context: LaunchDayFixture.context(), width: 240, height: 50)
        #expect(
            Self.edge(wide, height: 50)?.text.contains(
                "vCPU quota 64, in use 50; the watched groups at max need 22 more: 8 over") == true)
        let roomy = Self.state(quota: 128)
        let buffer = DashboardRenderer.render(roomy, context: LaunchDayFixture.context(), width: 240, height: 50)
        let (row, text) = try #require(Self.edge(buffer, height: 50))
        #expect(text.contains("vCPU quota 128, in use 50; the watched groups at max need 22 more"), "\(text)")
        #expect(!text.contains("over"))
        let start = try #require(text.range(of: "vCPU quota")).lowerBound.utf16Offset(in: text)
        #expect(buffer[start, row].style.role == .muted)
    }

    @Test func aDeniedQuotaCostsOnlyTheQuotaAndTheEdgeSaysWhy() throws {
        let denied = MissingFact(
            fact: .vcpuQuota, scope: "us-east-1",
            failure: SourceFailure(
                kind: .accessDenied,
                message:
                    "Service Quotas GetServiceQuota: AccessDeniedException (HTTP 400): User: arn:aws:sts::1:assumed-role/r/i is not authorized",
                action: "servicequotas:GetServiceQuota"))
        let state = Self.state(quota: nil, missing: [denied])
        let buffer = DashboardRenderer.render(state, context: LaunchDayFixture.context(), width: 240, height: 50)
        #expect(
            Self.edge(buffer, height: 50)?.text.contains(
                "vCPU in use 50; quota unknown: servicequotas:GetServiceQuota denied") == true)
        #expect(!state.alerts.contains { $0.code == "vcpu-quota-short" })
        #expect(state.metrics.failure == nil, "CloudWatch's figures stand")
        let plain = DashboardRenderer.render(
            LaunchDayFixture.state(), context: LaunchDayFixture.context(), width: 240, height: 50)
        #expect(Self.edge(plain, height: 50)?.text.contains("vCPU") == false, "nothing read, nothing said")
    }

    @Test func theConfirmationShowsHowManyInstancesFit() throws {
        let state = Self.state()
        var interaction = Interaction(keyMap: .standard(readOnly: false), readOnly: false)
        for key in [KeyPress.character("8"), .character("+")] { _ = interaction.handle(key, state: state) }
        var context = LaunchDayFixture.context()
        context.view = interaction.view
        let text = DashboardRenderer.render(state, context: context, width: 120, height: 40).text
        #expect(text.contains("vCPU quota 64, in use 50: 7 more m5.large fit"), "\(text)")
        #expect(text.contains("the vCPU quota holds 7 more m5.large, not 8"), "\(text)")
    }
}
