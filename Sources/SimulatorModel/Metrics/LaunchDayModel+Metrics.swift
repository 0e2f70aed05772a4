/// What the model publishes to CloudWatch each simulated second.
extension LaunchDayModel {
    /// The dimensions of the ALB's own metrics.
    public var loadBalancerDimensions: [MetricKey.Dimension] {
        [.init("LoadBalancer", config.loadBalancerDimension)]
    }
    /// The dimensions of the target group's metrics.
    public var targetGroupDimensions: [MetricKey.Dimension] {
        [.init("LoadBalancer", config.loadBalancerDimension), .init("TargetGroup", config.targetGroupDimension)]
    }
    /// The dimensions of the distribution's metrics.
    public var distributionDimensions: [MetricKey.Dimension] {
        [.init("DistributionId", config.distributionID), .init("Region", "Global")]
    }
    /// The dimensions of the group's EC2 metrics.
    public var groupDimensions: [MetricKey.Dimension] {
        [.init("AutoScalingGroupName", config.groupName)]
    }

    /// Records one second of every series.
    mutating func recordMetrics() {
        let elb = "AWS/ApplicationELB"
        let t = now
        for dims in [loadBalancerDimensions, targetGroupDimensions] {
            metrics.record(MetricKey(elb, "RequestCount", dims), load.originRequestsPerSecond, at: t)
            if load.target5xxPerSecond > 0 {
                metrics.record(MetricKey(elb, "HTTPCode_Target_5XX_Count", dims), load.target5xxPerSecond, at: t)
            }
            if load.responseTime > 0 {
                metrics.record(MetricKey(elb, "TargetResponseTime", dims), load.responseTime, at: t)
            }
        }
        if load.elb5xxPerSecond > 0 {
            metrics.record(
                MetricKey(elb, "HTTPCode_ELB_5XX_Count", loadBalancerDimensions), load.elb5xxPerSecond, at: t)
        }
        let registered = group.instances.filter { $0.target != nil && $0.target?.state != .draining }
        let healthy = registered.filter { $0.target?.state == .healthy }
        let unhealthy = registered.filter { $0.target?.state == .unhealthy }
        metrics.record(MetricKey(elb, "HealthyHostCount", targetGroupDimensions), Double(healthy.count), at: t)
        metrics.record(MetricKey(elb, "UnHealthyHostCount", targetGroupDimensions), Double(unhealthy.count), at: t)
        for zone in config.zones {
            let dims = targetGroupDimensions + [.init("AvailabilityZone", zone)]
            metrics.record(
                MetricKey(elb, "HealthyHostCount", dims), Double(healthy.filter { $0.zone == zone }.count), at: t)
            metrics.record(
                MetricKey(elb, "UnHealthyHostCount", dims), Double(unhealthy.filter { $0.zone == zone }.count), at: t)
        }

        let cf = "AWS/CloudFront"
        let viewer = load.viewerRequestsPerSecond
        let errorRate = viewer > 0 ? (load.target5xxPerSecond + load.elb5xxPerSecond) / viewer * 100 : 0
        metrics.record(MetricKey(cf, "Requests", distributionDimensions), viewer, at: t)
        metrics.record(
            MetricKey(cf, "BytesDownloaded", distributionDimensions), viewer * traffic.bytesPerRequest, at: t)
        metrics.record(MetricKey(cf, "CacheHitRate", distributionDimensions), distribution.hitRatio * 100, at: t)
        metrics.record(MetricKey(cf, "5xxErrorRate", distributionDimensions), errorRate, at: t)
        metrics.record(MetricKey(cf, "4xxErrorRate", distributionDimensions), 0.4, at: t)
        metrics.record(MetricKey(cf, "TotalErrorRate", distributionDimensions), errorRate + 0.4, at: t)

        let running = group.instances.filter { $0.lifecycle == .inService }
        if !running.isEmpty {
            metrics.record(MetricKey("AWS/EC2", "CPUUtilization", groupDimensions), load.averageCPU, at: t)
        }
        for instance in running {
            metrics.record(
                MetricKey("AWS/EC2", "CPUUtilization", [.init("InstanceId", instance.id)]), instance.cpu, at: t)
        }
        metrics.record(
            MetricKey("AWS/AutoScaling", "GroupDesiredCapacity", groupDimensions), Double(group.desiredCapacity), at: t)
        metrics.record(
            MetricKey("AWS/AutoScaling", "GroupInServiceInstances", groupDimensions), Double(running.count), at: t)
    }
}
