import DashboardModel
import Foundation

/// Small builders for model tests.
enum Fixtures {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    static func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }

    static func group(
        name: String = "web-asg", min: Int = 2, max: Int = 20, desired: Int = 4,
        instances: [(String, InstanceLifecycle, Bool)] = [("a", .inService, true), ("b", .inService, true)],
        activities: [ScalingActivity] = [], policies: [ScalingPolicySummary] = []
    ) -> AutoScalingGroupStatus {
        AutoScalingGroupStatus(
            name: name, region: "us-east-1", min: min, max: max, desired: desired,
            zones: ["us-east-1a", "us-east-1b", "us-east-1c"],
            instances: instances.enumerated().map { index, item in
                InstanceStatus(
                    id: "i-\(index)", zone: "us-east-1\(item.0)", lifecycle: item.1, healthy: item.2,
                    instanceType: "m5.large")
            },
            activities: activities, policies: policies)
    }

    static func targetGroup(_ targets: [(String, TargetState, String?)]) -> TargetGroupHealth {
        TargetGroupHealth(
            name: "web-tg", arn: "arn:tg/web-tg", loadBalancerName: "web-alb", loadBalancerARN: "arn:lb/web-alb",
            region: "us-east-1",
            targets: targets.enumerated().map { index, item in
                TargetStatus(id: "i-\(index)", port: 80, zone: "us-east-1\(item.0)", state: item.1, reason: item.2)
            },
            enabledZones: ["us-east-1a", "us-east-1b", "us-east-1c"])
    }

    static func database(
        primary: String? = "us-east-1a", secondary: String? = "us-east-1b", status: String = "available"
    ) -> DatabaseStatus {
        DatabaseStatus(
            id: "shop-db", region: "us-east-1", engine: "postgres", instanceClass: "db.r5.large", status: status,
            multiAZ: true, primaryZone: primary, secondaryZone: secondary)
    }

    static func event(_ code: String, at seconds: Double) -> DatabaseEvent {
        DatabaseEvent(sourceID: "shop-db", date: at(seconds), code: code, message: "event \(code)")
    }
}
