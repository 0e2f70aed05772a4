import Foundation

extension DashboardState {
    /// Applies `event` and returns what the shell must do next.
    public mutating func apply(_ event: DashboardEvent) -> [DashboardEffect] {
        switch event {
        case let .tick(date):
            advanceClock(to: date)
            alerts = AlertRules.evaluate(self, at: now)
            return paused ? [] : scheduler.takeDue(at: now).map(DashboardEffect.poll)
        case let .refreshRequested(date):
            advanceClock(to: date)
            return scheduler.takeAll(except: [.cost]).map(DashboardEffect.poll)
        case let .pollNow(source, date):
            advanceClock(to: date)
            return scheduler.take(source).map(DashboardEffect.poll)
        case let .pauseToggled(date):
            advanceClock(to: date)
            paused.toggle()
            return []
        case let .operatorAction(entry):
            appendTimeline(entry)
            return []
        case let .priced(table, date):
            advanceClock(to: date)
            prices = table
            alerts = AlertRules.evaluate(self, at: now)
            return []
        case let .credentialsChecked(status, date):
            advanceClock(to: date)
            credentials = status
            alerts = AlertRules.evaluate(self, at: now)
            return []
        case let .polled(source, result, date):
            advanceClock(to: date)
            receive(source, result, at: date)
            alerts = AlertRules.evaluate(self, at: now)
            return (metricsCatchUp(after: source, result) + costCatchUp(after: source, result)).map(
                DashboardEffect.poll)
        }
    }

    private mutating func receive(_ source: DataSource, _ whole: PollResult, at date: Date) {
        var failureKind: SourceFailure.Kind?
        let (result, missingFacts) = whole.parts
        if case .failed = result {
        } else {
            // A fact newly missing goes to the error log once, as a failed poll does.
            let before = missing[source] ?? []
            for fact in missingFacts where !before.contains(where: { $0.fact == fact.fact && $0.scope == fact.scope }) {
                appendErrorLog(ErrorLogEntry(time: date, source: source, failure: fact.failure))
            }
            missing[source] = missingFacts
        }
        switch result {
        case .partial:
            break
        case let .failed(failure):
            failureKind = failure.kind
            recordFailure(source, failure, at: date)
        case let .autoScaling(newGroups):
            rememberLaunchFailures(newGroups, at: date)
            noteScalingActivities(newGroups, at: date)
            groups.succeed(newGroups, at: date)
            for group in newGroups {
                history.record(SeriesKey(MetricName.groupInService, group.name), Double(group.inService), at: date)
                history.record(SeriesKey(MetricName.groupDesired, group.name), Double(group.desired), at: date)
            }
        case let .targetHealth(newTargetGroups):
            noteHealthTransitions(from: targetGroups.value ?? [], to: newTargetGroups, at: date)
            targetGroups.succeed(newTargetGroups, at: date)
            rememberZones(newTargetGroups, at: date)
            for targetGroup in newTargetGroups {
                history.record(
                    SeriesKey(MetricName.targetHealthy, targetGroup.arn), Double(targetGroup.healthyCount), at: date)
            }
        case let .databases(newDatabases, events):
            receiveDatabases(newDatabases, events: events, at: date)
        case let .distributions(newDistributions):
            distributions.succeed(newDistributions.map { foldMetrics(into: $0) }, at: date)
        case var .metrics(snapshot):
            // Alarms that could not be read this time stay as last read (errors[] says why).
            if snapshot.alarms == nil { snapshot.alarms = metrics.value?.alarms }
            snapshot.vcpuQuotas = Self.fillVCPUQuotas(snapshot.vcpuQuotas, from: metrics.value?.vcpuQuotas)
            noteAlarmChanges(from: metrics.value?.alarms, to: snapshot.alarms, at: date)
            metrics.succeed(snapshot, at: date)
            recordMinutes(snapshot)
            if let current = distributions.value, let updated = distributions.updatedAt {
                distributions.succeed(current.map { foldMetrics(into: $0) }, at: updated)
            }
        case let .cost(actuals, newPrices):
            costActuals.succeed(actuals, at: date)
            if let newPrices { prices = newPrices }
        }
        if failureKind == nil, errorLog.last?.source == source, isRecovering(source) {
            appendTimeline(TimelineEvent(time: date, resource: source.title, .sourceRecovered))
        }
        scheduler.finish(source, failure: failureKind, at: date)
        if failureKind == nil {
            history.record(SeriesKey(MetricName.burnRate, "total"), cost.burnRatePerHour, at: date)
        }
    }

