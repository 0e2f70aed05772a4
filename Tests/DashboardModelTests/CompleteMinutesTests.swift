import DashboardModel
import Foundation
import Testing

/// The minute rule over series shaped as CloudWatch returns them: sparse counts, a partial newest
/// minute, a late minute, a series that is missing altogether.
@Suite struct CompleteMinutesTests {
    /// 12:00:00 on some day; minutes below are offsets from it.
    static let noon = Date(timeIntervalSince1970: 1_800_000_000 - 1_800_000_000.truncatingRemainder(dividingBy: 3_600))
    static func minute(_ offset: Int) -> Date { noon.addingTimeInterval(Double(offset) * 60) }

    static let requests = SeriesKey(MetricName.targetRequests, "tg")
    static let errors = SeriesKey(MetricName.target5xx, "tg")
    static let latency = SeriesKey(MetricName.targetResponseTime, "tg")

    /// A series with datapoints at the given minute offsets (a few seconds into each, as CloudWatch
    /// stamps them at the minute's start; any second inside the minute belongs to it).
    static func series(_ key: SeriesKey, _ missing: MissingMinute, _ points: [Int: Double]) -> MinuteSeries {
        let sorted = points.sorted { $0.key > $1.key } // newest first, as GetMetricData answers
        return MinuteSeries(
            key: key, missing: missing, timestamps: sorted.map { minute($0.key) }, values: sorted.map(\.value))
    }

    @Test func theMinuteStillFillingAndTheOneJustEndedAreLeftOut() {
        // At 12:05:30 minute 5 is filling and minute 4 ended 30 s ago: CloudWatch is still adding to both.
        let now = Self.minute(5).addingTimeInterval(30)
        #expect(CompleteMinutes.newestComplete(at: now) == Self.minute(3))
        let snapshot = CompleteMinutes.read(
            [
                Self.series(Self.requests, .zero, [1: 3_000, 2: 3_010, 3: 2_990, 4: 2_100, 5: 400]),
                Self.series(Self.errors, .zero, [5: 380])
            ], asOf: now)
        #expect(snapshot.value(MetricName.targetRequests, "tg") == 2_990)
        #expect(snapshot.value(MetricName.target5xx, "tg") == 0, "a count left out of a published minute is 0")
        #expect(snapshot.minute(of: "tg") == Self.minute(3))
    }

    @Test func numeratorAndDenominatorComeFromTheSameMinute() {
        // A burst of errors at minute 1, none since: the old burst is not divided by a later minute.
        let now = Self.minute(6).addingTimeInterval(5)
        let snapshot = CompleteMinutes.read(
            [
                Self.series(Self.requests, .zero, [0: 3_000, 1: 3_000, 2: 3_000, 3: 3_000, 4: 3_000, 5: 900]),
                Self.series(Self.errors, .zero, [1: 1_941])
            ], asOf: now)
        #expect(snapshot.value(MetricName.targetRequests, "tg") == 3_000)
        #expect(snapshot.value(MetricName.target5xx, "tg") == 0)
        let history = snapshot.minuteHistory[Self.errors]?.map(\.value)
        #expect(history == [0, 1_941, 0, 0, 0], "the history fills the error-free minutes with 0")
    }

    @Test func aLateMinuteFallsBackToTheNewestPublishedOne() {
        // Minute 4 is complete by the clock but CloudWatch has not published it yet.
        let now = Self.minute(6).addingTimeInterval(10)
        let snapshot = CompleteMinutes.read(
            [
                Self.series(Self.requests, .zero, [2: 2_000, 3: 2_500]),
                Self.series(Self.errors, .zero, [3: 25]),
                Self.series(Self.latency, .unknown, [2: 0.2, 3: 0.25])
            ], asOf: now)
        #expect(snapshot.minute(of: "tg") == Self.minute(3))
        #expect(snapshot.value(MetricName.targetRequests, "tg") == 2_500)
        #expect(snapshot.value(MetricName.target5xx, "tg") == 25)
    }

    @Test func aResourceThatPublishedNothingHasNoDataNotZero() {
        let now = Self.minute(10)
        let snapshot = CompleteMinutes.read(
            [
                Self.series(Self.requests, .zero, [:]),
                Self.series(Self.errors, .zero, [:])
            ], asOf: now)
        #expect(snapshot.value(MetricName.targetRequests, "tg") == nil)
        #expect(snapshot.value(MetricName.target5xx, "tg") == nil)
        #expect(snapshot.minute(of: "tg") == nil)
    }

