import Collectors
import DashboardModel
import Foundation
import TestSupport
import Testing

/// `flightdeck doctor`'s probe: each action tried once, against a role scoped down in front of the simulator.
@Suite struct AccessProbeTests {
    func outcomes(denying denied: Set<String>, selection: Selection = Selection()) async -> [String: AccessCheck
        .Outcome]
    {
        let account = SimulatedAccount(selection: selection, denying: denied)
        let checks = await AccessProbe(collector: account.collector).run()
        return Dictionary(uniqueKeysWithValues: checks.map { ($0.use.action, $0.outcome) })
    }

    @Test func everyReadIsAllowedWithEveryPermissionAndScalingIsNeverTried() async {
        let outcomes = await outcomes(denying: [])
        for use in IAMCatalog.uses {
            switch use.use {
            case .required, .optional:
                #expect(outcomes[use.action] == .allowed, "\(use.action): \(String(describing: outcomes[use.action]))")
            case .withTags: #expect(outcomes[use.action] == .notTried("not used with this selection (no --tag)"))
            case .scaling: #expect(outcomes[use.action] == .notTried("not tried: it changes the group"))
            }
        }
    }

    @Test func aDeniedActionIsReportedWithAWSsMessageAndOnlyIt() async {
        let outcomes = await outcomes(denying: ["rds:DescribeEvents", "autoscaling:DescribeAutoScalingGroups"])
        guard case let .denied(message)? = outcomes["rds:DescribeEvents"] else {
            Issue.record("rds:DescribeEvents: \(String(describing: outcomes["rds:DescribeEvents"]))")
            return
        }
        #expect(message.contains(DenyingTransport.principal) && message.contains("rds:DescribeEvents"))
        if case .denied? = outcomes["autoscaling:DescribeAutoScalingGroups"] {
        } else {
            Issue.record("the group list was not denied")
        }
        #expect(outcomes["rds:DescribeDBInstances"] == .allowed)
        #expect(outcomes.values.filter { if case .denied = $0 { return true } else { return false } }.count == 2)
    }

    @Test(arguments: [
        "pricing:GetProducts", "ec2:DescribeInstances", "cloudfront:GetMonitoringSubscription",
        "cloudwatch:GetMetricData"
    ])
    func aRefusalInEachProtocolReadsAsDenied(_ action: String) async {
        // JSON 1.1 AccessDeniedException, EC2 UnauthorizedOperation, CloudFront's and query's AccessDenied.
        let outcomes = await outcomes(denying: [action])
        guard case let .denied(message)? = outcomes[action] else {
            Issue.record("\(action): \(String(describing: outcomes[action]))")
            return
        }
        #expect(message.contains("is not authorized to perform: \(action)"))
    }

    @Test func tagReadsAreTriedWhenTheSelectionUsesTags() async {
        let outcomes = await outcomes(
            denying: ["cloudfront:ListTagsForResource"], selection: Selection(tags: ["team": "shop"]))
        #expect(outcomes["elasticloadbalancing:DescribeTags"] == .allowed)
        if case .denied? = outcomes["cloudfront:ListTagsForResource"] {
        } else {
            Issue.record("the tag read was not tried")
        }
    }
}
