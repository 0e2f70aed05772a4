/// One IAM action Flightdeck uses: where, for what, and whether its panel needs it.
public struct IAMActionUse: Sendable, Equatable {
    /// When the action is used.
    public enum Use: String, Sendable, Equatable {
        /// A panel's own list call: when denied, the panel has nothing to show.
        case required
        /// Feeds some facts only: when denied, those facts are missing.
        case optional
        /// Only with `--tag` (the selection needs the resources' tags).
        case withTags
        /// Changes a group: only when the operator scales (not in read-only mode).
        case scaling
    }

    /// The action, e.g. `autoscaling:DescribePolicies`.
    public var action: String
    /// When it is used.
    public var use: Use
    /// The panel, e.g. `Auto Scaling`.
    public var panel: String
    /// What it feeds, in a few words.
    public var feeds: String

    /// The service prefix, e.g. `autoscaling`.
    public var service: String { String(action.prefix { $0 != ":" }) }
    /// The operation, e.g. `DescribePolicies`.
    public var operation: String { String(action.drop { $0 != ":" }.dropFirst()) }
}

/// Every IAM action Flightdeck's calls need, the one list `doctor`, the shipped policies and the
/// README's table are checked against.
public enum IAMCatalog {
    /// The actions, panel by panel.
    public static let uses: [IAMActionUse] = [
        IAMActionUse(
            action: "autoscaling:DescribeAutoScalingGroups", use: .required, panel: "Auto Scaling",
            feeds: "groups, limits, instances"),
        IAMActionUse(
            action: "autoscaling:DescribeScalingActivities", use: .optional, panel: "Auto Scaling",
            feeds: "scaling activity"),
        IAMActionUse(
            action: "autoscaling:DescribePolicies", use: .optional, panel: "Auto Scaling", feeds: "scaling policies"),
        IAMActionUse(
            action: "autoscaling:DescribeScheduledActions", use: .optional, panel: "Auto Scaling",
            feeds: "scheduled actions (the check for one overriding a change)"),
        IAMActionUse(
            action: "elasticloadbalancing:DescribeLoadBalancers", use: .required, panel: "Load balancers",
            feeds: "load balancers"),
        IAMActionUse(
            action: "elasticloadbalancing:DescribeTargetGroups", use: .required, panel: "Load balancers",
            feeds: "target groups"),
        IAMActionUse(
            action: "elasticloadbalancing:DescribeTargetHealth", use: .required, panel: "Load balancers",
            feeds: "targets' health"),
        IAMActionUse(
            action: "ec2:DescribeInstances", use: .optional, panel: "Load balancers",
            feeds: "zones of targets outside the groups; vCPUs in use"),
        IAMActionUse(
            action: "elasticloadbalancing:DescribeTags", use: .withTags, panel: "Load balancers",
            feeds: "selection by tag"),
        IAMActionUse(
            action: "cloudfront:ListDistributions", use: .required, panel: "CloudFront", feeds: "distributions"),
        IAMActionUse(
            action: "cloudfront:GetMonitoringSubscription", use: .optional, panel: "CloudFront",
            feeds: "hit ratio (additional metrics on?)"),
        IAMActionUse(
            action: "cloudfront:ListTagsForResource", use: .withTags, panel: "CloudFront", feeds: "selection by tag"),
        IAMActionUse(
            action: "rds:DescribeDBInstances", use: .required, panel: "RDS", feeds: "databases, Multi-AZ zones"),
        IAMActionUse(action: "rds:DescribeDBClusters", use: .optional, panel: "RDS", feeds: "Aurora clusters"),
        IAMActionUse(action: "rds:DescribeEvents", use: .optional, panel: "RDS", feeds: "events, failovers by event"),
        IAMActionUse(action: "cloudwatch:GetMetricData", use: .required, panel: "all", feeds: "figures per minute"),
        IAMActionUse(
            action: "cloudwatch:DescribeAlarms", use: .optional, panel: "header",
            feeds: "alarms on the watched resources"),
        IAMActionUse(
            action: "servicequotas:GetServiceQuota", use: .optional, panel: "Auto Scaling", feeds: "vCPU quota"),
        IAMActionUse(
            action: "servicequotas:GetAWSDefaultServiceQuota", use: .optional, panel: "Auto Scaling",
            feeds: "vCPU quota where none is applied (AWS's default)"),
        IAMActionUse(
            action: "ec2:DescribeInstanceTypes", use: .optional, panel: "Auto Scaling", feeds: "vCPUs per instance type"
        ),
        IAMActionUse(
            action: "pricing:GetProducts", use: .optional, panel: "Cost", feeds: "prices (else the bundled table)"),
        IAMActionUse(
            action: "ce:GetCostAndUsage", use: .optional, panel: "Cost",
            feeds: "month to date, today (USD 0.01 a request)"),
        IAMActionUse(action: "iam:ListAccountAliases", use: .optional, panel: "header", feeds: "account alias"),
        IAMActionUse(
            action: "autoscaling:SetDesiredCapacity", use: .scaling, panel: "Auto Scaling",
            feeds: "changing desired capacity"),
        IAMActionUse(
            action: "autoscaling:UpdateAutoScalingGroup", use: .scaling, panel: "Auto Scaling",
            feeds: "changing min and max"),
        IAMActionUse(
            action: "autoscaling:PutScheduledUpdateGroupAction", use: .scaling, panel: "Auto Scaling",
            feeds: "scheduling a pre-warm (flightdeck schedule, :prewarm)"),
        IAMActionUse(
            action: "autoscaling:DeleteScheduledAction", use: .scaling, panel: "Auto Scaling",
            feeds: "deleting a scheduled action")
    ]

    /// The read actions (everything but scaling).
    public static var readActions: [String] { uses.filter { $0.use != .scaling }.map(\.action) }

    /// The actions that change a group.
    public static var scalingActions: [String] { uses.filter { $0.use == .scaling }.map(\.action) }

    /// Calls defined in AWSServices that need no permission of the dashboard's role: the caller's
    /// identity (never denied), the credential providers' own calls (made as the source identity),
    /// and DescribeAvailabilityZones, which only the simulator's tests use.
    public static let exempt: Set<String> = [
        "sts:GetCallerIdentity", "sts:AssumeRole", "sts:AssumeRoleWithWebIdentity", "ec2:DescribeAvailabilityZones"
    ]
}
