import DashboardModel
import DashboardRender
import Testing

/// The words of the burn rate's lines and of a hit ratio not known, made from their typed values.
@Suite struct CostAndHitRatioTextTests {
    @Test func eachItemIsNamedWithItsRegionAndAMissingPrice() {
        #expect(
            CostText.item(CostLine(item: .instances(type: "m5.large"), quantity: 2, unitPerHour: 0.096)) == "m5.large")
        #expect(
            CostText.item(
                CostLine(
                    item: .databases(instanceClass: "db.r5.large", multiAZ: true), region: "eu-west-1", quantity: 1,
                    unitPerHour: 0.5)) == "db.r5.large Multi-AZ (eu-west-1)")
        #expect(
            CostText.item(CostLine(item: .instances(type: "x9.huge"), priced: false, quantity: 1, unitPerHour: 0))
                == "x9.huge (no price)")
        #expect(CostText.item(CostLine(item: .loadBalancers, quantity: 1, unitPerHour: 0.0225)) == "ALB")
        #expect(
            CostText.item(CostLine(item: .cloudFrontTransfer, quantity: 3, unitPerHour: 0.085)) == "CloudFront GB/h")
    }

    @Test func linesAreListedLargestFirstThenByName() {
        let cost = CostStatus(
            burnRatePerHour: 0.5, priceSource: .bundled,
            lines: [
                CostLine(item: .loadBalancers, quantity: 1, unitPerHour: 0.1),
                CostLine(item: .instances(type: "m5.large"), quantity: 1, unitPerHour: 0.3),
                CostLine(item: .instances(type: "c5.large"), quantity: 1, unitPerHour: 0.1)
            ])
        #expect(CostText.linesByCost(cost).map(\.item) == ["m5.large", "ALB", "c5.large"])
    }

    @Test func aHitRatioNotKnownSaysWhy() {
        #expect(HitRatioText.source(.measured(0.93)) == "CloudWatch CacheHitRate")
        #expect(HitRatioText.source(.noData) == "unavailable: no CacheHitRate datapoint in the last complete minutes")
        #expect(
            HitRatioText.source(
                .unavailable(
                    .subscriptionUnknown(
                        SourceFailure(
                            kind: .accessDenied, message: "no", action: "cloudfront:GetMonitoringSubscription"))))
                == "unavailable: cloudfront:GetMonitoringSubscription denied")
        #expect(HitRatioText.reason(.subscriptionUnknown(nil)) == "cloudfront:GetMonitoringSubscription failed")
        #expect(HitRatioText.reason(.additionalMetricsOff).hasPrefix("CloudFront additional metrics are off"))
        #expect(HitRatio.unavailable(.subscriptionUnknown(nil)).isSubscriptionUnknown)
        #expect(!HitRatio.additionalMetricsOff.isSubscriptionUnknown)
    }
}
