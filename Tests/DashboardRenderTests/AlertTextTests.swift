import DashboardModel
import DashboardRender
import Foundation
import Testing

/// Each alert condition's words, from typed facts alone: the words the model used to write.
@Suite struct AlertTextTests {
    static func words(_ condition: Alert.Condition) -> String { AlertText.words(condition) }

    static func counts(_ zone: String, healthy: Int = 0, unhealthy: Int = 0, draining: Int = 0, reasons: [String] = [])
        -> ZoneTargetCounts
    {
        var counts = ZoneTargetCounts(zone: zone, healthy: healthy, unhealthy: unhealthy)
        counts.draining = draining
        counts.reasons = reasons
        return counts
    }

    @Test func theLineIsSeverityResourceAndWords() {
        let alert = Alert(resource: "shop-db", .failoverInProgress(runningFor: 42))
        #expect(AlertText.line(alert) == "CRITICAL shop-db: failover in progress for 42s")
        #expect(AlertText.words(alert) == "failover in progress for 42s")
        #expect(
            AlertText.line(Alert(resource: "ledger-db", .standbyZoneDown(zone: "us-east-1d")))
                == "WARNING ledger-db: standby in us-east-1d, which is down")
    }

    @Test func atCeiling() {
        #expect(Self.words(.atCeiling(desired: 4, max: 4)) == "desired 4 has reached max 4: it cannot scale out")
    }

    @Test func ceilingSoon() {
        let forecast = CeilingForecast(
            ceilingInSeconds: 180, max: 20, fromDesired: 10, toDesired: 14, overSeconds: 120, points: 3)
        #expect(
            Self.words(.ceilingSoon(desired: 14, max: 20, forecast: forecast))
                == "desired 14 reaches max 20 in ~3 min at this ramp (10 to 14 in 2m00s)")
    }

    @Test func ceilingStarved() {
        #expect(
            Self.words(.ceilingStarved(max: 20, cpu: 85, target: 70, policy: "cpu70"))
                == "at max 20 with CPU 85% above the 70% target of cpu70: the policy wants more and cannot have it")
    }

    @Test func launchFailures() {
        let capacity = LaunchFailureTally(
            zone: "us-east-1c", cause: .capacity, instanceType: "m5.large", message: "…", count: 4,
            lastAt: Date(timeIntervalSince1970: 0))
        #expect(
            Self.words(.launchFailures(capacity, window: 600))
                == "4 launches failed in us-east-1c in 10 min: no m5.large capacity (capacity)")
        let vcpu = LaunchFailureTally(
            zone: nil, cause: .vcpuQuota, instanceType: nil, message: "…", count: 1,
            lastAt: Date(timeIntervalSince1970: 0))
        #expect(Self.words(.launchFailures(vcpu, window: 600)) == "1 launch failed in 10 min: vCPU limit (vcpu-quota)")
    }

    @Test func vcpuQuotaShort() {
        #expect(
            Self.words(.vcpuQuotaShort(quota: 64, source: .applied, inUse: 38, neededAtMax: 32, over: 6))
                == "vCPU quota 64, in use 38; the watched groups at max need 32 more: 6 over the quota")
        #expect(
            Self.words(.vcpuQuotaShort(quota: 5, source: .awsDefault, inUse: 48, neededAtMax: 36, over: 79))
                == "vCPU quota 5 (AWS default), in use 48; the watched groups at max need 36 more: 79 over the quota")
    }

    @Test func zoneDown() {
        #expect(
            Self.words(.zoneDown(downFor: 0, hadHealthy: 3, targets: Self.counts("us-east-1b", unhealthy: 3)))
                == "no healthy target for 0s (had 3 healthy): 0 healthy, 3 unhealthy")
        #expect(
            Self.words(.zoneDown(downFor: 590, hadHealthy: 3, targets: ZoneTargetCounts(zone: "us-east-1b")))
                == "no healthy target for 9m50s (had 3 healthy): no target registered")
        #expect(
            Self.words(.zoneDown(downFor: 62, hadHealthy: nil, targets: nil))
                == "no healthy target for 1m02s: target health unknown")
    }

    @Test func zoneWithoutHealthyTargets() {
        #expect(
            Self.words(.zoneWithoutHealthyTargets(Self.counts("us-east-1b", unhealthy: 1, draining: 2)))
                == "us-east-1b has no healthy target: 0 healthy, 1 unhealthy, 2 draining")
    }

    @Test func unhealthyTargets() {
        let reasons = ["Target.FailedHealthChecks", "Target.Timeout"]
        #expect(
            Self.words(.unhealthyTargets(Self.counts("us-east-1a", healthy: 1, unhealthy: 2, reasons: reasons)))
                == "2 unhealthy in us-east-1a: Target.FailedHealthChecks, Target.Timeout")
        #expect(
            Self.words(.unhealthyTargets(Self.counts("us-east-1c", healthy: 1, unhealthy: 1)))
                == "1 unhealthy in us-east-1c")
    }

    @Test func hitRatioLow() {
        #expect(
            Self.words(.hitRatioLow(ratio: 0.625, floor: 0.8)) == "cache hit ratio 62.5% is below 80.0%")
    }

    @Test func errorRateHigh() {
        #expect(
            Self.words(.errorRateHigh(.distribution, rate: 0.07, ceiling: 0.05)) == "5xx rate 7.00% is above 5.00%")
        #expect(
            Self.words(.errorRateHigh(.targetGroup, rate: 0.1, ceiling: 0.05))
                == "target 5xx rate 10.00% is above 5.00%")
    }

    @Test func failoverInProgress() {
        #expect(Self.words(.failoverInProgress(runningFor: 185)) == "failover in progress for 3m05s")
    }

    @Test func databaseZones() {
        #expect(
            Self.words(.primaryZoneDown(zone: "us-east-1b", multiAZ: true)) == "primary in us-east-1b, which is down")
        #expect(
            Self.words(.primaryZoneDown(zone: "us-east-1b", multiAZ: false))
                == "primary in us-east-1b, which is down; single-AZ, no standby to fail over to")
        #expect(Self.words(.standbyZoneDown(zone: "us-east-1d")) == "standby in us-east-1d, which is down")
    }

    @Test func credentialsEnding() {
        #expect(
            Self.words(.credentialsEnding(.ssoLogin(profile: "web"), renewableFor: 720))
                == "the SSO login of profile web can be renewed for ~12 min more: run 'aws sso login --profile web'")
        #expect(
            Self.words(.credentialsEnding(.environmentToken, renewableFor: 600))
                == "the session token in AWS_SESSION_TOKEN can be renewed for ~10 min more: set fresh AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN and restart flightdeck"
        )
    }

    @Test func credentialsEnded() {
        #expect(
            Self.words(.credentialsEnded(.ssoLogin(profile: "web"), endedAgo: 180, inHandLeft: 1_620))
                == "the SSO login of profile web ended ~3 min ago: run 'aws sso login --profile web'; the credentials in hand expire in ~27 min"
        )
        let file = CredentialStatus.Renewal.fileToken(path: "/home/ops/.aws/credentials", profile: "saml")
        #expect(
            Self.words(.credentialsEnded(file, endedAgo: 60, inHandLeft: -60))
                == "the session token of profile saml in /home/ops/.aws/credentials ended ~1 min ago: refresh the session token of profile saml in /home/ops/.aws/credentials; the credentials in hand expired ~1 min ago"
        )
        #expect(
            Self.words(.credentialsEnded(.longTermKeys, endedAgo: 30, inHandLeft: nil))
                == "the credentials ended <1 min ago: check the credential source; the credentials in hand have no known expiry"
        )
    }

    @Test func credentialsRefused() {
        #expect(
            Self.words(.credentialsRefused(.ssoLogin(profile: "web")))
                == "the credentials from the SSO login of profile web are refused: run 'aws sso login --profile web'")
    }

    @Test func staleData() {
        let throttled = SourceFailure(kind: .throttled, message: "Throttling: Rate exceeded")
        #expect(
            Self.words(.staleData(.autoScaling, .failed(throttled, age: 42))) == "stale 42s: Throttling: Rate exceeded")
        #expect(
            Self.words(.staleData(.targetHealth, .failed(throttled, age: nil))) == "no data: Throttling: Rate exceeded")
        #expect(
            Self.words(.staleData(.targetHealth, .old(age: 31, maxAge: 30)))
                == "stale 31s: no update for longer than 30s")
    }

    @Test func theFrameMarksStalenessWithoutTheWordStale() {
        let failure = SourceFailure(kind: .other, message: "a stale cache answered")
        #expect(StalenessText.frame(.failed(failure, age: 21)) == "STALE 21s: a stale cache answered")
        #expect(StalenessText.frame(.failed(failure, age: nil)) == "STALE no data: a stale cache answered")
        #expect(StalenessText.frame(.old(age: 35, maxAge: 15)) == "STALE 35s: no update for longer than 15s")
    }

    @Test func durations() {
        #expect(DurationText.short(0) == "0s")
        #expect(DurationText.short(59.9) == "59s")
        #expect(DurationText.short(185) == "3m05s")
        #expect(DurationText.short(7_800) == "2h10m")
        #expect(DurationText.approximate(59) == "<1 min")
        #expect(DurationText.approximate(180) == "~3 min")
        #expect(DurationText.approximate(7_500) == "~2 h")
    }
}
