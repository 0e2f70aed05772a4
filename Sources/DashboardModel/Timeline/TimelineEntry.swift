import Foundation

/// What a timeline line says happened, as facts: the words and the colour are `DashboardRender`'s.
public enum TimelineEntry: Sendable, Equatable {
    /// A scaling activity started or changed status; a failed launch carries its classified failure.
    case scalingActivity(ScalingActivity, launchFailure: LaunchFailure?)
    /// An RDS event, in AWS's words.
    case databaseEvent(DatabaseEvent)
    /// A database's failover changed state, with its zones then.
    case failover(FailoverState, primaryZone: String?, standbyZone: String?)
    /// A target changed health.
    case health(target: String, zone: String?, from: TargetState, to: TargetState, reason: String?)
    /// A zone stopped serving: its targets now, and the healthy ones it had, when it was seen serving.
    case zoneDown(ZoneTargetCounts, hadHealthy: Int?)
    /// A zone serves again after `downFor` seconds: its targets now, and the healthy ones before it went down.
    case zoneServesAgain(downFor: TimeInterval, ZoneTargetCounts, hadHealthy: Int?)
    /// A CloudWatch alarm changed state, with CloudWatch's reason.
    case alarm(name: String, state: AlarmStatus.State, reason: String?)
    /// A source's poll failed, after answering before.
    case sourceFailing(SourceFailure)
    /// A failing source answered again.
    case sourceRecovered
    /// Something discovery wants the operator to know (e.g. a cap on the resources watched), in the collector's words.
    case discoveryWarning(CollectorWarning)
    /// A scaling change ended: how, and what happened (its audit record's detail).
    case scaled(ScalingResult, detail: ScalingDetail)
    /// A scheduled action was put or deleted (or refused, or failed): how, and what happened (its audit record's detail).
    case scheduleChanged(ScalingResult, detail: ScalingDetail)
    /// The operator switched regions; the figures start again.
    case regionsSwitched(to: [String], from: [String])
    /// A fault was injected into the simulation (the demo only), and what the simulation did.
    case fault(FaultRequest, FaultInjection)

    /// The kind of line: the timeline's column.
    public var kind: TimelineEvent.Kind {
        switch self {
        case .scalingActivity: return .scaling
        case .databaseEvent, .failover: return .database
        case .health, .zoneDown, .zoneServesAgain: return .health
        case .alarm: return .alarm
        case .sourceFailing, .sourceRecovered, .discoveryWarning: return .source
        case .scaled, .scheduleChanged, .regionsSwitched, .fault: return .operator
        }
    }
}
