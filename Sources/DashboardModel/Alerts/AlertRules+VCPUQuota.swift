extension AlertRules {
    /// A warning for each region whose Standard On-Demand vCPU quota cannot hold the watched groups at their max.
    static func vcpuQuotaAlerts(_ state: DashboardState) -> [Alert] {
        state.vcpuHeadrooms.compactMap { headroom in
            guard let over = headroom.overAtMax, over > 0, let quota = headroom.quota, let inUse = headroom.inUse,
                let needed = headroom.neededAtMax
            else { return nil }
            return Alert(
                resource: headroom.region,
                .vcpuQuotaShort(quota: quota, source: headroom.source, inUse: inUse, neededAtMax: needed, over: over))
        }
    }
}
