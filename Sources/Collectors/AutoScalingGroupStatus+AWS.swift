import AWSServices
import DashboardModel

extension AutoScalingGroupStatus {
    /// The dashboard's view of a `DescribeAutoScalingGroups` group in `region`.
    public init(
        _ group: AutoScaling.Group, region: String, activities: [ScalingActivity] = [],
        policies: [ScalingPolicySummary] = [],
        policiesKnown: Bool = true
    ) {
        self.init(
            name: group.name, region: region, min: group.minSize, max: group.maxSize, desired: group.desiredCapacity,
            zones: group.availabilityZones,
            instances: group.instances.map {
                InstanceStatus(
                    id: $0.instanceID, zone: $0.availabilityZone,
                    lifecycle: InstanceLifecycle(awsState: $0.lifecycleState),
                    healthy: $0.healthStatus.lowercased() == "healthy", instanceType: $0.instanceType)
            },
            activities: activities, policies: policies, policiesKnown: policiesKnown,
            targetGroupARNs: group.targetGroupARNs,
            suspendedProcesses: group.suspendedProcesses, hasWarmPool: group.hasWarmPool)
    }
}
