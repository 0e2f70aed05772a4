import AWSCore
import Foundation

extension AutoScaling {
    /// One Auto Scaling group, as `DescribeAutoScalingGroups` reports it.
    public struct Group: Sendable, Equatable {
        /// The group name.
        public var name: String
        /// The group ARN.
        public var arn: String?
        /// Minimum size.
        public var minSize: Int
        /// Maximum size.
        public var maxSize: Int
        /// Desired capacity.
        public var desiredCapacity: Int
        /// Default cooldown, in seconds.
        public var defaultCooldown: Int?
        /// The group's Availability Zones.
        public var availabilityZones: [String]
        /// ARNs of the target groups the group registers with.
        public var targetGroupARNs: [String]
        /// Names of the classic load balancers the group registers with.
        public var loadBalancerNames: [String]
        /// `EC2` or `ELB`.
        public var healthCheckType: String?
        /// The health-check grace period, in seconds.
        public var healthCheckGracePeriod: Int?
        /// The instances.
        public var instances: [Instance]
        /// When the group was created.
        public var createdTime: Date?
        /// Set while the group is being deleted (`Delete in progress`).
        public var status: String?
        /// Suspended processes, e.g. `Launch` or `AZRebalance`.
        public var suspendedProcesses: [String]
        /// Comma-separated subnet ids.
        public var vpcZoneIdentifier: String?
        /// The launch template, if the group uses one directly.
        public var launchTemplate: LaunchTemplate?
        /// The launch configuration name, if the group uses one.
        public var launchConfigurationName: String?
        /// The group's tags, by key.
        public var tags: [String: String]
        /// Whether the group has a warm pool (`WarmPoolConfiguration`).
        public var hasWarmPool: Bool

        /// Decodes a `<member>` of `AutoScalingGroups`.
        public init(xml node: XMLNode) throws {
            name = try node.requiredString("AutoScalingGroupName")
            arn = node.string("AutoScalingGroupARN")
            minSize = try node.requiredInt("MinSize")
            maxSize = try node.requiredInt("MaxSize")
            desiredCapacity = try node.requiredInt("DesiredCapacity")
            defaultCooldown = try node.int("DefaultCooldown")
            availabilityZones = node.strings("AvailabilityZones")
            targetGroupARNs = node.strings("TargetGroupARNs")
            loadBalancerNames = node.strings("LoadBalancerNames")
            healthCheckType = node.string("HealthCheckType")
            healthCheckGracePeriod = try node.int("HealthCheckGracePeriod")
            instances = try node.map("Instances", Instance.init(xml:))
            createdTime = try node.date("CreatedTime")
            status = node.string("Status")
            suspendedProcesses = node.list("SuspendedProcesses").compactMap { $0.string("ProcessName") }
            hasWarmPool = node.child("WarmPoolConfiguration") != nil
            vpcZoneIdentifier = node.string("VPCZoneIdentifier")
            launchTemplate = node.child("LaunchTemplate").map(LaunchTemplate.init(xml:))
            launchConfigurationName = node.string("LaunchConfigurationName")
            var tags: [String: String] = [:]
            for tag in node.list("Tags") {
                if let key = tag.string("Key") { tags[key] = tag.string("Value") ?? "" }
            }
            self.tags = tags
        }
    }

    /// One instance of a group.
    public struct Instance: Sendable, Equatable {
        /// The instance id.
        public var instanceID: String
        /// The instance type, e.g. `m7g.large`.
        public var instanceType: String?
        /// The Availability Zone.
        public var availabilityZone: String
        /// `Pending`, `InService`, `Terminating`, `Standby`, ... (see the Auto Scaling lifecycle).
        public var lifecycleState: String
        /// `Healthy` or `Unhealthy`.
        public var healthStatus: String
        /// Whether scale-in protection is on.
        public var protectedFromScaleIn: Bool?
        /// The launch template the instance was launched from.
        public var launchTemplate: LaunchTemplate?

        /// Decodes a `<member>` of `Instances`.
        public init(xml node: XMLNode) throws {
            instanceID = try node.requiredString("InstanceId")
            instanceType = node.string("InstanceType")
            availabilityZone = try node.requiredString("AvailabilityZone")
            lifecycleState = try node.requiredString("LifecycleState")
            healthStatus = try node.requiredString("HealthStatus")
            protectedFromScaleIn = try node.bool("ProtectedFromScaleIn")
            launchTemplate = node.child("LaunchTemplate").map(LaunchTemplate.init(xml:))
        }
    }

    /// A launch template reference: id or name, and version.
    public struct LaunchTemplate: Sendable, Equatable {
        /// The template id.
        public var id: String?
        /// The template name.
        public var name: String?
        /// The version, e.g. `$Latest` or `3`.
        public var version: String?

        /// Decodes a `<LaunchTemplate>` element.
        public init(xml node: XMLNode) {
            id = node.string("LaunchTemplateId")
            name = node.string("LaunchTemplateName")
            version = node.string("Version")
        }
    }
}
