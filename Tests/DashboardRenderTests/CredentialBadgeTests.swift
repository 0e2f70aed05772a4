import DashboardModel
import DashboardRender
import Foundation
import Testing

/// The header names when the credentials stop being renewable: plain, then WARNING, then CRITICAL.
@Suite struct CredentialBadgeTests {
    /// The renewal ends at 08:30 UTC, half an hour after the fixture's start.
    static let end = LaunchDayFixture.at(1_800)

    static func status(renewal: CredentialStatus.Renewal = .ssoLogin(profile: "web"), until: Date? = end)
        -> CredentialStatus
    {
        CredentialStatus(
            source: "SSO (profile web, role ReadOnly in 111122223333)", expiresAt: LaunchDayFixture.at(7_200),
            renewal: renewal, renewableUntil: until)
    }

    /// The header row's text and its cells, drawn `seconds` after the start at `width` columns.
    static func header(_ status: CredentialStatus?, at seconds: Double, width: Int = 120) -> (
        text: String, cells: [Cell]
    ) {
        var state = LaunchDayFixture.state()
        if let status { _ = state.apply(.credentialsChecked(status, LaunchDayFixture.at(61))) }
        var context = LaunchDayFixture.context()
        context.now = LaunchDayFixture.at(seconds)
        let buffer = DashboardRenderer.render(state, context: context, width: width, height: 40)
        let cells = (0..<buffer.width).map { buffer[$0, 0] }
        return (String(cells.compactMap(\.character)), cells)
    }

    /// The cells of the first occurrence of `word` in the header.
    static func cells(of word: String, in header: (text: String, cells: [Cell])) -> [Cell] {
        guard let range = header.text.range(of: word) else { return [] }
        let start = header.text.distance(from: header.text.startIndex, to: range.lowerBound)
        return Array(header.cells[start..<(start + word.count)])
    }

    @Test func farFromTheEndTheBadgeIsPlain() {
        let header = Self.header(Self.status(), at: 61)
        #expect(header.text.contains(" creds end 08:30 (SSO web) "), "\(header.text)")
        #expect(Self.cells(of: "creds end", in: header).allSatisfy { $0.style.role == .header && !$0.style.reverse })
        #expect(header.text.contains("us-east-1"), "the regions keep their room")
    }

    @Test func fifteenMinutesBeforeItTurnsWarning() {
        let header = Self.header(Self.status(), at: 1_800 - 600)
        #expect(
            Self.cells(of: "creds end 08:30 (SSO web)", in: header).allSatisfy {
                $0.style.role == .warning && $0.style.reverse
            })
    }

    @Test func afterTheEndItIsCritical() {
        let header = Self.header(Self.status(), at: 1_900)
        #expect(header.text.contains("creds ENDED 08:30 (SSO web)"), "\(header.text)")
        #expect(Self.cells(of: "creds ENDED", in: header).allSatisfy { $0.style.role == .critical && $0.style.reverse })
    }

    /// Narrow screens take a shorter form; the regions stay.
    @Test func narrowScreensDropWordsNotTheTime() {
        let header = Self.header(Self.status(), at: 61, width: 80)
        #expect(header.text.contains("creds end 08:30") || header.text.contains("creds 08:30"), "\(header.text)")
        #expect(header.text.contains("us-east-1"), "\(header.text)")
        // At 60 columns the regions are already cut: the badge takes none of their room (the bottom bar
        // still shows the critical alert).
        let tiny = Self.header(Self.status(), at: 1_900, width: 60)
        #expect(!tiny.text.contains("creds"), "\(tiny.text)")
    }

    /// Nothing to say: no end known, one that needs nobody, or one beyond the launch day.
    @Test func noBadgeWithoutAnEndToName() {
        #expect(!Self.header(nil, at: 61).text.contains("creds"))
        #expect(!Self.header(Self.status(until: nil), at: 61).text.contains("creds"))
        #expect(!Self.header(Self.status(renewal: .automatic), at: 61).text.contains("creds"))
        #expect(!Self.header(Self.status(until: LaunchDayFixture.at(13 * 3_600)), at: 61).text.contains("creds"))
    }

    @Test func tokensNameWhereTheyCameFrom() {
        let file = Self.header(
            Self.status(renewal: .fileToken(path: "/home/ops/.aws/credentials", profile: "saml")), at: 61)
        #expect(file.text.contains("creds end 08:30 (token saml)"), "\(file.text)")
        let environment = Self.header(Self.status(renewal: .environmentToken), at: 61)
        #expect(environment.text.contains("creds end 08:30 (env token)"), "\(environment.text)")
    }

    /// `doctor`'s line: until when, and what to run after; the end that passed, and what to run now.
    @Test func doctorWords() {
        let now = LaunchDayFixture.at(0)
        #expect(
            CredentialStatusText.renewal(Self.status(), now: now)
                == "the SSO login of profile web: renewable until 2027-01-15T08:30:00Z (in 30m00s), then run 'aws sso login --profile web'"
        )
        #expect(
            CredentialStatusText.renewal(Self.status(), now: LaunchDayFixture.at(1_860))
                == "the SSO login of profile web ended at 2027-01-15T08:30:00Z (1m00s ago): run 'aws sso login --profile web'"
        )
        #expect(
            CredentialStatusText.renewal(Self.status(renewal: .automatic), now: now)
                == "renewed by flightdeck from their source as needed, no end")
        #expect(!CredentialStatusText.isWarning(Self.status(), now: now))
        #expect(CredentialStatusText.isWarning(Self.status(), now: LaunchDayFixture.at(1_000)))
    }
}
