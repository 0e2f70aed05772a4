import DashboardApp
import DashboardModel
import DashboardRender
import Foundation

/// A screen that plays a script: wait until the painted text satisfies a condition, press keys,
/// resize, pause; it records the alerts it is asked to notify. It gives up (hanging up the dashboard) when a wait takes longer than `patience`.
final class ScriptedScreen: Screen {
    enum Step {
        case waitFor(String, (String) -> Bool)
        case key(KeyPress)
        case resize(Int, Int)
        /// Lets the dashboard run this many seconds.
        case pause(TimeInterval)
    }

    var size: (width: Int, height: Int)
    let glyphs: GlyphSet = .blocks
    private var steps: [Step]
    private(set) var lastText = ""
    private(set) var paints = 0
    private(set) var failures: [String] = []
    private(set) var notifications: [Alert] = []
    private var waitingSince: Date?
    private let patience: TimeInterval

    init(width: Int = 120, height: Int = 40, patience: TimeInterval = 60, _ steps: [Step]) {
        size = (width, height)
        self.steps = steps
        self.patience = patience
    }

    func paint(_ buffer: CellBuffer) {
        paints += 1
        lastText = buffer.text
    }

    func notify(_ alert: Alert) { notifications.append(alert) }

    func setTheme(named name: String) -> String? { name == "default" ? nil : "no theme called \(name)" }

    /// Nothing to end: a scripted screen never waits.
    func wake() {}

    func nextInput(milliseconds: Int) -> ScreenInput? {
        guard let step = steps.first else { return .hangup }
        switch step {
        case let .waitFor(what, condition):
            if condition(lastText) {
                steps.removeFirst()
                waitingSince = nil
                return nil
            }
            let since = waitingSince ?? Date()
            waitingSince = since
            if Date().timeIntervalSince(since) > patience {
                failures.append("gave up waiting for \(what); screen was:\n\(lastText)")
                steps = []
                return .hangup
            }
            Thread.sleep(forTimeInterval: Double(max(milliseconds, 10)) / 1_000)
            return nil
        case let .key(key):
            steps.removeFirst()
            return .key(key)
        case let .pause(seconds):
            let since = waitingSince ?? Date()
            waitingSince = since
            if Date().timeIntervalSince(since) >= seconds {
                steps.removeFirst()
                waitingSince = nil
            } else {
                Thread.sleep(forTimeInterval: Double(max(milliseconds, 10)) / 1_000)
            }
            return nil
        case let .resize(width, height):
            steps.removeFirst()
            size = (width, height)
            return .resize(width: width, height: height)
        }
    }
}
