import AWSCore

extension CloudWatch {
    /// A metric dimension, e.g. `DistributionId=E123`.
    public struct Dimension: Sendable, Equatable, Hashable {
        /// The dimension name.
        public var name: String
        /// The dimension value.
        public var value: String

        /// Creates a dimension.
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// One query of `GetMetricData`: a metric statistic, or an expression over other queries.
    public struct MetricDataQuery: Sendable, Equatable {
        /// What the query asks for.
        public enum Source: Sendable, Equatable {
            /// A statistic (`Sum`, `Average`, `p99`, ...) of one metric at `period` seconds.
            case metric(
                namespace: String, metricName: String, dimensions: [Dimension], period: Int, stat: String, unit: String?
            )
            /// A metric math expression over other queries' ids, at `period` seconds when given.
            case expression(String, period: Int?)
        }

        /// The query id: starts with a lower-case letter; letters, digits and `_`.
        public var id: String
        /// What the query asks for.
        public var source: Source
        /// A label for the result.
        public var label: String?
        /// Whether the result is returned (false for inputs of an expression).
        public var returnData: Bool?

        /// Creates a query.
        public init(id: String, source: Source, label: String? = nil, returnData: Bool? = nil) {
            self.id = id
            self.source = source
            self.label = label
            self.returnData = returnData
        }

        /// Adds the query's fields under `prefix` (`MetricDataQueries.member.N`).
        func encode(into params: inout QueryParameters, prefix: String) {
            params.add("\(prefix).Id", id)
            switch source {
            case let .metric(namespace, metricName, dimensions, period, stat, unit):
                params.add("\(prefix).MetricStat.Metric.Namespace", namespace)
                params.add("\(prefix).MetricStat.Metric.MetricName", metricName)
                params.addList("\(prefix).MetricStat.Metric.Dimensions", dimensions) {
                    params, dimensionPrefix, dimension in
                    params.add("\(dimensionPrefix).Name", dimension.name)
                    params.add("\(dimensionPrefix).Value", dimension.value)
                }
                params.add("\(prefix).MetricStat.Period", period)
                params.add("\(prefix).MetricStat.Stat", stat)
                params.add("\(prefix).MetricStat.Unit", unit)
            case let .expression(expression, period):
                params.add("\(prefix).Expression", expression)
                params.add("\(prefix).Period", period)
            }
            params.add("\(prefix).Label", label)
            params.add("\(prefix).ReturnData", returnData)
        }
    }
}