    /// CloudWatch's queries name the groups, target groups and distributions found: when one of those
    /// sources loads for the first time, poll metrics at once rather than up to a minute later (and
    /// once more after a metrics poll that was already running, which could not know them yet).
    private mutating func metricsCatchUp(after source: DataSource, _ result: PollResult) -> [DataSource] {
        if case .failed = result { return [] }
        if source == .metrics {
            guard metricsCatchUpPending else { return [] }
            metricsCatchUpPending = false
            return paused ? [] : scheduler.take(.metrics)
        }
        guard [.autoScaling, .targetHealth, .distributions].contains(source), firstLoads.insert(source).inserted,
            !paused
        else { return [] }
        if scheduler.isPolling(.metrics) {
            metricsCatchUpPending = true
            return []
        }
        return scheduler.take(.metrics)
    }

    /// Prices are fetched for the instance types and database classes in use: when groups or
    /// databases load for the first time, poll cost again (its Cost Explorer figures come from the
    /// collector's hourly cache, so this costs no Cost Explorer request), once more after a cost
    /// poll that was already running.
    private mutating func costCatchUp(after source: DataSource, _ result: PollResult) -> [DataSource] {
        if case .failed = result { return [] }
        if source == .cost {
            guard costCatchUpPending else { return [] }
            costCatchUpPending = false
            return paused ? [] : scheduler.take(.cost)
        }
        guard [.autoScaling, .databases].contains(source), pricedLoads.insert(source).inserted, !paused else {
            return []
        }
        if scheduler.isPolling(.cost) {
            costCatchUpPending = true
            return []
        }
        return scheduler.take(.cost)
    }

    private func isRecovering(_ source: DataSource) -> Bool {
        (scheduler.entries[source]?.consecutiveFailures ?? 0) > 0
    }

    private mutating func recordFailure(_ source: DataSource, _ failure: SourceFailure, at date: Date) {
        appendErrorLog(ErrorLogEntry(time: date, source: source, failure: failure))
        switch source {
        case .autoScaling: groups.fail(failure, at: date)
        case .targetHealth: targetGroups.fail(failure, at: date)
        case .databases: databases.fail(failure, at: date)
        case .distributions: distributions.fail(failure, at: date)
        case .metrics: metrics.fail(failure, at: date)
        case .cost: costActuals.fail(failure, at: date)
        }
        if !isRecovering(source) {
            appendTimeline(TimelineEvent(time: date, resource: source.title, .sourceFailing(failure)))
        }
    }

