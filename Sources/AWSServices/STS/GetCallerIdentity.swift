import AWSCore

extension STS {
    /// Who the credentials belong to.
    public struct CallerIdentity: Sendable, Equatable {
        /// The account id.
        public var account: String
        /// The ARN of the user or assumed role.
        public var arn: String
        /// The unique id of the caller.
        public var userID: String
    }

    /// `GetCallerIdentity`: the account and ARN behind the credentials (needs no permission).
    public struct GetCallerIdentity: QueryAction {
        /// Creates the request.
        public init() {}

        /// STS.
        public var service: AWSService { .sts }
        /// `GetCallerIdentity`.
        public var name: String { "GetCallerIdentity" }
        /// No parameters.
        public var parameters: QueryParameters { QueryParameters() }

        /// Decodes `Account`, `Arn` and `UserId`.
        public func decode(_ reply: AWSReply) throws -> CallerIdentity {
            let result = try reply.queryResult()
            return CallerIdentity(
                account: try result.requiredString("Account"), arn: try result.requiredString("Arn"),
                userID: try result.requiredString("UserId"))
        }
    }
}
