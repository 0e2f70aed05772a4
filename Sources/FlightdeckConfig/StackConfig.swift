import DashboardModel

/// One named stack of the config file: where it lives, what to watch, and how to show it.
///
/// Every field is optional in the file; flags on the command line override what is set here.
public struct StackConfig: Sendable, Equatable {
    /// The stack's name, the key under `stacks`.
    public var name: String
    /// The AWS profile.
    public var profile: String?
    /// The regions to watch; empty when the file names none.
    public var regions: [String] = []
    /// What to watch.
    public var selection = StackSelection()
    /// The theme's name or path.
    public var theme: String?
    /// The header bar's colour, so that production looks different.
    public var color: HeaderColor?
    /// Poll intervals in seconds, by source; sources not named keep their defaults.
    public var refresh: [DataSource: Double] = [:]
    /// Alert thresholds: the defaults with the file's values on top.
    public var alerts = AlertThresholds()
    /// What a new critical alert sends to the terminal; nil when the file does not say.
    public var notify: NotificationMode?
    /// Whether every mutating key and command is off.
    public var readOnly = false
    /// An endpoint for every service.
    public var endpointURL: String?

    /// An empty stack called `name`.
    public init(name: String) {
        self.name = name
    }
}

/// The resources a stack watches; empty lists mean "not set here".
public struct StackSelection: Sendable, Equatable {
    /// Auto Scaling group names.
    public var groups: [String] = []
    /// Load balancer names or ARNs.
    public var loadBalancers: [String] = []
    /// CloudFront distribution ids.
    public var distributions: [String] = []
    /// RDS instance or cluster ids.
    public var databases: [String] = []
    /// Tags the watched groups carry.
    public var tags: [String: String] = [:]
    /// The discovery cap.
    public var maxResources: Int?

    /// An empty selection.
    public init() {}
}
