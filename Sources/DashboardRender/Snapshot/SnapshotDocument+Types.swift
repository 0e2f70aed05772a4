import DashboardModel
import Foundation

extension SnapshotDocument {
    /// One Auto Scaling group.
    public struct Group: Sendable, Equatable, Codable {
        /// The group's name.
        public var name: String
        /// Its region.
        public var region: String
        /// Minimum size.
        public var min: Int
        /// Maximum size.
        public var max: Int
        /// Desired capacity.
        public var desired: Int
        /// Instances in service.
        public var inService: Int
        /// Instances launching.
        public var pending: Int
        /// Instances leaving.
        public var terminating: Int
        /// Instances Auto Scaling marks unhealthy.
        public var unhealthy: Int
        /// All instances per zone.
        public var instancesByZone: [String: Int]
        /// The scaling activity in progress, or null.
        public var activity: String?
        /// Launches that failed within the window, by zone and cause, the most first.
        public var launchFailures: [LaunchFailureEntry] = []
        /// When desired reaches max at this ramp; null when not rising.
        public var forecast: Forecast?
        /// The group's scheduled actions, the next first; null when DescribeScheduledActions could not be read.
        public var scheduledActions: [ScheduledActionEntry]? = nil

        private enum CodingKeys: String, CodingKey {
            case name, region, min, max, desired, inService, pending, terminating, unhealthy, instancesByZone, activity,
                launchFailures, forecast,
                scheduledActions
        }

