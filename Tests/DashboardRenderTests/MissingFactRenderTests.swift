import DashboardModel
import DashboardRender
import Foundation
import Testing

/// A fact an optional call could not learn is said where it would be shown, with the call and why.
@Suite struct MissingFactRenderTests {
    static let denied = MissingFact(
        fact: .scalingPolicies, scope: "us-east-1",
        failure: SourceFailure(
            kind: .accessDenied,
            message:
                "Auto Scaling DescribePolicies: AccessDenied (HTTP 403): User: arn:aws:sts::1:assumed-role/r/i is not authorized",
            action: "autoscaling:DescribePolicies"))

    @Test func deniedPoliciesAreSaidUnderTheGroup() {
        var state = LaunchDayFixture.state()
        var groups = state.groups.value ?? []
        for index in groups.indices { groups[index].policies = []; groups[index].policiesKnown = false }
        _ = state.apply(
            .polled(.autoScaling, .partial(.autoScaling(groups), missing: [Self.denied]), LaunchDayFixture.at(61)))
        let text = DashboardRenderer.render(state, context: LaunchDayFixture.context(), width: 120, height: 40).text
        #expect(text.contains("policies unknown: autoscaling:DescribePolicies denied"), "\(text)")
        #expect(state.groups.failure == nil, "the panel itself did not fail")
        #expect(state.errorLog.last?.failure.action == "autoscaling:DescribePolicies")
        let logged = state.errorLog.count
        _ = state.apply(
            .polled(.autoScaling, .partial(.autoScaling(groups), missing: [Self.denied]), LaunchDayFixture.at(66)))
        #expect(state.errorLog.count == logged, "a fact still missing is logged once")
        _ = state.apply(.polled(.autoScaling, .autoScaling(groups), LaunchDayFixture.at(71)))
        #expect(state.missing[.autoScaling]?.isEmpty == true, "a full poll clears it")
    }
}
