/// Which resources to watch: named ones, those carrying a tag, or (when nothing is named) all,
/// up to a cap that is reported when reached.
public struct Selection: Sendable, Equatable {
    /// Auto Scaling group names.
    public var groups: [String]
    /// Load balancer names or ARNs.
    public var loadBalancers: [String]
    /// CloudFront distribution ids.
    public var distributions: [String]
    /// RDS instance or cluster identifiers.
    public var databases: [String]
    /// Tags a resource must carry (`KEY=VALUE`), all of them, of every kind (see `carriesTags`).
    public var tags: [String: String]
    /// The most resources of one kind discovered when none are named.
    public var discoveryCap: Int

    /// Creates a selection; empty lists mean "discover all".
    public init(
        groups: [String] = [], loadBalancers: [String] = [], distributions: [String] = [], databases: [String] = [],
        tags: [String: String] = [:], discoveryCap: Int = 200
    ) {
        self.groups = groups
        self.loadBalancers = loadBalancers
        self.distributions = distributions
        self.databases = databases
        self.tags = tags
        self.discoveryCap = discoveryCap
    }

    /// Whether nothing is named, so everything is discovered.
    public var discoversEverything: Bool {
        groups.isEmpty && loadBalancers.isEmpty && distributions.isEmpty && databases.isEmpty
    }

    /// How one kind of resource is chosen.
    enum Mode: Equatable {
        /// These names (or ARNs or ids).
        case named([String])
        /// Every one in the region, up to the cap.
        case all
        /// None of this kind.
        case none
    }

    /// Whether a resource with `resourceTags` carries every selected tag (true when none is selected).
    public func carriesTags(_ resourceTags: [String: String]) -> Bool {
        tags.allSatisfy { resourceTags[$0.key] == $0.value }
    }

    /// How `list` (one kind's names) turns into a mode: named when given; all when tags select (the
    /// caller keeps what carries them) or when nothing at all is named; none when other kinds are named.
    func mode(_ list: [String]) -> Mode {
        if !list.isEmpty { return .named(list) }
        return !tags.isEmpty || discoversEverything ? .all : .none
    }
}
