import AWSCore
import Foundation

extension AutoScaling {
    /// One scaling activity: what the group is doing or did, and why.
    public struct Activity: Sendable, Equatable {
        /// The activity id.
        public var id: String
        /// The group name.
        public var groupName: String
        /// A one-line description, e.g. `Launching a new EC2 instance: i-0abc`.
        public var description: String?
        /// Why it happened.
        public var cause: String
        /// When it started.
        public var startTime: Date
        /// When it ended, if it has.
        public var endTime: Date?
        /// `InProgress`, `Successful`, `Failed`, `Cancelled`, `WaitingForSpotInstanceId`, ...
        public var statusCode: String
        /// The status message of a failure.
        public var statusMessage: String?
        /// Progress in percent.
        public var progress: Int?

        /// Decodes a `<member>` of `Activities`.
        public init(xml node: XMLNode) throws {
            id = try node.requiredString("ActivityId")
            groupName = try node.requiredString("AutoScalingGroupName")
            description = node.string("Description")
            cause = try node.requiredString("Cause")
            startTime = try node.requiredDate("StartTime")
            endTime = try node.date("EndTime")
            statusCode = try node.requiredString("StatusCode")
            statusMessage = node.string("StatusMessage")
            progress = try node.int("Progress")
        }
    }

    /// `DescribeScalingActivities`: a group's recent activities, newest first, paginated by `NextToken`.
    public struct DescribeScalingActivities: QueryAction, PaginatedOperation {
        /// The group; nil for every group.
        public var groupName: String?
        /// Specific activity ids.
        public var activityIDs: [String]
        /// Page size (at most 100).
        public var maxRecords: Int?
        /// The page token.
        public var nextToken: String?

        /// Lists the activities of `groupName`.
        public init(groupName: String?, activityIDs: [String] = [], maxRecords: Int? = nil, nextToken: String? = nil) {
            self.groupName = groupName
            self.activityIDs = activityIDs
            self.maxRecords = maxRecords
            self.nextToken = nextToken
        }

        /// One page of activities.
        public struct Output: Sendable, Equatable {
            /// The activities of this page.
            public var activities: [Activity]
            /// The token of the next page.
            public var nextToken: String?
        }

        /// Auto Scaling.
        public var service: AWSService { .autoScaling }
        /// `DescribeScalingActivities`.
        public var name: String { "DescribeScalingActivities" }

        /// `AutoScalingGroupName`, `ActivityIds.member.N`, `MaxRecords`, `NextToken`.
        public var parameters: QueryParameters {
            var params = QueryParameters()
            params.addList("ActivityIds", activityIDs.isEmpty ? nil : activityIDs)
            params.add("AutoScalingGroupName", groupName)
            params.add("MaxRecords", maxRecords)
            params.add("NextToken", nextToken)
            return params
        }

        /// Decodes `Activities` and `NextToken`.
        public func decode(_ reply: AWSReply) throws -> Output {
            let result = try reply.queryResult()
            return Output(
                activities: try result.map("Activities", Activity.init(xml:)), nextToken: result.string("NextToken"))
        }

        /// The same request for the page after `token`.
        public func withPageToken(_ token: String) -> Self { with(\.nextToken, token) }
        /// The activities of a page.
        public func items(of page: Output) -> [Activity] { page.activities }
        /// The next page's token.
        public func nextPageToken(of page: Output) -> String? { page.nextToken }
    }
}
