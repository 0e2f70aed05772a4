import DashboardModel
import Testing

/// Which critical alerts are notified: each once while it holds, again only after it cleared.
@Suite struct CriticalAlertNoticeTests {
    static func critical(_ code: String, _ resource: String, _ message: String = "m") -> Alert {
        Alert(severity: .critical, code: code, resource: resource, message: message)
    }

    static func warning(_ code: String, _ resource: String) -> Alert {
        Alert(severity: .warning, code: code, resource: resource, message: "m")
    }

    @Test func aNewCriticalAlertIsNotifiedAndAWarningIsNot() {
        let fresh = CriticalAlertNotices.new(
            before: [], after: [Self.critical("zone-down", "us-east-1b"), Self.warning("stale-data", "Cost")])
        #expect(fresh.map(\.code) == ["zone-down"])
    }

    @Test func anAlertThatKeepsHoldingIsNotNotifiedAgainEvenWhenItsMessageChanges() {
        let before = [Self.critical("failover-in-progress", "shop-db", "failover in progress for 5s")]
        let after = [Self.critical("failover-in-progress", "shop-db", "failover in progress for 6s")]
        #expect(CriticalAlertNotices.new(before: before, after: after).isEmpty)
    }

    @Test func anAlertThatClearedAndCameBackIsNotifiedAgain() {
        let alert = Self.critical("5xx-rate-high", "shop-web-tg")
        var notified: [Alert] = []
        var previous: [Alert] = []
        for alerts in [[alert], [alert], [], [alert], [alert]] {
            notified += CriticalAlertNotices.new(before: previous, after: alerts)
            previous = alerts
        }
        #expect(notified == [alert, alert])
    }

    @Test func alertsSharingCodeAndResourceAreNotifiedOnceAndOthersEachOnce() {
        let after = [
            Self.critical("zone-without-healthy-targets", "web-tg", "us-east-1a has no healthy target"),
            Self.critical("zone-without-healthy-targets", "web-tg", "us-east-1b has no healthy target"),
            Self.critical("zone-without-healthy-targets", "api-tg")
        ]
        let fresh = CriticalAlertNotices.new(before: [], after: after)
        #expect(fresh.map(\.resource) == ["web-tg", "api-tg"])
        #expect(fresh.first?.message == "us-east-1a has no healthy target")
    }

    @Test func aWarningThatBecomesCriticalIsNotified() {
        let fresh = CriticalAlertNotices.new(before: [Self.warning("x", "r")], after: [Self.critical("x", "r")])
        #expect(fresh.count == 1)
    }

    @Test func theModesSayWhatTheySend() {
        #expect(
            NotificationMode.allCases.map { [$0.ringsBell, $0.sendsDesktopNotification] }
                == [[true, false], [false, true], [true, true], [false, false]])
        #expect(NotificationMode.names == "bell, osc, both, none")
    }
}
