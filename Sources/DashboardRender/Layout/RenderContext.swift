import DashboardModel
import Foundation

/// Who and where the dashboard is watching, for the header.
public struct HeaderInfo: Sendable, Equatable {
    /// The account id, when known.
    public var account: String?
    /// The account alias, when known.
    public var accountAlias: String?
    /// The profile name, when one was used.
    public var profile: String?
    /// The regions watched.
    public var regions: [String]
    /// The stack's name, when a config stack was chosen.
    public var stack: String?
    /// Whether mutating keys are off.
    public var readOnly: Bool
    /// Whether this is the built-in simulator.
    public var simulation: Bool
    /// The role the header bar is drawn with (reversed), so one stack looks unlike another; nil for `header`.
    public var color: StyleRole?

    /// Creates header information.
    public init(
        account: String? = nil, accountAlias: String? = nil, profile: String? = nil, regions: [String] = [],
        stack: String? = nil, readOnly: Bool = false, simulation: Bool = false, color: StyleRole? = nil
    ) {
        self.account = account
        self.accountAlias = accountAlias
        self.profile = profile
        self.regions = regions
        self.stack = stack
        self.readOnly = readOnly
        self.simulation = simulation
        self.color = color
    }
}

/// Everything drawing needs besides the data: the header, the view, the glyphs, the time, the key hints.
public struct RenderContext: Sendable {
    /// The header's information.
    public var header: HeaderInfo
    /// Focus, selection, overlay.
    public var view: ViewState
    /// The glyph set for graphs and frames.
    public var glyphs: GlyphSet
    /// The time to compute ages against.
    public var now: Date
    /// The key hints for the bottom bar, as (key, what it does).
    public var hints: [(key: String, label: String)]
    /// The full key help, as (key, what it does), for the `?` overlay.
    public var help: [(key: String, label: String)]
    /// The operator's time zone: scheduled times are shown in it and in UTC.
    public var timeZone: TimeZone = .current

    /// Creates a context.
    public init(
        header: HeaderInfo, view: ViewState = ViewState(), glyphs: GlyphSet = .blocks, now: Date,
        hints: [(key: String, label: String)] = [], help: [(key: String, label: String)] = []
    ) {
        self.header = header
        self.view = view
        self.glyphs = glyphs
        self.now = now
        self.hints = hints
        self.help = help
    }

    /// Whether frames and text should stay ASCII.
    public var ascii: Bool { glyphs == .ascii }
}
