import AWSCore
import Foundation

extension AutoScaling {
    /// One scheduled action of a group: when it runs and the limits it sets.
    public struct ScheduledAction: Sendable, Equatable {
        /// The group name.
        public var groupName: String
        /// The action's name.
        public var name: String
        /// The action's ARN.
        public var arn: String?
        /// When it runs next (its `StartTime`, else the legacy `Time`).
        public var startTime: Date?
        /// When a recurring schedule ends.
        public var endTime: Date?
        /// A cron recurrence, for a recurring action.
        public var recurrence: String?
        /// The minimum it sets.
        public var minSize: Int?
        /// The maximum it sets.
        public var maxSize: Int?
        /// The desired capacity it sets.
        public var desiredCapacity: Int?
        /// The time zone of the recurrence.
        public var timeZone: String?

        /// Decodes a `<member>` of `ScheduledUpdateGroupActions`.
        public init(xml node: XMLNode) throws {
            groupName = try node.requiredString("AutoScalingGroupName")
            name = try node.requiredString("ScheduledActionName")
            arn = node.string("ScheduledActionARN")
            startTime = try node.date("StartTime") ?? node.date("Time")
            endTime = try node.date("EndTime")
            recurrence = node.string("Recurrence")
            minSize = try node.int("MinSize")
            maxSize = try node.int("MaxSize")
            desiredCapacity = try node.int("DesiredCapacity")
            timeZone = node.string("TimeZone")
        }
    }

    /// `DescribeScheduledActions`: the actions that have not run yet, paginated by `NextToken`.
    public struct DescribeScheduledActions: QueryAction, PaginatedOperation {
        /// The group; nil for every group of the region.
        public var groupName: String?
        /// Specific action names.
        public var names: [String]
        /// Page size (at most 100).
        public var maxRecords: Int?
        /// The page token.
        public var nextToken: String?

        /// Lists the scheduled actions of `groupName`.
        public init(groupName: String?, names: [String] = [], maxRecords: Int? = nil, nextToken: String? = nil) {
            self.groupName = groupName
            self.names = names
            self.maxRecords = maxRecords
            self.nextToken = nextToken
        }

        /// One page of actions.
        public struct Output: Sendable, Equatable {
            /// The actions of this page.
            public var actions: [ScheduledAction]
            /// The token of the next page.
            public var nextToken: String?
        }

        /// Auto Scaling.
        public var service: AWSService { .autoScaling }
        /// `DescribeScheduledActions`.
        public var name: String { "DescribeScheduledActions" }

        /// `AutoScalingGroupName`, `ScheduledActionNames.member.N`, `MaxRecords`, `NextToken`.
        public var parameters: QueryParameters {
            var params = QueryParameters()
            params.add("AutoScalingGroupName", groupName)
            params.addList("ScheduledActionNames", names.isEmpty ? nil : names)
            params.add("MaxRecords", maxRecords)
            params.add("NextToken", nextToken)
            return params
        }

        /// Decodes `ScheduledUpdateGroupActions` and `NextToken`.
        public func decode(_ reply: AWSReply) throws -> Output {
            let result = try reply.queryResult()
            return Output(
                actions: try result.map("ScheduledUpdateGroupActions", ScheduledAction.init(xml:)),
                nextToken: result.string("NextToken"))
        }

        /// The same request for the page after `token`.
        public func withPageToken(_ token: String) -> Self { with(\.nextToken, token) }
        /// The actions of a page.
        public func items(of page: Output) -> [ScheduledAction] { page.actions }
        /// The next page's token.
        public func nextPageToken(of page: Output) -> String? { page.nextToken }
    }

    /// `PutScheduledUpdateGroupAction`: creates a one-time scheduled action, or updates the one of that name.
    ///
    /// Not resent after a reply that may have been lost: the caller settles it by listing the actions.
    public struct PutScheduledUpdateGroupAction: QueryAction {
        /// The group name.
        public var groupName: String
        /// The action's name.
        public var actionName: String
        /// When it runs (sent as UTC).
        public var startTime: Date
        /// The minimum it sets; nil leaves it.
        public var minSize: Int?
        /// The maximum it sets; nil leaves it.
        public var maxSize: Int?
        /// The desired capacity it sets; nil leaves it.
        public var desiredCapacity: Int?

        /// An action on `groupName` at `startTime`.
        public init(
            groupName: String, actionName: String, startTime: Date, minSize: Int? = nil, maxSize: Int? = nil,
            desiredCapacity: Int? = nil
        ) {
            self.groupName = groupName
            self.actionName = actionName
            self.startTime = startTime
            self.minSize = minSize
            self.maxSize = maxSize
            self.desiredCapacity = desiredCapacity
        }

        /// Auto Scaling.
        public var service: AWSService { .autoScaling }
        /// `PutScheduledUpdateGroupAction`.
        public var name: String { "PutScheduledUpdateGroupAction" }
        /// A mutation.
        public var isIdempotent: Bool { false }

        /// `AutoScalingGroupName`, `ScheduledActionName`, `StartTime`, `MinSize`, `MaxSize`, `DesiredCapacity`.
        public var parameters: QueryParameters {
            var params = QueryParameters()
            params.add("AutoScalingGroupName", groupName)
            params.add("ScheduledActionName", actionName)
            params.add("StartTime", startTime)
            params.add("MinSize", minSize)
            params.add("MaxSize", maxSize)
            params.add("DesiredCapacity", desiredCapacity)
            return params
        }

        /// Checks the reply is `<PutScheduledUpdateGroupActionResponse>` and keeps its request id.
        public func decode(_ reply: AWSReply) throws -> EmptyOutput { try EmptyOutput(reply) }
    }

    /// `DeleteScheduledAction`.
    public struct DeleteScheduledAction: QueryAction {
        /// The group name.
        public var groupName: String
        /// The action's name.
        public var actionName: String

        /// Deletes `actionName` of `groupName`.
        public init(groupName: String, actionName: String) {
            self.groupName = groupName
            self.actionName = actionName
        }

        /// Auto Scaling.
        public var service: AWSService { .autoScaling }
        /// `DeleteScheduledAction`.
        public var name: String { "DeleteScheduledAction" }
        /// A mutation.
        public var isIdempotent: Bool { false }

        /// `AutoScalingGroupName`, `ScheduledActionName`.
        public var parameters: QueryParameters {
            var params = QueryParameters()
            params.add("AutoScalingGroupName", groupName)
            params.add("ScheduledActionName", actionName)
            return params
        }

        /// Checks the reply is `<DeleteScheduledActionResponse>` and keeps its request id.
        public func decode(_ reply: AWSReply) throws -> EmptyOutput { try EmptyOutput(reply) }
    }
}
