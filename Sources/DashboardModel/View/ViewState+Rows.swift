/// The one rule for which rows a panel shows and which of them is selected, read by `Interaction`
/// to move the selection and by the panels to draw it.
extension ViewState {
    /// The Auto Scaling groups the filter lets through (by name), in the order they are drawn.
    public func shownGroups(_ state: DashboardState) -> [AutoScalingGroupStatus] {
        (state.groups.value ?? []).filter(shows)
    }

    /// The target groups the filter lets through (by their name or their load balancer's).
    public func shownTargetGroups(_ state: DashboardState) -> [TargetGroupHealth] {
        (state.targetGroups.value ?? []).filter(shows)
    }

    /// The distributions the filter lets through (by id or domain name).
    public func shownDistributions(_ state: DashboardState) -> [DistributionStatus] {
        (state.distributions.value ?? []).filter(shows)
    }

    /// The databases the filter lets through (by identifier).
    public func shownDatabases(_ state: DashboardState) -> [DatabaseStatus] {
        (state.databases.value ?? []).filter(shows)
    }

    /// How many rows `panel` shows to select from: what the filter lets through; one for cost and
    /// events, which have no rows to select. Counted without building the rows (a frame asks often).
    public func rowCount(_ panel: PanelID, in state: DashboardState) -> Int {
        switch panel {
        case .autoScaling: return (state.groups.value ?? []).count(where: shows)
        case .loadBalancers: return (state.targetGroups.value ?? []).count(where: shows)
        case .cloudFront: return (state.distributions.value ?? []).count(where: shows)
        case .databases: return (state.databases.value ?? []).count(where: shows)
        case .cost, .events: return 1
        }
    }

    /// The selected row of `panel` among `count` shown rows: the selection, never past the last.
    public func selectedRow(_ panel: PanelID, of count: Int) -> Int {
        Swift.max(0, Swift.min(selected(panel), count - 1))
    }

    private func shows(_ group: AutoScalingGroupStatus) -> Bool { matches(group.name) }
    private func shows(_ group: TargetGroupHealth) -> Bool { matches(group.name) || matches(group.loadBalancerName) }
    private func shows(_ distribution: DistributionStatus) -> Bool {
        matches(distribution.id) || matches(distribution.domainName)
    }
    private func shows(_ database: DatabaseStatus) -> Bool { matches(database.id) }
}
