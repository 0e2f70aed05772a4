import Foundation
import SimulatorModel

/// Cost Explorer (JSON 1.1, `AWSInsightsIndexService`) `GetCostAndUsage` from the model's ledger.
public enum CostExplorerReplies {
    /// Cost metrics answered in USD; every one carries the same amount (no discounts or credits here).
    static let costMetrics: Set<String> = [
        "UnblendedCost", "BlendedCost", "AmortizedCost", "NetUnblendedCost", "NetAmortizedCost"
    ]
    /// Every metric name Cost Explorer accepts.
    static let knownMetrics = costMetrics.union(["UsageQuantity", "NormalizedUsageAmount"])

    /// Answers `operation` from `model`.
    public static func handle(_ operation: String, body: JSONBody, requestID: String, model: LaunchDayModel)
        throws(QueryError) -> WireResponse
    {
        guard operation == "GetCostAndUsage" else {
            throw QueryError(code: "UnknownOperationException", message: "")
        }
        guard let period = body.object("TimePeriod"), let startText = period["Start"] as? String,
            let endText = period["End"] as? String,
            let startDay = dayNumber(startText), let endDay = dayNumber(endText)
        else {
            throw QueryError(
                code: "ValidationException", message: "TimePeriod with Start and End (yyyy-MM-dd) is required")
        }
        guard startDay < endDay else {
            throw QueryError(
                code: "ValidationException", message: "Start date (and hour) should be before end date (and hour)")
        }
        let metrics = (body.array("Metrics") as? [String]) ?? []
        guard !metrics.isEmpty else {
            throw QueryError(code: "ValidationException", message: "Metrics is required")
        }
        if let unknown = metrics.first(where: { !knownMetrics.contains($0) }) {
            throw QueryError(code: "ValidationException", message: "Invalid metrics: \(unknown)")
        }
        let granularity = body.string("Granularity") ?? "DAILY"
        guard ["DAILY", "MONTHLY", "HOURLY"].contains(granularity) else {
            throw QueryError(code: "ValidationException", message: "Granularity must be DAILY, MONTHLY or HOURLY")
        }
        let groupBy = (body.array("GroupBy") as? [[String: Any]]) ?? []
        let bySeviceGroup = groupBy.contains { ($0["Key"] as? String) == "SERVICE" }
        if let other = groupBy.first(where: { ($0["Key"] as? String) != "SERVICE" }) {
            throw QueryError(
                code: "ValidationException",
                message: "The simulator groups by SERVICE only, not \(other["Key"] as? String ?? "?")")
        }

        var results: [JSONText] = []
        for (from, to) in periods(startDay: startDay, endDay: endDay, monthly: granularity == "MONTHLY") {
            let range = from..<to
            /// The requested metrics of `service` (nil: all) over the period.
            func amounts(_ service: String?) -> JSONText {
                let total = model.costs.total(service: service, days: range)
                return .object(
                    metrics.map { name in
                        let amount = costMetrics.contains(name) ? String(format: "%.10f", total) : "0"
                        return (
                            name,
                            .object([
                                ("Amount", .string(amount)),
                                ("Unit", .string(costMetrics.contains(name) ? "USD" : "N/A"))
                            ])
                        )
                    })
            }
            let groups: [JSONText] =
                bySeviceGroup
                ? CostLedger.Service.all.filter { model.costs.total(service: $0, days: range) > 0 }.map { service in
                    .object([("Keys", .array([.string(service)])), ("Metrics", amounts(service))])
                }
                : []
            results.append(
                .object([
                    ("TimePeriod", .object([("Start", .string(dayText(from))), ("End", .string(dayText(to)))])),
                    ("Total", bySeviceGroup ? .object([]) : amounts(nil)),
                    ("Groups", .array(groups)),
                    ("Estimated", .bool(to > model.day(at: model.now) - 1))
                ]))
        }
        let definitions: [JSONText] =
            bySeviceGroup ? [.object([("Type", .string("DIMENSION")), ("Key", .string("SERVICE"))])] : []
        let reply = JSONText.object([
            ("GroupDefinitions", .array(definitions)),
            ("ResultsByTime", .array(results)),
            ("DimensionValueAttributes", .array([]))
        ])
        return .json(200, reply.text, requestID: requestID)
    }

    /// Day or month periods covering `startDay ..< endDay`.
    static func periods(startDay: Int, endDay: Int, monthly: Bool) -> [(Int, Int)] {
        var periods: [(Int, Int)] = []
        var day = startDay
        while day < endDay {
            var next = day + 1
            if monthly {
                while next < endDay, dayText(next).hasSuffix("-01") == false { next += 1 }
            }
            periods.append((day, next))
            day = next
        }
        return periods
    }

    /// Days since 1970 of `yyyy-MM-dd`.
    static func dayNumber(_ text: String) -> Int? {
        guard let date = try? Date(text + "T00:00:00Z", strategy: .iso8601) else { return nil }
        return Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    /// `yyyy-MM-dd` of a day number.
    static func dayText(_ day: Int) -> String {
        String(Date(timeIntervalSince1970: Double(day) * 86_400).formatted(.iso8601).prefix(10))
    }
}
