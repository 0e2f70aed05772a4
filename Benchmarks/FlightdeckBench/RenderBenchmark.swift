import DashboardModel
import DashboardRender
import Foundation

/// Frame time with many Auto Scaling groups, against a baseline of a few groups in the same run.
enum RenderBenchmark {
    static func state(groups count: Int) -> DashboardState {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        var state = DashboardState(start: start)
        let zones = ["us-east-1a", "us-east-1b", "us-east-1c"]
        for step in 0..<60 {
            let groups = (0..<count).map { index in
                AutoScalingGroupStatus(
                    name: "group-\(index)", region: "us-east-1", min: 2, max: 20, desired: 4 + (index + step) % 6,
                    zones: zones,
                    instances: (0..<6).map {
                        InstanceStatus(
                            id: "i-\(index)-\($0)", zone: zones[$0 % 3], lifecycle: $0 < 5 ? .inService : .pending,
                            healthy: true, instanceType: "m5.large")
                    })
            }
            _ = state.apply(.polled(.autoScaling, .autoScaling(groups), start.addingTimeInterval(Double(step) * 5)))
        }
        let targetGroups = (0..<count).map { index in
            TargetGroupHealth(
                name: "tg-\(index)", arn: "arn:tg/\(index)", loadBalancerName: "alb-\(index % 10)",
                loadBalancerARN: "arn:lb/\(index % 10)",
                region: "us-east-1",
                targets: (0..<6).map {
                    TargetStatus(
                        id: "i-\(index)-\($0)", zone: zones[$0 % 3], state: $0 == 5 ? .unhealthy : .healthy,
                        reason: $0 == 5 ? "Target.Timeout" : nil)
                },
                enabledZones: zones)
        }
        _ = state.apply(.polled(.targetHealth, .targetHealth(targetGroups), start.addingTimeInterval(300)))
        return state
    }

    static func run() {
        print("== render (issue 6): one frame of the dashboard into a cell buffer")
        let context = RenderContext(
            header: HeaderInfo(account: "123456789012", regions: ["us-east-1"]),
            now: Date(timeIntervalSince1970: 1_800_000_400))
        let small = state(groups: 10)
        let large = state(groups: 1_000)
        for (width, height) in [(120, 40), (200, 60)] {
            let baseline = Measure.milliseconds {
                _ = DashboardRenderer.render(small, context: context, width: width, height: height)
            }
            let frame = Measure.milliseconds {
                _ = DashboardRenderer.render(large, context: context, width: width, height: height)
            }
            Measure.report("frame, 10 groups, \(width)x\(height) (baseline)", baseline.median, unit: "ms")
            Measure.report(
                "frame, 1,000 groups, \(width)x\(height)", frame.median, unit: "ms",
                baseline: ("10 groups", baseline.median), target: (5, "under"))
        }
        let first = DashboardRenderer.render(large, context: context, width: 120, height: 40)
        var next = large
        _ = next.apply(.tick(Date(timeIntervalSince1970: 1_800_000_405)))
        var steady = context
        steady.now = Date(timeIntervalSince1970: 1_800_000_405)
        let second = DashboardRenderer.render(next, context: steady, width: 120, height: 40)
        let changed = second.changes(since: first)
        let bytes = changed.reduce(0) { $0 + $1.text.utf8.count + 8 }
        let full = first.changes(since: nil).reduce(0) { $0 + $1.text.utf8.count + 8 }
        Measure.report(
            "changed cells' text per steady refresh, 120x40", Double(bytes), unit: "B",
            baseline: ("full repaint", Double(full)), target: (4_096, "under"))
    }
}
