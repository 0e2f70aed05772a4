import Foundation
import SimulatorModel

/// CloudWatch (query, 2010-08-01) `GetMetricData`: the model's one-minute series as CloudWatch publishes them.
public enum CloudWatchReplies {
    /// Answers `call` from `model`.
    public static func handle(_ call: QueryCall, model: inout LaunchDayModel) throws(QueryError) -> WireResponse {
        switch call.action {
        case "GetMetricData": return try getMetricData(call, model: model)
        case "DescribeAlarms": return describeAlarms(call, alarms: model.alarms, model: model)
        default: throw call.unsupported
        }
    }

    /// `DescribeAlarms`: the shop's metric alarms (filtered by `StateValue`), in one page.
    static func describeAlarms(_ call: QueryCall, alarms: [SimAlarm], model: LaunchDayModel) -> WireResponse {
        let wanted = call.parameters["StateValue"]
        let shown = alarms.filter { wanted == nil || $0.state.rawValue == wanted }
        let config = model.config
        return call.reply { result in
            result.members("MetricAlarms", shown) { xml, alarm in
                xml.leaf("AlarmName", alarm.name)
                xml.leaf("AlarmArn", "arn:aws:cloudwatch:\(config.region):\(config.accountID):alarm:\(alarm.name)")
                xml.leaf("StateValue", alarm.state.rawValue)
                xml.leaf("StateReason", alarm.reason)
                xml.leaf("StateUpdatedTimestamp", WireDate.iso(model, alarm.since))
                xml.leaf("Namespace", alarm.namespace)
                xml.leaf("MetricName", alarm.metricName)
                xml.members("Dimensions", alarm.dimensions.sorted { $0.key < $1.key }) { dimension, pair in
                    dimension.leaf("Name", pair.key)
                    dimension.leaf("Value", pair.value)
                }
                xml.leaf("Statistic", alarm.metricName == "CPUUtilization" ? "Average" : "Sum")
                xml.leaf("Period", 60)
                xml.leaf("EvaluationPeriods", 1)
                xml.leaf("Threshold", String(alarm.threshold))
                xml.leaf("ComparisonOperator", "GreaterThanThreshold")
                xml.leaf("ActionsEnabled", true)
            }
            result.element("CompositeAlarms") { _ in }
        }
    }

    /// One decoded `MetricDataQuery`.
    struct Query {
        /// The query id the reply echoes.
        var id: String
        /// The label, when the caller gave one.
        var label: String?
        /// The metric asked for; nil for expression queries.
        var key: MetricKey?
        /// Seconds per datapoint.
        var period: Int
        /// The statistic, e.g. `Average`.
        var stat: String
        /// Whether the result is returned.
        var returnData: Bool
    }

    /// `GetMetricData`: validates the window and queries, then answers each with the datapoints
    /// published so far (late, the newest minute partial, zero counts absent; see
    /// `LaunchDayModel.publishedDatapoints`), or with none in a region whose metrics the store does not hold.
    static func getMetricData(_ call: QueryCall, model: LaunchDayModel, holdsSeries: Bool = true) throws(QueryError)
        -> WireResponse
    {
        let parameters = call.parameters
        guard let startText = parameters["StartTime"], let endText = parameters["EndTime"],
            let startDate = WireDate.parse(startText), let endDate = WireDate.parse(endText)
        else {
            throw QueryError(
                code: "ValidationError",
                message: "The parameters StartTime and EndTime are required and must be timestamps.")
        }
        guard startDate < endDate else {
            throw QueryError(
                code: "ValidationError", message: "The parameter StartTime must be less than the parameter EndTime.")
        }
        let indices = parameters.structureIndices("MetricDataQueries")
        guard !indices.isEmpty else {
            throw QueryError(code: "ValidationError", message: "The parameter MetricDataQueries is required.")
        }
        guard indices.count <= 500 else {
            throw QueryError(
                code: "ValidationError",
                message: "The collection MetricDataQueries must not have a size greater than 500.")
        }
        var queries: [Query] = []
        for index in indices {
            let base = "MetricDataQueries.member.\(index)."
            guard let id = parameters[base + "Id"] else {
                throw QueryError(
                    code: "ValidationError", message: "The parameter MetricDataQueries.member.\(index).Id is required.")
            }
            let stat = base + "MetricStat."
            var key: MetricKey?
            if let namespace = parameters[stat + "Metric.Namespace"], let name = parameters[stat + "Metric.MetricName"]
            {
                // Members are numbered from 1 without gaps; reading them in turn keeps a call of 500
                // queries from scanning every parameter once per query.
                var dimensions: [MetricKey.Dimension] = []
                while let dimName = parameters[stat + "Metric.Dimensions.member.\(dimensions.count + 1).Name"],
                    let value = parameters[stat + "Metric.Dimensions.member.\(dimensions.count + 1).Value"]
                {
                    dimensions.append(MetricKey.Dimension(dimName, value))
                }
                key = MetricKey(namespace, name, dimensions)
            }
            let period = try parameters.integer(stat + "Period") ?? 60
            guard period >= 60, period % 60 == 0 else {
                throw QueryError(
                    code: "ValidationError",
                    message:
                        "The parameter MetricDataQueries.member.\(index).MetricStat.Period must be a multiple of 60.")
            }
            queries.append(
                Query(
                    id: id, label: parameters[base + "Label"], key: key, period: period,
                    stat: parameters[stat + "Stat"] ?? "Average",
                    returnData: parameters[base + "ReturnData"] != "false"))
        }
        let start = startDate.timeIntervalSince(model.config.startDate)
        let end = min(endDate.timeIntervalSince(model.config.startDate), model.now + 1)
        let ascending = parameters["ScanBy"] == "TimestampAscending"
        return call.reply { result in
            result.members("MetricDataResults", queries.filter(\.returnData)) { xml, query in
                var points: [(Double, Double)] = []
                if let key = query.key, holdsSeries {
                    let published =
                        model.quietDatapoints(key, from: start, to: end, periodSeconds: query.period)
                        ?? model.publishedDatapoints(key, from: start, to: end, periodSeconds: query.period)
                    for (periodStart, bucket) in published {
                        if let value = bucket.statistic(statistic(query.stat)) { points.append((periodStart, value)) }
                    }
                }
                if !ascending { points.reverse() }
                xml.leaf("Id", query.id)
                xml.leaf("Label", query.label ?? query.key?.name ?? query.id)
                xml.stringMembers("Timestamps", points.map { WireDate.iso(model, $0.0) })
                xml.stringMembers("Values", points.map { format($0.1) })
                xml.leaf("StatusCode", "Complete")
            }
            result.element("Messages") { _ in }
        }
    }

    /// The stored statistic that serves `stat`; percentiles are answered with the maximum.
    static func statistic(_ stat: String) -> String {
        stat.hasPrefix("p") || stat.hasPrefix("tm") ? "Maximum" : stat
    }

    /// A double with up to six decimals, no exponent.
    static func format(_ value: Double) -> String {
        String(format: "%.6f", value)
    }
}
