import Foundation

extension LaunchDayModel {
    /// The shop's two alarms as they are set up: the target group's 5xx count and the group's CPU.
    static func initialAlarms(_ config: ShopConfiguration) -> [SimAlarm] {
        [
            SimAlarm(
                name: "\(config.targetGroupName)-5xx-high", namespace: "AWS/ApplicationELB",
                metricName: "HTTPCode_Target_5XX_Count",
                dimensions: ["TargetGroup": config.targetGroupDimension, "LoadBalancer": config.loadBalancerDimension],
                threshold: 100),
            SimAlarm(
                name: "\(config.groupName)-cpu-high", namespace: "AWS/EC2", metricName: "CPUUtilization",
                dimensions: ["AutoScalingGroupName": config.groupName], threshold: 85)
        ]
    }

    /// Evaluates each alarm on the minute just ended (5xx: its sum; CPU: its average), as CloudWatch
    /// does once a period, noting when and why a state changes.
    mutating func evaluateAlarms(minute5xx: Double, minuteCPU: Double) {
        for index in alarms.indices {
            let value = alarms[index].metricName == "CPUUtilization" ? minuteCPU : minute5xx
            let breaching = value > alarms[index].threshold
            let state: SimAlarm.State = breaching ? .alarm : .ok
            guard state != alarms[index].state else { continue }
            let shown = (value * 100).rounded() / 100
            alarms[index].reason =
                "Threshold Crossed: 1 datapoint [\(shown) (\(timestamp(now - 60)))] was "
                + (breaching ? "greater than" : "not greater than") + " the threshold (\(alarms[index].threshold))."
            alarms[index].state = state
            alarms[index].since = now
        }
    }
}