    @Test func publishedLongerAgoThanTheLookbackIsNoData() {
        let now = Self.minute(10)
        let snapshot = CompleteMinutes.read([Self.series(Self.requests, .zero, [1: 2_000, 2: 2_000])], asOf: now)
        #expect(
            snapshot.value(MetricName.targetRequests, "tg") == nil, "a reading of 7 minutes ago is not today's figure")
        #expect(snapshot.minuteHistory[Self.requests]?.count == 2, "the history keeps them")
    }

    @Test func anAverageLeftOutIsUnknownNotZero() {
        let now = Self.minute(5).addingTimeInterval(1)
        let snapshot = CompleteMinutes.read(
            [
                Self.series(Self.requests, .zero, [3: 100]),
                Self.series(Self.latency, .unknown, [2: 0.3])
            ], asOf: now)
        #expect(snapshot.value(MetricName.targetRequests, "tg") == 100)
        #expect(snapshot.value(MetricName.targetResponseTime, "tg") == nil)
    }

    @Test func eachResourceIsReadAtItsOwnNewestMinute() {
        let now = Self.minute(6)
        let snapshot = CompleteMinutes.read(
            [
                Self.series(Self.requests, .zero, [4: 1_000]),
                Self.series(SeriesKey(MetricName.distributionRequests, "E1"), .zero, [3: 60_000])
            ], asOf: now)
        #expect(snapshot.minute(of: "tg") == Self.minute(4))
        #expect(snapshot.minute(of: "E1") == Self.minute(3))
        #expect(snapshot.value(MetricName.distributionRequests, "E1") == 60_000)
    }

    @Test func datapointsInsideAMinuteBelongToIt() {
        let series = MinuteSeries(
            key: Self.requests, missing: .zero,
            timestamps: [Self.minute(2).addingTimeInterval(59), Self.minute(3)], values: [5, 7])
        #expect(series.points == [Self.minute(2): 5, Self.minute(3): 7])
    }
}

/// The rule as the dashboard applies it: alerts and figures from whole minutes.
@Suite struct WholeMinuteAlertTests {
    static let arn = "arn:tg/web-tg"

    static func poll(_ requests: [Int: Double], _ errors: [Int: Double], now: Date) -> MetricsSnapshot {
        CompleteMinutes.read(
            [
                CompleteMinutesTests.series(SeriesKey(MetricName.targetRequests, arn), .zero, requests),
                CompleteMinutesTests.series(SeriesKey(MetricName.target5xx, arn), .zero, errors)
            ], asOf: now)
    }

    @Test func anOldBurstIsNotDividedByAPartialMinute() {
        var state = DashboardState(start: CompleteMinutesTests.minute(0))
        _ = state.apply(
            .polled(
                .targetHealth, .targetHealth([Fixtures.targetGroup([("a", .healthy, nil)])]),
                CompleteMinutesTests.minute(0)))
        // Errors in minute 2 only; minute 6 is filling (600 so far) when the poll runs at 6:20.
        let now = CompleteMinutesTests.minute(6).addingTimeInterval(20)
        let snapshot = Self.poll([1: 3_000, 2: 3_010, 3: 2_990, 4: 3_000, 5: 2_800, 6: 600], [2: 1_941], now: now)
        _ = state.apply(.polled(.metrics, .metrics(snapshot), now))
        #expect(state.targetGroup5xxRates[Self.arn] == 0)
        #expect(!state.alerts.contains { $0.code == "5xx-rate-high" })
        #expect(state.history.values(SeriesKey(MetricName.target5xx, Self.arn)) == [0, 1_941, 0, 0])
    }

    @Test func errorsInTheNewestCompleteMinuteAreAShareOfThatMinute() {
        var state = DashboardState(start: CompleteMinutesTests.minute(0))
        _ = state.apply(
            .polled(
                .targetHealth, .targetHealth([Fixtures.targetGroup([("a", .healthy, nil)])]),
                CompleteMinutesTests.minute(0)))
        let now = CompleteMinutesTests.minute(6).addingTimeInterval(20)
        let snapshot = Self.poll([3: 2_990, 4: 3_000, 6: 100], [4: 300, 6: 90], now: now)
        _ = state.apply(.polled(.metrics, .metrics(snapshot), now))
        #expect(state.targetGroup5xxRates[Self.arn] == 0.1)
        #expect(
            state.alerts.contains {
                $0.code == "5xx-rate-high" && $0.condition == .errorRateHigh(.targetGroup, rate: 0.1, ceiling: 0.05)
            })
    }

    @Test func distributionFiguresGoWhenCloudWatchHasNoCompleteMinute() {
        var state = DashboardState(start: CompleteMinutesTests.minute(0))
        _ = state.apply(
            .polled(
                .distributions,
                .distributions([
                    DistributionStatus(id: "E1", domainName: "d1.cloudfront.net", additionalMetricsEnabled: true)
                ]), CompleteMinutesTests.minute(0)))
        let requests = SeriesKey(MetricName.distributionRequests, "E1")
        let first = CompleteMinutes.read(
            [CompleteMinutesTests.series(requests, .zero, [2: 60_000, 3: 61_000])],
            asOf: CompleteMinutesTests.minute(5))
        _ = state.apply(.polled(.metrics, .metrics(first), CompleteMinutesTests.minute(5)))
        #expect(state.distributions.value?.first?.requests == 61_000)
        #expect(state.distributions.value?.first?.metricsMinute == CompleteMinutesTests.minute(3))
        let later = CompleteMinutes.read(
            [CompleteMinutesTests.series(requests, .zero, [2: 60_000, 3: 61_000])],
            asOf: CompleteMinutesTests.minute(12))
        _ = state.apply(.polled(.metrics, .metrics(later), CompleteMinutesTests.minute(12)))
        #expect(state.distributions.value?.first?.requests == nil, "no figure rather than an old one")
        #expect(state.distributions.value?.first?.hitRatio == HitRatio.noData)
    }
}