    private mutating func receiveDatabases(_ newDatabases: [DatabaseStatus], events: [DatabaseEvent], at date: Date) {
        let previous = Dictionary((databases.value ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for event in events.sorted(by: { $0.date < $1.date }) {
            let key = "\(event.sourceID)|\(event.date.timeIntervalSince1970)|\(event.code ?? "")|\(event.message)"
            guard seenDatabaseEvents.insert(key).inserted else { continue }
            appendTimeline(TimelineEvent(time: event.date, resource: event.sourceID, .databaseEvent(event)))
        }
        var updated: [DatabaseStatus] = []
        for var database in newDatabases {
            let before = previous[database.id]
            database.failover = FailoverTracker.advance(previous: before, current: database, events: events, now: date)
            if database.failover != (before?.failover ?? .none) {
                appendTimeline(
                    TimelineEvent(
                        time: date, resource: database.id,
                        .failover(
                            database.failover, primaryZone: database.primaryZone, standbyZone: database.secondaryZone)))
            }
            updated.append(database)
        }
        databases.succeed(updated, at: date)
    }

    private mutating func noteScalingActivities(_ newGroups: [AutoScalingGroupStatus], at date: Date) {
        for group in newGroups {
            for activity in group.activities.reversed() {
                let previous = seenActivities[activity.id]
                guard previous != activity.status else { continue }
                seenActivities[activity.id] = activity.status
                // One line per activity, at its start wherever it is shown; a new status updates it.
                let entry = TimelineEvent(
                    time: activity.startTime, resource: group.name,
                    .scalingActivity(activity, launchFailure: LaunchFailure(activity, group: group)))
                if let index = timeline.lastIndex(where: { $0.activityID == activity.id }) {
                    timeline[index] = entry
                } else {
                    appendTimeline(entry)
                }
            }
        }
    }

    private mutating func noteHealthTransitions(
        from old: [TargetGroupHealth], to new: [TargetGroupHealth], at date: Date
    ) {
        guard !old.isEmpty else { return }
        var before: [String: TargetState] = [:]
        for targetGroup in old {
            for target in targetGroup.targets {
                before["\(targetGroup.arn)|\(target.id)|\(target.port ?? 0)"] = target.state
            }
        }
        for targetGroup in new {
            for target in targetGroup.targets {
                let previous = before["\(targetGroup.arn)|\(target.id)|\(target.port ?? 0)"]
                guard let previous, previous != target.state else { continue }
                appendTimeline(
                    TimelineEvent(
                        time: date, resource: targetGroup.name,
                        .health(
                            target: target.id, zone: target.zone, from: previous, to: target.state,
                            reason: target.reason)))
            }
        }
    }

    private func foldMetrics(into distribution: DistributionStatus) -> DistributionStatus {
        guard let snapshot = metrics.value else { return distribution }
        var folded = distribution
        let id = distribution.id
        // The figures are the metrics poll's, whole minutes or nothing: an old value is never kept
        // under a newer minute.
        folded.requests = snapshot.value(MetricName.distributionRequests, id)
        folded.bytesDownloaded = snapshot.value(MetricName.distributionBytes, id)
        folded.errorRate5xx = snapshot.value(MetricName.distribution5xxRate, id).map { $0 / 100 }
        folded.errorRate4xx = snapshot.value(MetricName.distribution4xxRate, id).map { $0 / 100 }
        folded.metricsMinute = snapshot.minute(of: id)
        if distribution.additionalMetricsEnabled {
            folded.hitRatio =
                snapshot.value(MetricName.distributionHitRate, id)
                .map { .measured(Swift.min(1, Swift.max(0, $0 / 100))) } ?? .noData
        } else if !distribution.hitRatio.isSubscriptionUnknown {
            folded.hitRatio = HitRatio.additionalMetricsOff
        }
        return folded
    }

    /// A line in the timeline for each alarm that changed state since the last metrics poll (and for
    /// each already in ALARM at the first), at the time CloudWatch says it changed, with its reason.
    private mutating func noteAlarmChanges(from old: [AlarmStatus]?, to new: [AlarmStatus]?, at date: Date) {
        guard let new else { return }
        let before = Dictionary((old ?? []).map { ($0.name, $0.state) }, uniquingKeysWith: { first, _ in first })
        for alarm in new where before[alarm.name] != alarm.state {
            guard before[alarm.name] != nil || alarm.state == .alarm else { continue }
            appendTimeline(
                TimelineEvent(
                    time: alarm.since ?? date, resource: alarm.resource,
                    .alarm(name: alarm.name, state: alarm.state, reason: alarm.reason)))
        }
    }

    /// Adds the snapshot's complete minutes to the history, each once, at its minute.
    private mutating func recordMinutes(_ snapshot: MetricsSnapshot) {
        for (key, samples) in snapshot.minuteHistory {
            let last = history.samples(key).last?.time ?? .distantPast
            for sample in samples where sample.time > last { history.record(key, sample.value, at: sample.time) }
        }
    }

    /// Adds an entry to the error log, keeping the newest `errorLogLimit`.
    private mutating func appendErrorLog(_ entry: ErrorLogEntry) {
        errorLog.append(entry)
        if errorLog.count > Self.errorLogLimit { errorLog.removeFirst(errorLog.count - Self.errorLogLimit) }
    }

    mutating func appendTimeline(_ entry: TimelineEvent) {
        // Keep the timeline in time order even when an event reports an earlier time than the last.
        let index = timeline.lastIndex { $0.time <= entry.time }.map { $0 + 1 } ?? 0
        timeline.insert(entry, at: index)
        if timeline.count > Self.timelineLimit { timeline.removeFirst(timeline.count - Self.timelineLimit) }
    }
}
