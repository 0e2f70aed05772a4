extension AlertRules {
    /// A warning for each region whose Standard On-Demand vCPU quota cannot hold the watched groups at their max.
    static func vcpuQuotaAlerts(_ state: DashboardState) -> [Alert] {
        state.vcpuHeadrooms.compactMap { headroom in
            guard let over = headroom.overAtMax, over > 0, let quota = headroom.quota, let inUse = headroom.inUse,
                let needed = headroom.neededAtMax
            else { return nil }
            let source = headroom.source == .awsDefault ? " (AWS default)" : ""
            return Alert(
                severity: .warning, code: "vcpu-quota-short", resource: headroom.region,
                message:
                    "vCPU quota \(quota)\(source), in use \(inUse); the watched groups at max need \(needed) more: \(over) over the quota"
            )
        }
    }
}
