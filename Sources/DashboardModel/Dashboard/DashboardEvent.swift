import Foundation

/// Cost Explorer's figures from one fetch.
public struct CostActuals: Sendable, Equatable, Codable {
    /// Month to date, USD.
    public var monthToDate: Double?
    /// Today so far, USD.
    public var today: Double?
    /// When Cost Explorer gave them (earlier than the poll when they come from a cache); nil for now.
    public var fetchedAt: Date?

    /// Creates actuals.
    public init(monthToDate: Double?, today: Double?, fetchedAt: Date? = nil) {
        self.monthToDate = monthToDate
        self.today = today
        self.fetchedAt = fetchedAt
    }
}

/// What one poll of a source brought back.
public enum PollResult: Sendable, Equatable {
    /// Auto Scaling groups with their instances, activities and policies.
    case autoScaling([AutoScalingGroupStatus])
    /// Target groups with their targets' health.
    case targetHealth([TargetGroupHealth])
    /// Databases and the RDS events seen since the last poll (repeats are harmless).
    case databases([DatabaseStatus], events: [DatabaseEvent])
    /// CloudFront distributions (without metrics: those come with `metrics`).
    case distributions([DistributionStatus])
    /// CloudWatch's latest values.
    case metrics(MetricsSnapshot)
    /// Cost Explorer's actuals and, when fetched, a fresh price table.
    case cost(CostActuals, prices: PriceTable?)
    /// The poll failed.
    case failed(SourceFailure)
    /// The poll succeeded without some facts, whose optional calls failed.
    indirect case partial(PollResult, missing: [MissingFact])

    /// The result without its missing facts, and those facts.
    public var parts: (result: PollResult, missing: [MissingFact]) {
        if case let .partial(result, missing) = self { return (result.parts.result, result.parts.missing + missing) }
        return (self, [])
    }
}

/// Everything that changes the dashboard's state: time passing, poll results, the operator.
public enum DashboardEvent: Sendable, Equatable {
    /// Time passed; due polls start.
    case tick(Date)
    /// The operator asked for a refresh now: every source but Cost Explorer, which charges per request.
    case refreshRequested(Date)
    /// One source should be polled now (e.g. Auto Scaling after a scaling change).
    case pollNow(DataSource, Date)
    /// The operator paused or resumed polling.
    case pauseToggled(Date)
    /// A poll of a source finished.
    case polled(DataSource, PollResult, Date)
    /// The operator did something worth keeping in the timeline (a scaling change, applied or not).
    case operatorAction(TimelineEvent)
    /// Prices arrived apart from Cost Explorer's figures (the Pricing API's replacing the bundled table).
    case priced(PriceTable, Date)
    /// The credential chain said what it last resolved and how long it can renew it.
    case credentialsChecked(CredentialStatus, Date)
}

/// What the shell must do after an event.
public enum DashboardEffect: Sendable, Equatable {
    /// Start a poll of the source.
    case poll(DataSource)
}

/// One entry of the error log, recallable after the stale mark is gone.
public struct ErrorLogEntry: Sendable, Equatable, Codable {
    /// When it happened.
    public var time: Date
    /// Which source.
    public var source: DataSource
    /// What went wrong.
    public var failure: SourceFailure

    /// Creates an entry.
    public init(time: Date, source: DataSource, failure: SourceFailure) {
        self.time = time
        self.source = source
        self.failure = failure
    }
}
