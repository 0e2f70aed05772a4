import Foundation
import Testing

/// Compares text with `Snapshots/<name>.txt` beside this file; `FLIGHTDECK_RECORD_SNAPSHOTS=1` writes it anew.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent("\(name).txt")
    let recording = ProcessInfo.processInfo.environment["FLIGHTDECK_RECORD_SNAPSHOTS"] == "1"
    guard !recording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? text.write(to: file, atomically: true, encoding: .utf8)
        if !recording {
            Issue.record(
                "no snapshot \(name).txt existed; recorded it now, check it and run again",
                sourceLocation: sourceLocation)
        }
        return
    }
    if expected != text {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let first =
            zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        Issue.record(
            """
            snapshot \(name) differs from line \(first + 1):
            expected: \(first < expectedLines.count ? String(expectedLines[first]) : "<end>")
            actual:   \(first < actualLines.count ? String(actualLines[first]) : "<end>")
            whole screen:
            \(text)
            """, sourceLocation: sourceLocation)
    }
}
