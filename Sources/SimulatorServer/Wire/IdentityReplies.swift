import SimulatorModel

/// STS (query, 2011-06-15) `GetCallerIdentity` and IAM (query, 2010-05-08) `ListAccountAliases`.
public enum IdentityReplies {
    /// The demo user's name.
    public static let userName = "flightdeck-demo"
    /// The account alias the demo account answers.
    public static let accountAlias = "launch-day-shop"

    /// Answers an STS call.
    public static func handleSTS(_ call: QueryCall, model: inout LaunchDayModel) throws(QueryError) -> WireResponse {
        guard call.action == "GetCallerIdentity" else { throw call.unsupported }
        let account = model.config.accountID
        return call.reply { result in
            result.leaf("Arn", "arn:aws:iam::\(account):user/\(userName)")
            result.leaf("UserId", "AIDASIMULATORDEMO0001")
            result.leaf("Account", account)
        }
    }

    /// Answers an IAM call.
    public static func handleIAM(_ call: QueryCall, model: inout LaunchDayModel) throws(QueryError) -> WireResponse {
        guard call.action == "ListAccountAliases" else { throw call.unsupported }
        return call.reply { result in
            result.stringMembers("AccountAliases", [accountAlias])
            result.leaf("IsTruncated", false)
        }
    }
}
