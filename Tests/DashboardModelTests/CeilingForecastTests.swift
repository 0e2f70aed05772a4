import DashboardModel
import DashboardRender
import Foundation
import Testing

/// When a rising group reaches its max: the forecast from desired's history, its alerts and its JSON.
@Suite struct CeilingForecastTests {
    static let cpu70 = ScalingPolicySummary(
        name: "cpu70", type: .targetTracking, metric: "ASGAverageCPUUtilization", targetValue: 70)

    /// Polls the group once per (seconds, desired) pair.
    static func state(_ polls: [(Double, Int)], max: Int = 20, policies: [ScalingPolicySummary] = [cpu70])
        -> DashboardState
    {
        var state = DashboardState(start: Fixtures.start)
        for (seconds, desired) in polls {
            _ = state.apply(
                .polled(
                    .autoScaling, .autoScaling([Fixtures.group(max: max, desired: desired, policies: policies)]),
                    Fixtures.at(seconds)))
        }
        return state
    }

    static func forecast(_ state: DashboardState) -> CeilingForecast? {
        state.groups.value?.first.flatMap(state.ceilingForecast(of:))
    }

    @Test func aSteadyRampReachesMaxWhenTheLineSays() throws {
        let state = Self.state([(0, 10), (60, 12), (120, 14)])
        let forecast = try #require(Self.forecast(state))
        #expect(abs(forecast.ceilingInSeconds - 180) < 0.001)
        #expect(ForecastText.basis(forecast) == "desired 10 to 14 over 120 s, 3 points, least squares")
        #expect(
            state.alerts.contains {
                $0 == Alert(resource: "web-asg", .ceilingSoon(desired: 14, max: 20, forecast: forecast))
                    && $0.code == "asg-ceiling-soon" && $0.severity == .warning
            })
    }

    @Test func noForecastFromFewerThanThreePointsOrWithoutARise() {
        #expect(Self.forecast(Self.state([(0, 10), (60, 14)])) == nil, "two points")
        #expect(Self.forecast(Self.state([(0, 10), (60, 10), (120, 10)])) == nil, "flat")
        #expect(Self.forecast(Self.state([(0, 14), (60, 12), (120, 10)])) == nil, "falling")
        #expect(Self.forecast(Self.state([(0, 16), (60, 18), (120, 20)])) == nil, "already at max")
        #expect(
            Self.forecast(Self.state([(0, 10), (700, 11), (1_400, 12)])) == nil,
            "points older than ten minutes do not count")
    }

    @Test func aSlowRampIsForecastButDoesNotWarn() throws {
        let state = Self.state([(0, 4), (300, 5), (600, 6)])
        let forecast = try #require(Self.forecast(state))
        #expect(abs(forecast.ceilingInSeconds - 4_200) < 0.001)
        #expect(!state.alerts.contains { $0.code == "asg-ceiling-soon" })
    }

    @Test func atTheCeilingWithCPUAboveTheTargetIsCritical() {
        var state = Self.state([(0, 20)])
        _ = state.apply(
            .polled(
                .metrics, .metrics(MetricsSnapshot(values: [SeriesKey(MetricName.groupCPU, "web-asg"): 85])),
                Fixtures.at(5)))
        #expect(
            state.alerts.contains {
                $0 == Alert(resource: "web-asg", .ceilingStarved(max: 20, cpu: 85, target: 70, policy: "cpu70"))
                    && $0.code == "asg-ceiling-starved" && $0.severity == .critical
            })

        var calm = Self.state([(0, 20)])
        _ = calm.apply(
            .polled(
                .metrics, .metrics(MetricsSnapshot(values: [SeriesKey(MetricName.groupCPU, "web-asg"): 60])),
                Fixtures.at(5)))
        #expect(
            !calm.alerts.contains { $0.code == "asg-ceiling-starved" }, "CPU under the target: the policy wants no more"
        )

        var unknown = Self.state([(0, 20)], policies: [ScalingPolicySummary(name: "steps", type: .step)])
        _ = unknown.apply(
            .polled(
                .metrics, .metrics(MetricsSnapshot(values: [SeriesKey(MetricName.groupCPU, "web-asg"): 95])),
                Fixtures.at(5)))
        #expect(!unknown.alerts.contains { $0.code == "asg-ceiling-starved" }, "no CPU target known")
    }

    @Test func theSnapshotCarriesTheForecastOrNull() throws {
        func forecast(_ state: DashboardState) throws -> Any? {
            let json = try SnapshotDocument(state: state, account: nil, regions: ["us-east-1"], now: state.now).json()
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            return (object["autoScalingGroups"] as? [[String: Any]])?.first?["forecast"]
        }
        let rising = try #require(try forecast(Self.state([(0, 10), (60, 12), (120, 14)])) as? [String: Any])
        #expect(rising["ceilingInSeconds"] as? Int == 180)
        #expect(rising["basis"] as? String == "desired 10 to 14 over 120 s, 3 points, least squares")
        #expect(try forecast(Self.state([(0, 10), (60, 10), (120, 10)])) is NSNull)
    }
}
