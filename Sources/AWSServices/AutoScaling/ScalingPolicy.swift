import AWSCore

extension AutoScaling {
    /// One scaling policy; a target-tracking policy will override a manual desired capacity.
    public struct Policy: Sendable, Equatable {
        /// The group name.
        public var groupName: String
        /// The policy name.
        public var name: String
        /// The policy ARN.
        public var arn: String?
        /// `SimpleScaling`, `StepScaling`, `TargetTrackingScaling` or `PredictiveScaling`.
        public var policyType: String?
        /// `ChangeInCapacity`, `ExactCapacity` or `PercentChangeInCapacity`.
        public var adjustmentType: String?
        /// The adjustment of a simple policy.
        public var scalingAdjustment: Int?
        /// The cooldown, in seconds.
        public var cooldown: Int?
        /// Whether the policy is enabled.
        public var enabled: Bool?
        /// The target of a target-tracking policy.
        public var targetTracking: TargetTracking?

        /// Decodes a `<member>` of `ScalingPolicies`.
        public init(xml node: XMLNode) throws {
            groupName = try node.requiredString("AutoScalingGroupName")
            name = try node.requiredString("PolicyName")
            arn = node.string("PolicyARN")
            policyType = node.string("PolicyType")
            adjustmentType = node.string("AdjustmentType")
            scalingAdjustment = try node.int("ScalingAdjustment")
            cooldown = try node.int("Cooldown")
            enabled = try node.bool("Enabled")
            targetTracking = try node.child("TargetTrackingConfiguration").map(TargetTracking.init(xml:))
        }
    }

    /// A target-tracking configuration: which metric is held at which value.
    public struct TargetTracking: Sendable, Equatable {
        /// The predefined metric, e.g. `ASGAverageCPUUtilization` or `ALBRequestCountPerTarget`.
        public var predefinedMetricType: String?
        /// The custom metric's name, when not predefined.
        public var customMetricName: String?
        /// The value the policy holds the metric at.
        public var targetValue: Double
        /// Whether the policy never scales in.
        public var disableScaleIn: Bool

        /// Decodes a `<TargetTrackingConfiguration>` element.
        public init(xml node: XMLNode) throws {
            predefinedMetricType = node.descendant("PredefinedMetricSpecification", "PredefinedMetricType")?.trimmedText
            customMetricName = node.descendant("CustomizedMetricSpecification", "MetricName")?.trimmedText
            targetValue = try node.double("TargetValue") ?? 0
            disableScaleIn = try node.bool("DisableScaleIn") ?? false
        }
    }

    /// `DescribePolicies`: the scaling policies of a group, paginated by `NextToken`.
    public struct DescribePolicies: QueryAction, PaginatedOperation {
        /// The group; nil for every group.
        public var groupName: String?
        /// Policy types to list, e.g. `TargetTrackingScaling`; empty for all.
        public var policyTypes: [String]
        /// Page size (at most 50).
        public var maxRecords: Int?
        /// The page token.
        public var nextToken: String?

        /// Lists the policies of `groupName`.
        public init(groupName: String?, policyTypes: [String] = [], maxRecords: Int? = nil, nextToken: String? = nil) {
            self.groupName = groupName
            self.policyTypes = policyTypes
            self.maxRecords = maxRecords
            self.nextToken = nextToken
        }

        /// One page of policies.
        public struct Output: Sendable, Equatable {
            /// The policies of this page.
            public var policies: [Policy]
            /// The token of the next page.
            public var nextToken: String?
        }

        /// Auto Scaling.
        public var service: AWSService { .autoScaling }
        /// `DescribePolicies`.
        public var name: String { "DescribePolicies" }

        /// `AutoScalingGroupName`, `PolicyTypes.member.N`, `MaxRecords`, `NextToken`.
        public var parameters: QueryParameters {
            var params = QueryParameters()
            params.add("AutoScalingGroupName", groupName)
            params.addList("PolicyTypes", policyTypes.isEmpty ? nil : policyTypes)
            params.add("NextToken", nextToken)
            params.add("MaxRecords", maxRecords)
            return params
        }

        /// Decodes `ScalingPolicies` and `NextToken`.
        public func decode(_ reply: AWSReply) throws -> Output {
            let result = try reply.queryResult()
            return Output(
                policies: try result.map("ScalingPolicies", Policy.init(xml:)), nextToken: result.string("NextToken"))
        }

        /// The same request for the page after `token`.
        public func withPageToken(_ token: String) -> Self { with(\.nextToken, token) }
        /// The policies of a page.
        public func items(of page: Output) -> [Policy] { page.policies }
        /// The next page's token.
        public func nextPageToken(of page: Output) -> String? { page.nextToken }
    }
}
