import AWSCore
import AWSServices
import Foundation
import TestSupport
import Testing

@Suite struct CloudWatchTests {
    static let requests = CloudWatch.MetricDataQuery(
        id: "requests",
        source: .metric(
            namespace: "AWS/CloudFront", metricName: "Requests",
            dimensions: [.init("DistributionId", "E1"), .init("Region", "Global")],
            period: 60, stat: "Sum", unit: nil))

    @Test func encodesNestedQueries() throws {
        let start = Date(timeIntervalSince1970: 1_764_094_440)
        let ratio = CloudWatch.MetricDataQuery(
            id: "ratio", source: .expression("100 * hits / requests", period: 60),
            label: "Hit ratio")
        let params = try formParameters(
            CloudWatch.GetMetricData(
                queries: [Self.requests, ratio], startTime: start,
                endTime: start.addingTimeInterval(600)))
        #expect(params["MetricDataQueries.member.1.Id"] == "requests")
        #expect(params["MetricDataQueries.member.1.MetricStat.Metric.Namespace"] == "AWS/CloudFront")
        #expect(params["MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.2.Name"] == "Region")
        #expect(params["MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.2.Value"] == "Global")
        #expect(params["MetricDataQueries.member.1.MetricStat.Period"] == "60")
        #expect(params["MetricDataQueries.member.1.MetricStat.Stat"] == "Sum")
        #expect(params["MetricDataQueries.member.2.Expression"] == "100 * hits / requests")
        #expect(params["MetricDataQueries.member.2.Label"] == "Hit ratio")
        #expect(params["StartTime"] == "2025-11-25T18:14:00Z")
        #expect(params["EndTime"] == "2025-11-25T18:24:00Z")
        #expect(params["ScanBy"] == "TimestampAscending")
    }

    @Test func decodesRecordedMetricData() throws {
        let page = try Fixture.decode(
            CloudWatch.GetMetricData(queries: [], startTime: Date(), endTime: Date()),
            "CloudWatch/GetMetricData.xml")
        #expect(page.results.map(\.id) == ["requests", "hits"])
        #expect(page.results[0].values == [100, 120, 90])
        #expect(page.results[0].timestamps.count == 3)
        #expect(page.results[0].statusCode == "Complete")
        // CacheHitRate without the paid metrics: no data points, not zeros.
        #expect(page.results[1].values.isEmpty)
        let error = try Fixture.error(
            CloudWatch.GetMetricData(queries: [], startTime: Date(), endTime: Date()),
            "CloudWatch/GetMetricData-validation.xml")
        #expect(error.category == .validation)
    }

    @Test func mismatchedListsAreADecodingError() throws {
        let body =
            "<GetMetricDataResponse><GetMetricDataResult><MetricDataResults><member><Id>a</Id><Timestamps><member>2025-11-25T18:14:00Z</member></Timestamps><Values/></member></MetricDataResults></GetMetricDataResult></GetMetricDataResponse>"
        let operation = CloudWatch.GetMetricData(queries: [], startTime: Date(), endTime: Date())
        #expect(throws: AWSDecodingError.self) {
            try operation.decode(AWSReply(response: .text(200, body), operation: operation.name))
        }
    }

    @Test func batchesFiveHundredQueriesACallAndMergesPages() async throws {
        let queries = (0..<1_001).map { index in
            CloudWatch.MetricDataQuery(
                id: "m\(index)",
                source: .metric(
                    namespace: "N", metricName: "M", dimensions: [],
                    period: 60, stat: "Sum", unit: nil))
        }
        @Sendable func reply(_ ids: [String], value: Int, next: String?) -> HTTPResponse {
            let members = ids.map {
                "<member><Id>\($0)</Id><Timestamps><member>2025-11-25T18:1\(value):00Z</member></Timestamps><Values><member>\(value)</member></Values><StatusCode>Complete</StatusCode></member>"
            }.joined()
            let token = next.map { "<NextToken>\($0)</NextToken>" } ?? ""
            return .text(
                200,
                "<GetMetricDataResponse><GetMetricDataResult><MetricDataResults>\(members)</MetricDataResults>\(token)</GetMetricDataResult></GetMetricDataResponse>"
            )
        }
        // The batches go out together, so each is answered by what it asks, not by its turn.
        let transport = AnsweringTransport { body in
            if body.contains("NextToken=p2") { return reply(["m0"], value: 2, next: nil) }
            if body.contains("MetricDataQueries.member.1.Id=m0&") { return reply(["m0", "m1"], value: 1, next: "p2") }
            if body.contains("MetricDataQueries.member.1.Id=m500&") { return reply(["m500"], value: 3, next: nil) }
            return reply(["m1000"], value: 4, next: nil)
        }
        let client = AWSClient(
            endpoints: EndpointResolver(region: "us-east-1", environment: [:]),
            credentials: CountingCredentialProvider(), transport: transport)
        let batch = try await client.metricData(queries, start: Date(), end: Date())
        #expect(batch.calls == 4)
        #expect(!batch.truncated)
        #expect(batch.results.map(\.id) == ["m0", "m1", "m500", "m1000"])
        #expect(batch.results[0].values == [1, 2])
        let bodies = transport.bodies()
        #expect(bodies.count == 4)
        let first = try #require(
            bodies.first { $0.contains("MetricDataQueries.member.1.Id=m0&") && !$0.contains("NextToken") })
        #expect(first.contains("MetricDataQueries.member.500.Id=m499"))
        #expect(!first.contains("MetricDataQueries.member.501."))
        #expect(bodies.contains { $0.contains("MetricDataQueries.member.1.Id=m0&") && $0.contains("NextToken=p2") })
        let last = try #require(bodies.first { $0.contains("MetricDataQueries.member.1.Id=m1000&") })
        #expect(!last.contains("MetricDataQueries.member.2."))
    }
}

/// Answers each request from its form body, whatever order the requests come in, and keeps the bodies.
private final class AnsweringTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [String] = []
    private let answer: @Sendable (String) -> HTTPResponse

    init(_ answer: @escaping @Sendable (String) -> HTTPResponse) { self.answer = answer }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let body = String(decoding: request.body, as: UTF8.self)
        lock.withLock { seen.append(body) }
        return answer(body)
    }

    /// The bodies sent, in the order they arrived.
    func bodies() -> [String] { lock.withLock { seen } }
}
