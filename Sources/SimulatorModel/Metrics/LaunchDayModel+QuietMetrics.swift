/// What CloudWatch publishes for the quiet extra services of `--scale N`.
extension LaunchDayModel {
    /// The datapoints of an extra service's target group counts per zone (`HealthyHostCount`: its
    /// instances in the zone, all healthy; `UnHealthyHostCount`: 0), published as the shop's are
    /// (a minute late, the newest partial); nil when `key` is not such a series.
    ///
    /// The extra services record no samples (a thousand steady series would swell the store); their
    /// counts are constant, so they are made when asked for.
    public func quietDatapoints(
        _ key: MetricKey, from start: Double, to end: Double,
        periodSeconds: Int
    ) -> [(start: Double, bucket: MetricStore.Bucket)]? {
        guard key.namespace == "AWS/ApplicationELB", key.name == "HealthyHostCount" || key.name == "UnHealthyHostCount",
            let zone = key.dimensions.first(where: { $0.name == "AvailabilityZone" })?.value,
            let targetGroup = key.dimensions.first(where: { $0.name == "TargetGroup" })?.value,
            key.dimensions.contains(where: { $0.name == "LoadBalancer" && $0.value == config.loadBalancerDimension }),
            let extra = extraService(targetGroupDimension: targetGroup)
        else { return nil }
        let value = key.name == "HealthyHostCount" ? Double(extra.instances.filter { $0.zone == zone }.count) : 0
        let cutoff = now - Self.publicationDelay
        guard periodSeconds >= 60, cutoff >= 0 else { return [] }
        let period = Double(periodSeconds)
        var points: [(start: Double, bucket: MetricStore.Bucket)] = []
        var periodStart = max(0, (start / period).rounded(.down) * period)
        while periodStart < min(end, cutoff + 1) {
            // Seconds of this period published so far: a gauge's statistics are its value whatever the share.
            let seconds = min(period, cutoff + 1 - periodStart)
            var bucket = MetricStore.Bucket()
            for _ in 0..<Int(seconds.rounded(.up)) { bucket.add(value) }
            points.append((periodStart, bucket))
            periodStart += period
        }
        return points
    }

    /// The extra service whose target group's CloudWatch dimension is `value`
    /// (`targetgroup/svc-0042-tg/…`), found by its number rather than by a search of them all.
    func extraService(targetGroupDimension value: String) -> ExtraService? {
        let parts = value.split(separator: "/")
        guard parts.count == 3, parts[0] == "targetgroup", parts[1].hasPrefix("svc-"), parts[1].hasSuffix("-tg"),
            let number = Int(parts[1].dropFirst(4).dropLast(3)), extraServices.indices.contains(number - 1)
        else { return nil }
        let extra = extraServices[number - 1]
        return "targetgroup/\(extra.targetGroupName)/\(extra.targetGroupSuffix)" == value ? extra : nil
    }
}
