/// The one rule for which rows a panel shows and which of them is selected, read by `Interaction`
/// to move the selection and by the panels to draw it.
extension ViewState {
    /// The Auto Scaling groups the filter lets through (by name), in the order they are drawn.
    public func shownGroups(_ state: DashboardState) -> [AutoScalingGroupStatus] {
        (state.groups.value ?? []).filter { matches($0.name) }
    }

    /// The target groups the filter lets through (by their name or their load balancer's).
    public func shownTargetGroups(_ state: DashboardState) -> [TargetGroupHealth] {
        (state.targetGroups.value ?? []).filter { matches($0.name) || matches($0.loadBalancerName) }
    }

    /// The distributions the filter lets through (by id or domain name).
    public func shownDistributions(_ state: DashboardState) -> [DistributionStatus] {
        (state.distributions.value ?? []).filter { matches($0.id) || matches($0.domainName) }
    }

    /// The databases the filter lets through (by identifier).
    public func shownDatabases(_ state: DashboardState) -> [DatabaseStatus] {
        (state.databases.value ?? []).filter { matches($0.id) }
    }

    /// How many rows `panel` shows to select from: what the filter lets through; one for cost and
    /// events, which have no rows to select.
    public func rowCount(_ panel: PanelID, in state: DashboardState) -> Int {
        switch panel {
        case .autoScaling: return shownGroups(state).count
        case .loadBalancers: return shownTargetGroups(state).count
        case .cloudFront: return shownDistributions(state).count
        case .databases: return shownDatabases(state).count
        case .cost, .events: return 1
        }
    }

    /// The selected row of `panel` among `count` shown rows: the selection, never past the last.
    public func selectedRow(_ panel: PanelID, of count: Int) -> Int {
        Swift.max(0, Swift.min(selected(panel), count - 1))
    }
}