        /// Encodes every field, `activity` as null when nothing is scaling.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(region, forKey: .region)
            try container.encode(min, forKey: .min)
            try container.encode(max, forKey: .max)
            try container.encode(desired, forKey: .desired)
            try container.encode(inService, forKey: .inService)
            try container.encode(pending, forKey: .pending)
            try container.encode(terminating, forKey: .terminating)
            try container.encode(unhealthy, forKey: .unhealthy)
            try container.encode(instancesByZone, forKey: .instancesByZone)
            try container.encode(activity, forKey: .activity)
            try container.encode(launchFailures, forKey: .launchFailures)
            try container.encode(forecast, forKey: .forecast)
            try container.encode(scheduledActions, forKey: .scheduledActions)
        }
    }

    /// One scheduled action of a group.
    public struct ScheduledActionEntry: Sendable, Equatable, Codable {
        /// Its name.
        public var name: String
        /// When it runs next; null when AWS gave no time.
        public var time: Date?
        /// Its cron recurrence, or null for a one-time action.
        public var recurrence: String?
        /// The minimum, maximum and desired capacity it sets; null for those it leaves.
        public var min: Int?
        /// See `min`.
        public var max: Int?
        /// See `min`.
        public var desired: Int?

        private enum CodingKeys: String, CodingKey {
            case name, time, recurrence, min, max, desired
        }

        /// Encodes every field, null where the action gives none.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(time, forKey: .time)
            try container.encode(recurrence, forKey: .recurrence)
            try container.encode(min, forKey: .min)
            try container.encode(max, forKey: .max)
            try container.encode(desired, forKey: .desired)
        }
    }

    /// When a rising group reaches its max.
    public struct Forecast: Sendable, Equatable, Codable {
        /// Seconds until desired reaches max at this ramp, whole.
        public var ceilingInSeconds: Int
        /// What the ramp rests on, e.g. `desired 4 to 9 over 55 s, 12 points, least squares`.
        public var basis: String
    }

    /// Failed launches of a group in one zone for one cause, within the window.
    public struct LaunchFailureEntry: Sendable, Equatable, Codable {
        /// The zone AWS's message names, or null.
        public var zone: String?
        /// `capacity`, `vcpu-quota`, `instance-limit`, `template`, `subnet`, `spot` or `other`.
        public var cause: LaunchFailureCause
        /// AWS's latest status message.
        public var message: String
        /// How many failed within the window.
        public var count: Int
        /// When the latest failed.
        public var lastAt: Date

        private enum CodingKeys: String, CodingKey {
            case zone, cause, message, count, lastAt
        }

        /// Encodes every field, `zone` as null when the message names none.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(zone, forKey: .zone)
            try container.encode(cause, forKey: .cause)
            try container.encode(message, forKey: .message)
            try container.encode(count, forKey: .count)
            try container.encode(lastAt, forKey: .lastAt)
        }
    }

    /// One load balancer.
    public struct LoadBalancer: Sendable, Equatable, Codable {
        /// Its name.
        public var name: String
        /// Its ARN.
        public var arn: String
        /// Its region.
        public var region: String
        /// Its target groups.
        public var targetGroups: [TargetGroup]
    }

    /// One target group with per-zone counts.
    public struct TargetGroup: Sendable, Equatable, Codable {
        /// Its name.
        public var name: String
        /// Its ARN.
        public var arn: String
        /// Counts per zone (empty when `health` is `unknown`).
        public var zones: [Zone]
        /// Where the counts come from: `listed` (every target, DescribeTargetHealth), `cloudwatch`
        /// (HealthyHostCount and UnHealthyHostCount per zone, at scale) or `unknown`.
        public var health: String
        /// The CloudWatch minute of the counts when `health` is `cloudwatch`, else null.
        public var countedAt: Date?

        enum CodingKeys: String, CodingKey {
            case name, arn, zones, health, countedAt
        }

        /// Writes every key, `countedAt` as null when the targets were listed.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(arn, forKey: .arn)
            try container.encode(zones, forKey: .zones)
            try container.encode(health, forKey: .health)
            try container.encode(countedAt, forKey: .countedAt)
        }
    }

    /// Target counts in one zone.
    public struct Zone: Sendable, Equatable, Codable {
        /// The zone, or `unknown`.
        public var zone: String
        /// Healthy targets.
        public var healthy: Int
        /// Unhealthy targets.
        public var unhealthy: Int
        /// Targets in initial checks.
        public var initial: Int
        /// Draining targets.
        public var draining: Int
        /// Unused targets.
        public var unused: Int
        /// AWS's reason codes for unhealthy targets.
        public var reasons: [String]
    }

    /// One Availability Zone across the panels.
    public struct ZoneEntry: Sendable, Equatable, Codable {
        /// The region.
        public var region: String
        /// The zone.
        public var zone: String
        /// `ok`, `degraded` or `down`, or null while target health is unknown.
        public var condition: String?
        /// Instances of the region's groups in the zone, or null while groups are unknown.
        public var instances: ZoneInstances?
        /// Targets of the region's target groups in the zone, or null while target health is unknown.
        public var targets: ZoneTargets?
        /// Databases with their primary or standby in the zone, or null while databases are unknown.
        public var databases: ZoneDatabases?
        /// Since when the zone has served nothing, or null when it is not down.
        public var downSince: Date?
        /// Healthy targets the zone had before it went down, or null (not down, or never seen serving).
        public var wasTargets: Int?

        private enum CodingKeys: String, CodingKey {
            case region, zone, condition, instances, targets, databases, downSince, wasTargets
        }

        /// Encodes every field, unknown values as null.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(region, forKey: .region)
            try container.encode(zone, forKey: .zone)
            try container.encode(condition, forKey: .condition)
            try container.encode(instances, forKey: .instances)
            try container.encode(targets, forKey: .targets)
            try container.encode(databases, forKey: .databases)
            try container.encode(downSince, forKey: .downSince)
            try container.encode(wasTargets, forKey: .wasTargets)
        }
    }

    /// Instance counts in one zone.
    public struct ZoneInstances: Sendable, Equatable, Codable {
        /// In service.
        public var inService: Int
        /// Launching.
        public var pending: Int
        /// Marked unhealthy by Auto Scaling.
        public var unhealthy: Int
    }

    /// Target counts in one zone, over the region's target groups.
    public struct ZoneTargets: Sendable, Equatable, Codable {
        /// Healthy.
        public var healthy: Int
        /// Unhealthy.
        public var unhealthy: Int
        /// Draining.
        public var draining: Int
        /// In initial checks.
        public var initial: Int
    }

    /// One distribution.
    public struct Distribution: Sendable, Equatable, Codable {
        /// The distribution id.
        public var id: String
        /// Its domain name.
        public var domainName: String
        /// The cache hit ratio from 0 to 1, or null when unknown.
        public var hitRatio: Double?
        /// Where the ratio comes from, or why it is unknown.
        public var hitRatioSource: String
        /// Requests in the last minute, or null.
        public var requests: Double?
        /// The 5xx error rate from 0 to 1, or null.
        public var errorRate5xx: Double?

        private enum CodingKeys: String, CodingKey {
            case id, domainName, hitRatio, hitRatioSource, requests, errorRate5xx
        }

        /// Encodes every field, unknown values as null.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(domainName, forKey: .domainName)
            try container.encode(hitRatio, forKey: .hitRatio)
            try container.encode(hitRatioSource, forKey: .hitRatioSource)
            try container.encode(requests, forKey: .requests)
            try container.encode(errorRate5xx, forKey: .errorRate5xx)
        }
    }

    /// One database.
    public struct Database: Sendable, Equatable, Codable {
        /// The DB instance or cluster id.
        public var id: String
        /// The engine.
        public var engine: String
        /// The status, e.g. `available`.
        public var status: String
        /// Whether it is Multi-AZ.
        public var multiAZ: Bool
        /// The primary's zone, or null.
        public var primaryZone: String?
        /// The standby's zone, or null.
        public var secondaryZone: String?
        /// The failover state.
        public var failover: Failover

        private enum CodingKeys: String, CodingKey {
            case id, engine, status, multiAZ, primaryZone, secondaryZone, failover
        }

        /// Encodes every field, unknown zones as null.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(engine, forKey: .engine)
            try container.encode(status, forKey: .status)
            try container.encode(multiAZ, forKey: .multiAZ)
            try container.encode(primaryZone, forKey: .primaryZone)
            try container.encode(secondaryZone, forKey: .secondaryZone)
            try container.encode(failover, forKey: .failover)
        }
    }

    /// A database's failover state.
    public struct Failover: Sendable, Equatable, Codable {
        /// `none`, `inProgress`, `completed` or `failed`.
        public var state: String
        /// When it started, or null.
        public var startedAt: Date?
        /// When it completed, or null.
        public var completedAt: Date?

        private enum CodingKeys: String, CodingKey {
            case state, startedAt, completedAt
        }

        /// Encodes every field, unknown times as null.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(state, forKey: .state)
            try container.encode(startedAt, forKey: .startedAt)
            try container.encode(completedAt, forKey: .completedAt)
        }
    }

    /// The cost figures.
    public struct Cost: Sendable, Equatable, Codable {
        /// USD per hour of what runs now.
        public var burnRatePerHour: Double
        /// USD spent since the dashboard (or snapshot) started.
        public var sinceStart: Double
        /// Cost Explorer's month to date, or null.
        public var monthToDate: Double?
        /// `USD`.
        public var currency: String
        /// Where prices came from (its raw value in JSON).
        public var source: PriceSource
        /// What the dashboard's polling costs per day at its intervals.
        public var pollingPerDay: Double
        /// What the burn rate is made of, the largest first (`perHour` written out).
        public var lines: [CostLineEntry]

        private enum CodingKeys: String, CodingKey {
            case burnRatePerHour, sinceStart, monthToDate, currency, source, pollingPerDay, lines
        }

        /// Encodes every field, an unknown month to date as null.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(burnRatePerHour, forKey: .burnRatePerHour)
            try container.encode(sinceStart, forKey: .sinceStart)
            try container.encode(monthToDate, forKey: .monthToDate)
            try container.encode(currency, forKey: .currency)
            try container.encode(source, forKey: .source)
            try container.encode(pollingPerDay, forKey: .pollingPerDay)
            try container.encode(lines, forKey: .lines)
        }
    }

    /// One line of the burn rate.
    public struct CostLineEntry: Sendable, Equatable, Codable {
        /// What it is, worded as the cost panel words it, e.g. `m5.large` or `ALB`.
        public var item: String
        /// How many run.
        public var quantity: Double
        /// USD per hour for one.
        public var unitPerHour: Double

        /// USD per hour for all of them.
        public var perHour: Double { quantity * unitPerHour }

        /// Creates an entry.
        public init(item: String, quantity: Double, unitPerHour: Double) {
            self.item = item
            self.quantity = quantity
            self.unitPerHour = unitPerHour
        }

        private enum CodingKeys: String, CodingKey {
            case item, quantity, unitPerHour, perHour
        }

        /// Reads `item`, `quantity` and `unitPerHour` (`perHour` follows from them).
        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                item: try container.decode(String.self, forKey: .item),
                quantity: try container.decode(Double.self, forKey: .quantity),
                unitPerHour: try container.decode(Double.self, forKey: .unitPerHour))
        }

        /// Writes every field, `perHour` included, for readers of snapshots that do not multiply.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(item, forKey: .item)
            try container.encode(quantity, forKey: .quantity)
            try container.encode(unitPerHour, forKey: .unitPerHour)
            try container.encode(perHour, forKey: .perHour)
        }
    }

    /// One alert.
    public struct AlertEntry: Sendable, Equatable, Codable {
        /// `warning` or `critical`.
        public var severity: String
        /// The alert's stable code.
        public var code: String
        /// The resource.
        public var resource: String
        /// The message.
        public var message: String
    }

    /// One CloudWatch alarm on a watched resource.
    public struct AlarmEntry: Sendable, Equatable, Codable {
        /// The alarm's name.
        public var name: String
        /// `OK`, `ALARM` or `INSUFFICIENT_DATA`.
        public var state: String
        /// CloudWatch's reason, or null.
        public var reason: String?
        /// When it entered the state, or null.
        public var since: Date?
        /// The watched resource it names.
        public var resource: String

        /// The entry of `alarm`.
        public init(_ alarm: AlarmStatus) {
            name = alarm.name
            state = alarm.state.rawValue
            reason = alarm.reason
            since = alarm.since
            resource = alarm.resource
        }

        private enum CodingKeys: String, CodingKey { case name, state, reason, since, resource }

        /// Encodes every field, unknowns as null.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(state, forKey: .state)
            try container.encode(reason, forKey: .reason)
            try container.encode(since, forKey: .since)
            try container.encode(resource, forKey: .resource)
        }
    }

    /// One failed call: a source's required call (the source is stale) or an optional one (only `fact` is missing).
    public struct ErrorEntry: Sendable, Equatable, Codable {
        /// The source's name, e.g. `autoScaling`.
        public var source: String
        /// What went wrong.
        public var message: String
        /// The IAM action of the call that failed, e.g. `autoscaling:DescribePolicies`; null when no call was made.
        public var action: String?
        /// `denied`, `throttled`, `unreachable`, `timeout`, `malformed`, `server`, `credentials`, `clockSkew` or `other`.
        public var kind: String
        /// The fact missing because of it (`scalingPolicies`, ...), or null when the whole source failed.
        public var fact: String?
        /// Where the fact is missing: a region or a resource; null when the whole source failed.
        public var scope: String?

        /// Creates an entry for `failure` of `source`, costing `missing` when only that fact is lost.
        public init(source: DataSource, failure: SourceFailure, missing: MissingFact? = nil) {
            self.source = source.rawValue
            message = failure.message
            action = failure.action
            kind = failure.reportedKind
            fact = missing?.fact.rawValue
            scope = missing?.scope
        }

        private enum CodingKeys: String, CodingKey { case source, message, action, kind, fact, scope }

        /// Encodes every field, unknowns as null.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(source, forKey: .source)
            try container.encode(message, forKey: .message)
            try container.encode(action, forKey: .action)
            try container.encode(kind, forKey: .kind)
            try container.encode(fact, forKey: .fact)
            try container.encode(scope, forKey: .scope)
        }
    }
}
