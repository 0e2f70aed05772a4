import DashboardModel
import Foundation

/// The words and styles of one zone in the strip, as columns: name, condition, instances, targets,
/// databases (a column not shown at a detail level is empty).
enum ZoneColumns {
    /// Text in one style.
    typealias Piece = (text: String, style: CellStyle)

    /// The columns of `zone` at `detail`; without `labels` the target counts go unnamed (`2 ok 1✗`).
    static func of(_ zone: ZoneStatus, detail: ZoneDetail, context: RenderContext, labels: Bool = true) -> [[Piece]] {
        [
            [(zone.zone, CellStyle(.normal, bold: true))],
            condition(zone, detail: detail),
            detail >= .instances ? instances(zone, detail: detail, ascii: context.ascii) : [],
            detail >= .targets ? targets(zone, ascii: context.ascii, label: labels) : [],
            detail >= .full ? databases(zone, named: detail == .named) : []
        ]
    }

    /// Columns taken by `pieces`.
    static func width(_ pieces: [Piece]) -> Int {
        pieces.reduce(0) { $0 + CharacterWidth.of($1.text) }
    }

    private static func condition(_ zone: ZoneStatus, detail: ZoneDetail) -> [Piece] {
        switch zone.condition {
        case nil: return [("?", CellStyle(.muted))]
        case .ok: return [("OK", CellStyle(.ok, bold: true))]
        case .degraded: return [("DEGRADED", CellStyle(.warning, bold: true))]
        case .down:
            var pieces: [Piece] = [("DOWN", CellStyle(.critical, bold: true, reverse: true))]
            if detail >= .since, let since = zone.downSince {
                pieces.append((" since " + EventsPanel.minuteClock(since), CellStyle(.critical)))
                if let was = zone.wasTargets { pieces.append((" (was \(was))", CellStyle(.critical))) }
            }
            return pieces
        }
    }

    private static func instances(_ zone: ZoneStatus, detail: ZoneDetail, ascii: Bool) -> [Piece] {
        guard let counts = zone.instances else { return [("inst ?", CellStyle(.muted))] }
        var pieces: [Piece] = [
            ("inst ", CellStyle(.muted)),
            ("\(counts.inService)", CellStyle(counts.inService > 0 ? .normal : .muted, bold: true))
        ]
        if counts.inService > 0 { pieces.append((ascii ? " ok" : "✓", CellStyle(.ok))) }
        if detail >= .full {
            if counts.pending > 0 { pieces.append((" \(counts.pending) pend", CellStyle(.warning))) }
            if counts.unhealthy > 0 { pieces.append((" \(counts.unhealthy) sick", CellStyle(.critical, bold: true))) }
        }
        // Launches EC2 refused here in the last ten minutes: a zone can look quiet while it takes nothing new.
        if let failed = zone.failedLaunches?.count, failed > 0 {
            pieces.append(
                (detail >= .full ? " \(failed) launches failed" : " \(failed) failed", CellStyle(.critical, bold: true))
            )
        }
        return pieces
    }

    private static func targets(_ zone: ZoneStatus, ascii: Bool, label: Bool) -> [Piece] {
        guard let counts = zone.targets else { return [(label ? "targets ?" : "?", CellStyle(.muted))] }
        var pieces: [Piece] = label ? [("targets ", CellStyle(.muted))] : []
        pieces += [
            ("\(counts.healthy)", CellStyle(counts.healthy > 0 ? .ok : .critical, bold: true)),
            (" ok", CellStyle(.muted))
        ]
        if counts.unhealthy > 0 {
            pieces.append((" \(counts.unhealthy)✗".asciiSafe(ascii), CellStyle(.critical, bold: true)))
        }
        if counts.initial > 0 { pieces.append((" \(counts.initial)…".asciiSafe(ascii), CellStyle(.warning))) }
        if counts.draining > 0 { pieces.append((" \(counts.draining)↓".asciiSafe(ascii), CellStyle(.warning))) }
        return pieces
    }

    private static func databases(_ zone: ZoneStatus, named: Bool) -> [Piece] {
        guard let databases = zone.databases, !(databases.primary.isEmpty && databases.standby.isEmpty) else {
            return []
        }
        var roles: [String] = []
        if !databases.primary.isEmpty {
            roles.append(named ? "primary " + databases.primary.joined(separator: " ") : "primary")
        }
        if !databases.standby.isEmpty {
            roles.append(named ? "standby " + databases.standby.joined(separator: " ") : "standby")
        }
        return [
            ("db ", CellStyle(.muted)),
            (roles.joined(separator: ", "), CellStyle(zone.condition == .down ? .critical : .normal))
        ]
    }
}
