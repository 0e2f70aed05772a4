import SimulatorModel
import XCTest

/// CloudWatch as the model publishes it: a minute late, the newest minute partial, zero counts absent.
final class MetricPublicationTests: XCTestCase {
    func testAMinuteIsFirstPublishedOneMinuteAfterItStartsFilling() {
        var model = LaunchDayModel(seed: 21)
        let healthy = MetricKey("AWS/ApplicationELB", "HealthyHostCount", model.targetGroupDimensions)
        model.advance(to: 59)
        XCTAssertTrue(
            model.publishedDatapoints(healthy, from: 0, to: 60, periodSeconds: 60).isEmpty,
            "nothing is published in the first minute")
        model.advance(to: 60)
        XCTAssertEqual(model.publishedDatapoints(healthy, from: 0, to: 61, periodSeconds: 60).map(\.start), [0])
        model.advance(to: 615)
        let starts = model.publishedDatapoints(healthy, from: 0, to: 616, periodSeconds: 60).map(\.start)
        XCTAssertEqual(starts.last, 540, "at 10:15 minute 10 is not out yet and minute 9 is the newest")
        XCTAssertEqual(starts.count, 10)
    }

    func testTheNewestMinutesSumGrowsUntilItIsComplete() {
        var model = LaunchDayModel(seed: 22)
        let requests = MetricKey("AWS/ApplicationELB", "RequestCount", model.loadBalancerDimensions)
        func newest() -> (start: Double, sum: Double)? {
            model.publishedDatapoints(requests, from: 0, to: model.now + 1, periodSeconds: 60).last.map {
                ($0.start, $0.bucket.sum)
            }
        }
        model.advance(to: 600)
        let minute9 = model.metrics.aggregated(requests, from: 540, to: 600, periodSeconds: 60).first?.bucket.sum ?? 0
        XCTAssertGreaterThan(minute9, 0)
        model.advance(to: 610)
        let early = newest()
        XCTAssertEqual(early?.start, 540)
        XCTAssertEqual(early?.sum ?? 0, (minute9 * 11 / 60).rounded(), accuracy: 0.5, "11 of 60 seconds published")
        model.advance(to: 640)
        let later = newest()
        XCTAssertEqual(later?.start, 540)
        XCTAssertGreaterThan(later?.sum ?? 0, early?.sum ?? 0, "the newest minute's Sum grows")
        XCTAssertLessThan(later?.sum ?? 0, minute9)
        model.advance(to: 660)
        let points = model.publishedDatapoints(requests, from: 0, to: 661, periodSeconds: 60)
        XCTAssertEqual(
            points.first { $0.start == 540 }?.bucket.sum ?? 0, minute9.rounded(), accuracy: 0.5,
            "complete a minute after it ended")
        XCTAssertEqual(points.last?.start, 600, "and the next minute starts to show")
        let cpu = MetricKey("AWS/EC2", "CPUUtilization", model.groupDimensions)
        let rawCPU = model.metrics.aggregated(cpu, from: 600, to: 660, periodSeconds: 60).first?.bucket.statistic(
            "Average")
        let partialCPU = model.publishedDatapoints(cpu, from: 600, to: 661, periodSeconds: 60).last?.bucket.statistic(
            "Average")
        XCTAssertEqual(
            partialCPU ?? -1, rawCPU ?? -2, accuracy: 0.001, "an average is published at its value, even partial")
    }

    func testACountHasNoDatapointInAMinuteWhereItIsZero() throws {
        var model = LaunchDayModel(seed: 23)
        model.advance(to: 1_500)
        try model.apply(.databaseFailover)
        model.advance(to: 2_100)
        let errors = MetricKey("AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", model.loadBalancerDimensions)
        let requests = MetricKey("AWS/ApplicationELB", "RequestCount", model.loadBalancerDimensions)
        let window = (from: 1_200.0, to: 2_040.0)
        let requestMinutes = model.publishedDatapoints(requests, from: window.from, to: window.to, periodSeconds: 60)
            .map(\.start)
        XCTAssertEqual(requestMinutes.count, 14, "traffic: a RequestCount datapoint every minute")
        let errorPoints = model.publishedDatapoints(errors, from: window.from, to: window.to, periodSeconds: 60)
        XCTAssertFalse(errorPoints.isEmpty, "the failover's minutes have 5xx datapoints")
        XCTAssertLessThan(errorPoints.count, requestMinutes.count, "minutes without a 5xx have no datapoint")
        for point in errorPoints {
            XCTAssertGreaterThanOrEqual(point.bucket.sum, 1, "a published count is never 0")
            XCTAssertEqual(point.bucket.sum, point.bucket.sum.rounded(), "counts are whole")
            XCTAssertTrue(
                (1_500.0...1_680).contains(point.start),
                "5xx only while the database failed over, not at \(point.start)")
        }
        let rate = MetricKey("AWS/CloudFront", "5xxErrorRate", model.distributionDimensions)
        let ratePoints = model.publishedDatapoints(rate, from: window.from, to: window.to, periodSeconds: 60)
        XCTAssertEqual(ratePoints.map(\.start), requestMinutes, "a rate is published every minute with traffic")
        XCTAssertTrue(ratePoints.contains { $0.bucket.statistic("Average") == 0 }, "at 0 when nothing failed")
        let emptyZone = MetricKey(
            "AWS/ApplicationELB", "HealthyHostCount",
            model.targetGroupDimensions + [.init("AvailabilityZone", "us-east-1c")])
        XCTAssertFalse(
            model.publishedDatapoints(emptyZone, from: window.from, to: window.to, periodSeconds: 60).isEmpty,
            "a gauge is published at any value")
    }

    func testCountsOfALBAndCloudFrontAreSparseAndGaugesAreNot() {
        let model = LaunchDayModel(seed: 24)
        XCTAssertTrue(MetricKey("AWS/ApplicationELB", "RequestCount", model.loadBalancerDimensions).isSparseCount)
        XCTAssertTrue(
            MetricKey("AWS/ApplicationELB", "HTTPCode_ELB_5XX_Count", model.loadBalancerDimensions).isSparseCount)
        XCTAssertTrue(MetricKey("AWS/CloudFront", "Requests", model.distributionDimensions).isSparseCount)
        XCTAssertFalse(MetricKey("AWS/ApplicationELB", "HealthyHostCount", model.targetGroupDimensions).isSparseCount)
        XCTAssertFalse(MetricKey("AWS/CloudFront", "5xxErrorRate", model.distributionDimensions).isSparseCount)
        XCTAssertFalse(MetricKey("AWS/EC2", "CPUUtilization", model.groupDimensions).isSparseCount)
    }
}
