/// How the operator is told of a new critical alert outside the dashboard's own screen.
public enum NotificationMode: String, Sendable, Equatable, CaseIterable {
    /// The terminal bell.
    case bell
    /// A desktop notification sent through the terminal (OSC 9 and OSC 777).
    case osc
    /// The bell and the desktop notification.
    case both
    /// Nothing.
    case none

    /// Whether the terminal bell rings.
    public var ringsBell: Bool { self == .bell || self == .both }

    /// Whether a desktop notification is sent through the terminal.
    public var sendsDesktopNotification: Bool { self == .osc || self == .both }

    /// The names, for help and error messages: `bell, osc, both, none`.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
