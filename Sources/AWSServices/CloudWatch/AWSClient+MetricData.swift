import AWSCore
import Foundation

/// The merged answer to any number of metric queries.
public struct MetricDataBatch: Sendable, Equatable {
    /// One result per query id, pages merged, in the order the queries were given.
    public var results: [CloudWatch.MetricDataResult]
    /// How many `GetMetricData` calls were made (each is billed per metric).
    public var calls: Int
    /// True when a batch stopped at the page cap; its results are then incomplete.
    public var truncated: Bool
}

extension AWSClient {
    /// Runs `queries` in batches of 500 (expressions stay in the batch of the queries they follow),
    /// follows every page, and merges each query's pages into one result.
    ///
    /// At most `batchConcurrency` batches are under way at once: each call counts against the
    /// 50-per-second quota of the account and region, which a dashboard shares with everything else.
    public func metricData(
        _ queries: [CloudWatch.MetricDataQuery], start: Date, end: Date,
        maxPagesPerBatch: Int = 20
    ) async throws -> MetricDataBatch {
        var batches: [[CloudWatch.MetricDataQuery]] = []
        var index = 0
        while index < queries.count {
            let batch = Array(queries[index..<min(index + CloudWatch.GetMetricData.maxQueries, queries.count)])
            index += batch.count
            batches.append(batch)
        }
        let answers = try await mapConcurrently(batches, limit: CloudWatch.GetMetricData.batchConcurrency) { batch in
            try await self.sendAll(
                CloudWatch.GetMetricData(queries: batch, startTime: start, endTime: end), maxPages: maxPagesPerBatch)
        }
        var merged: [String: CloudWatch.MetricDataResult] = [:]
        var calls = 0
        var truncated = false
        for pages in answers {
            calls += pages.pages
            truncated = truncated || pages.truncated
            for result in pages.items {
                if var existing = merged[result.id] {
                    existing.timestamps += result.timestamps
                    existing.values += result.values
                    existing.messages += result.messages
                    existing.statusCode = result.statusCode ?? existing.statusCode
                    merged[result.id] = existing
                } else {
                    merged[result.id] = result
                }
            }
        }
        let ordered = queries.compactMap { merged[$0.id] }
        return MetricDataBatch(results: ordered, calls: calls, truncated: truncated)
    }
}
