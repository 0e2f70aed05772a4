import AWSCore

extension AutoScaling {
    /// `UpdateAutoScalingGroup` with the size fields only: the dashboard's scale action.
    ///
    /// Not idempotent for retries: it is retried only after a throttling reply or a refused
    /// connection, never after a 5xx or timeout that may have applied it.
    public struct UpdateAutoScalingGroup: QueryAction {
        /// The group name.
        public var groupName: String
        /// New minimum size; nil leaves it.
        public var minSize: Int?
        /// New maximum size; nil leaves it.
        public var maxSize: Int?
        /// New desired capacity; nil leaves it.
        public var desiredCapacity: Int?

        /// Changes the sizes given; nil fields stay as they are.
        public init(groupName: String, minSize: Int? = nil, maxSize: Int? = nil, desiredCapacity: Int? = nil) {
            self.groupName = groupName
            self.minSize = minSize
            self.maxSize = maxSize
            self.desiredCapacity = desiredCapacity
        }

        /// Auto Scaling.
        public var service: AWSService { .autoScaling }
        /// `UpdateAutoScalingGroup`.
        public var name: String { "UpdateAutoScalingGroup" }
        /// A mutation: see the type's note.
        public var isIdempotent: Bool { false }

        /// `AutoScalingGroupName`, `MinSize`, `MaxSize`, `DesiredCapacity`.
        public var parameters: QueryParameters {
            var params = QueryParameters()
            params.add("AutoScalingGroupName", groupName)
            params.add("MinSize", minSize)
            params.add("MaxSize", maxSize)
            params.add("DesiredCapacity", desiredCapacity)
            return params
        }

        /// Checks the reply is `<UpdateAutoScalingGroupResponse>` and keeps its request id.
        public func decode(_ reply: AWSReply) throws -> EmptyOutput { try EmptyOutput(reply) }
    }

    /// `SetDesiredCapacity`: sets the desired capacity within the group's min and max.
    ///
    /// Not idempotent for retries, as `UpdateAutoScalingGroup`.
    public struct SetDesiredCapacity: QueryAction {
        /// The group name.
        public var groupName: String
        /// The new desired capacity.
        public var desiredCapacity: Int
        /// Whether to wait for the cooldown to end (the API's default is false).
        public var honorCooldown: Bool?

        /// Sets `groupName`'s desired capacity.
        public init(groupName: String, desiredCapacity: Int, honorCooldown: Bool? = nil) {
            self.groupName = groupName
            self.desiredCapacity = desiredCapacity
            self.honorCooldown = honorCooldown
        }

        /// Auto Scaling.
        public var service: AWSService { .autoScaling }
        /// `SetDesiredCapacity`.
        public var name: String { "SetDesiredCapacity" }
        /// A mutation: see the type's note.
        public var isIdempotent: Bool { false }

        /// `AutoScalingGroupName`, `DesiredCapacity`, `HonorCooldown`.
        public var parameters: QueryParameters {
            var params = QueryParameters()
            params.add("AutoScalingGroupName", groupName)
            params.add("DesiredCapacity", desiredCapacity)
            params.add("HonorCooldown", honorCooldown)
            return params
        }

        /// Checks the reply is `<SetDesiredCapacityResponse>` and keeps its request id.
        public func decode(_ reply: AWSReply) throws -> EmptyOutput { try EmptyOutput(reply) }
    }
}
