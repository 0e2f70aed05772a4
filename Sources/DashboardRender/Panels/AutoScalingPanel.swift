import DashboardModel

/// Auto Scaling groups: limits, instances by state and zone, sparklines, the activity now.
enum AutoScalingPanel {
    /// Rows the panel wants, frame included: four lines per group shown.
    static func wantedRows(_ state: DashboardState, context: RenderContext) -> Int {
        2 + max(1, context.view.rowCount(.autoScaling, in: state) * 4)
    }

    /// Draws the panel into `rect`.
    static func draw(_ state: DashboardState, context: RenderContext, into buffer: inout CellBuffer, rect: Rect) {
        // The account's vCPU quota rides on the panel's top edge, over the groups it limits.
        let inner = PanelFrame.draw(
            .autoScaling, state: state, context: context, into: &buffer, rect: rect,
            note: VCPUQuotaLine.note(state, ascii: context.ascii))
        guard !inner.isEmpty else { return }
        let groups = context.view.shownGroups(state)
        if groups.isEmpty {
            PanelFrame.nothing(
                "Auto Scaling group", loaded: state.groups.value != nil, waitingFor: "DescribeAutoScalingGroups",
                view: context.view, into: &buffer, inner: inner)
            return
        }
        let selected = context.view.selectedRow(.autoScaling, of: groups.count)
        let linesPerGroup = inner.height >= groups.count * 4 ? 4 : (inner.height >= groups.count * 2 ? 2 : 1)
        let visible = max(1, inner.height / linesPerGroup)
        let first = max(0, min(selected - visible + 1, groups.count - visible))
        var y = inner.y
        for (index, group) in groups.enumerated().dropFirst(first).prefix(visible) {
            drawGroup(
                group, state: state, context: context, selected: index == selected, into: &buffer,
                x: inner.x, y: y, width: inner.width, lines: min(linesPerGroup, inner.y + inner.height - y))
            y += linesPerGroup
        }
        // Rows to spare (zoomed, or a roomy screen): the selected group's instances and activity.
        if linesPerGroup == 4, visible >= groups.count,
            var spare = DetailList.spare(from: inner.y + groups.count * 4, in: inner)
        {
            // Its scheduled actions take the bottom rows, when there is room for both lists.
            if let schedule = scheduleDetail(groups[selected], context: context),
                spare.height >= DetailList.minimumRows * 2
            {
                let rows = max(DetailList.minimumRows, min(schedule.items.count + 1, spare.height / 3))
                schedule.draw(
                    into: &buffer,
                    rect: Rect(x: spare.x, y: spare.y + spare.height - rows, width: spare.width, height: rows),
                    glyphs: context.glyphs)
                spare.height -= rows
            }
            detail(groups[selected], ascii: context.ascii).draw(into: &buffer, rect: spare, glyphs: context.glyphs)
        }
    }

    /// The group's instances, the unhealthy and the changing first (they must survive a cut), then by
    /// zone; then its scaling activities, newest first.
    static func detail(_ group: AutoScalingGroupStatus, ascii: Bool) -> DetailList {
        func rank(_ instance: InstanceStatus) -> Int {
            if !instance.healthy { return 0 }
            return [InstanceLifecycle.pending, .terminating, .standby, .other, .inService].firstIndex(
                of: instance.lifecycle
            ).map { $0 + 1 } ?? 6
        }
        let instances = group.instances.sorted { (rank($0), $0.zone, $0.id) < (rank($1), $1.zone, $1.id) }
        let idWidth = instances.map(\.id.count).max() ?? 0
        let items = instances.map { instance -> [DetailList.Segment] in
            let (label, role): (String, StyleRole) =
                switch instance.lifecycle {
                case .inService: ("InService", .ok)
                case .pending: ("Pending", .warning)
                case .terminating: ("Terminating", .warning)
                case .standby: ("Standby", .muted)
                case .other: ("other", .muted)
                }
            var segments: [DetailList.Segment] = [
                (Text.pad(instance.id, idWidth) + " ", CellStyle(.normal)),
                (instance.zone + " ", CellStyle(.muted)), (label, CellStyle(role))
            ]
            if !instance.healthy { segments.append((" unhealthy", CellStyle(.critical, bold: true))) }
            return segments
        }
        let lines = group.activities.sorted { $0.startTime > $1.startTime }.map { activity -> [DetailList.Segment] in
            let role: StyleRole =
                activity.inProgress
                ? .warning : (activity.failed ? .critical : .normal)
            // A failed launch says why first: its cause and zone, read from AWS's message.
            let why =
                LaunchFailure(activity, group: group).map { failure in
                    failure.cause.phrase(instanceType: failure.instanceType) + (failure.zone.map { " in \($0)" } ?? "")
                        + ": "
                } ?? ""
            return [
                (EventsPanel.clock(activity.startTime) + " ", CellStyle(.muted)),
                (Text.pad(activity.status.awsCode, 11) + " ", CellStyle(role)),
                (why, CellStyle(.critical, bold: true)), (activity.description.asciiSafe(ascii), CellStyle(.normal)),
                (activity.endTime.map { "  ended " + EventsPanel.clock($0) } ?? "", CellStyle(.muted))
            ]
        }
        return DetailList(
            heading: "\(group.name): \(instances.count) instance\(instances.count == 1 ? "" : "s")", items: items,
            linesHeading: "scaling activity", lines: lines)
    }

    /// The group's scheduled actions, soonest first, each with its menu key for `x`; nil when it has
    /// none (an unreadable list says so).
    static func scheduleDetail(_ group: AutoScalingGroupStatus, context: RenderContext) -> DetailList? {
        guard group.scheduledActionsKnown else {
            return DetailList(
                heading: "scheduled actions",
                items: [[("could not be read (DescribeScheduledActions; e shows why)", CellStyle(.muted))]])
        }
        guard !group.scheduledActions.isEmpty else { return nil }
        let deletable = !context.header.readOnly
        let items = zip(Overlay.menuKeys, group.scheduledActions).map { key, action -> [DetailList.Segment] in
            [
                ((deletable ? "\(key) " : ""), CellStyle(.muted)),
                (
                    ScheduleText.line(action, now: context.now, timeZone: context.timeZone).asciiSafe(context.ascii),
                    CellStyle(.normal)
                )
            ]
        }
        let count = group.scheduledActions.count
        return DetailList(
            heading: "\(count) scheduled action\(count == 1 ? "" : "s")" + (deletable ? " (x deletes)" : ""),
            items: items)
    }

    /// The group's region's first missing Auto Scaling fact, activities before policies.
    static func missingFact(of group: AutoScalingGroupStatus, in state: DashboardState) -> MissingFact? {
        let missing = (state.missing[.autoScaling] ?? []).filter { $0.scope == group.region }
        return missing.first { $0.fact == .scalingActivities } ?? missing.first { $0.fact == .scalingPolicies }
    }

    private static func drawGroup(
        _ group: AutoScalingGroupStatus, state: DashboardState, context: RenderContext, selected: Bool,
        into buffer: inout CellBuffer, x: Int, y: Int, width: Int, lines: Int
    ) {
        let limit = x + width
        let marker = selected ? String(context.glyphs.pointer) : " "
        var column = buffer.write(marker + " ", x: x, y: y, style: CellStyle(.accent, bold: true), limit: width)
        column = buffer.write(
            Text.fit(group.name, max(8, width / 4), ascii: context.ascii), x: column, y: y,
            style: CellStyle(selected ? .selection : .accent, bold: true), limit: limit - column)
        column = buffer.write("  ", x: column, y: y, limit: limit - column)
        let short = width < 100
        // (label, value, style, whether a zero may be left out when the line is too long)
        var sizes: [(String, String, StyleRole, Bool)] = [
            ("min ", "\(group.min)", .normal, false),
            (" desired ", "\(group.desired)", group.atCeiling ? .warning : .accent, false),
            (" max ", "\(group.max)", group.atCeiling ? .warning : .normal, false),
            (
                short ? "  in svc " : "  in service ", "\(group.inService)",
                group.inService < group.desired ? .warning : .ok, false
            ),
            (
                short ? " pend " : " pending ", "\(group.pending)", group.pending > 0 ? .warning : .muted,
                group.pending == 0
            ),
            (
                short ? " term " : " terminating ", "\(group.terminating)", group.terminating > 0 ? .warning : .muted,
                group.terminating == 0
            )
        ]
        // The flags at the end (unhealthy, AT CEILING) matter more than a zero.
        let flags =
            (group.unhealthy > 0 ? (short ? 7 : 12) + String(group.unhealthy).count : 0) + (group.atCeiling ? 12 : 0)
        if column + sizes.map({ $0.0.count + $0.1.count }).reduce(0, +) + flags > limit {
            sizes.removeAll { $0.3 }
        }
        // A figure is drawn whole or not at all: `max 2` of `max 20` would be a lie.
        for (label, value, role, _) in sizes {
            guard column + label.count + value.count <= limit else { break }
            column = buffer.write(label, x: column, y: y, style: CellStyle(.muted), limit: limit - column)
            column = buffer.write(value, x: column, y: y, style: CellStyle(role, bold: true), limit: limit - column)
        }
        if group.unhealthy > 0, column + (short ? 7 : 12) + String(group.unhealthy).count <= limit {
            column = buffer.write(
                short ? "  sick " : "  unhealthy ", x: column, y: y, style: CellStyle(.muted), limit: limit - column)
            column = buffer.write(
                "\(group.unhealthy)", x: column, y: y, style: CellStyle(.critical, bold: true), limit: limit - column)
        }
        if group.atCeiling {
            column = buffer.write(
                "  AT CEILING", x: column, y: y, style: CellStyle(.warning, bold: true), limit: limit - column)
        }
        let failing = state.launchFailureTallies(of: group)
        if lines == 1, let flag = LaunchFailureLine.flag(failing), column + flag.count <= limit {
            column = buffer.write(flag, x: column, y: y, style: CellStyle(.critical, bold: true), limit: limit - column)
        }
        // Failing launches take the second line (where the eye is), pushing zones and graphs down and "now:" out.
        let rows: [GroupRow] = failing.isEmpty ? [.zones, .graphs, .now] : [.failures, .zones, .graphs]
        let drawn = rows.prefix(max(0, lines - 1))
        let forecast = state.ceilingForecast(of: group)
        // A ceiling close at hand that the fourth line cannot say goes after the figures: `max in ~6 min`.
        if let forecast, forecast.ceilingInSeconds < Self.ceilingSoonSeconds, !drawn.contains(.now) {
            let flag = "  max in \(DurationText.approximate(forecast.ceilingInSeconds))"
            if column + flag.count <= limit {
                buffer.write(flag, x: column, y: y, style: CellStyle(.warning, bold: true), limit: limit - column)
            }
        }
        for (offset, row) in drawn.enumerated() {
            let rowY = y + 1 + offset
            switch row {
            case .failures:
                buffer.write(
                    Text.firstFitting(LaunchFailureLine.variants(failing), width, ascii: context.ascii), x: x, y: rowY,
                    style: CellStyle(.critical, bold: true), limit: width)
            case .zones: zoneLine(group, state: state, into: &buffer, x: x, y: rowY, limit: limit, width: width)
            case .graphs:
                graphLine(
                    group, state: state, context: context, into: &buffer, x: x, y: rowY, limit: limit, width: width)
            case .now:
                nowLine(
                    group, forecast: forecast, state: state, context: context, into: &buffer, x: x, y: rowY,
                    width: width)
            }
        }
    }

    /// The lines under a group's first.
    private enum GroupRow {
        /// Launches failing: zone, cause, count.
        case failures
        /// Instances per zone and the CPU.
        case zones
        /// The sparklines.
        case graphs
        /// The activity now, or the steering policy.
        case now
    }

    /// The second line: instances in service per zone, with launching, leaving and unhealthy marks, and the CPU.
    private static func zoneLine(
        _ group: AutoScalingGroupStatus, state: DashboardState, into buffer: inout CellBuffer,
        x: Int, y: Int, limit: Int, width: Int
    ) {
        var zoneColumn = buffer.write("    ", x: x, y: y, limit: width)
        for zone in group.zoneCounts {
            let marks = [
                zone.pending > 0 ? "+\(zone.pending)" : "", zone.terminating > 0 ? "-\(zone.terminating)" : "",
                zone.unhealthy > 0 ? "!\(zone.unhealthy)" : ""
            ].joined()
            guard zoneColumn + zone.zone.count + 1 + String(zone.inService).count + marks.count <= limit else { break }
            zoneColumn = buffer.write(
                zone.zone + " ", x: zoneColumn, y: y, style: CellStyle(.muted), limit: limit - zoneColumn)
            zoneColumn = buffer.write(
                "\(zone.inService)", x: zoneColumn, y: y,
                style: CellStyle(zone.inService > 0 ? .ok : .critical, bold: true), limit: limit - zoneColumn)
            if zone.pending > 0 {
                zoneColumn = buffer.write(
                    "+\(zone.pending)", x: zoneColumn, y: y, style: CellStyle(.warning), limit: limit - zoneColumn)
            }
            if zone.terminating > 0 {
                zoneColumn = buffer.write(
                    "-\(zone.terminating)", x: zoneColumn, y: y, style: CellStyle(.warning), limit: limit - zoneColumn)
            }
            if zone.unhealthy > 0 {
                zoneColumn = buffer.write(
                    "!\(zone.unhealthy)", x: zoneColumn, y: y, style: CellStyle(.critical), limit: limit - zoneColumn)
            }
            zoneColumn = buffer.write("  ", x: zoneColumn, y: y, limit: limit - zoneColumn)
        }
        if let cpu = state.metrics.value?.value(MetricName.groupCPU, group.name), zoneColumn + 8 <= limit {
            buffer.write(
                "CPU \(NumberText.fixed(cpu, decimals: 0))%", x: zoneColumn, y: y,
                style: CellStyle(cpu >= 80 ? .warning : .normal), limit: limit - zoneColumn)
        }
    }

    /// The sparklines of instances in service and desired capacity.
    private static func graphLine(
        _ group: AutoScalingGroupStatus, state: DashboardState, context: RenderContext, into buffer: inout CellBuffer,
        x: Int, y: Int, limit: Int, width: Int
    ) {
        let graphWidth = max(0, (width - 30) / 2)
        var graphColumn = buffer.write("    in service ", x: x, y: y, style: CellStyle(.muted), limit: width)
        let inService = SeriesKey(MetricName.groupInService, group.name)
        Sparkline.draw(
            state.history.values(inService), into: &buffer, x: graphColumn, y: y, width: graphWidth,
            glyphs: context.glyphs,
            direction: inService.direction, floor: 0, ceiling: Double(group.max))
        graphColumn = buffer.write(
            "  desired ", x: graphColumn + graphWidth, y: y, style: CellStyle(.muted),
            limit: limit - graphColumn - graphWidth)
        let desired = SeriesKey(MetricName.groupDesired, group.name)
        Sparkline.draw(
            state.history.values(desired), into: &buffer, x: graphColumn, y: y,
            width: max(0, min(graphWidth, limit - graphColumn)),
            glyphs: context.glyphs, direction: desired.direction, floor: 0, ceiling: Double(group.max))
    }

    /// Seconds to the ceiling under which the forecast is a warning and goes before the activity.
    static let ceilingSoonSeconds: Double = 600

    /// A ceiling within ten minutes, else the activity running now, else the forecast, else a missing fact, else the policy that steers desired capacity.
    private static func nowLine(
        _ group: AutoScalingGroupStatus, forecast: CeilingForecast?, state: DashboardState, context: RenderContext,
        into buffer: inout CellBuffer, x: Int, y: Int, width: Int
    ) {
        if let forecast, forecast.ceilingInSeconds < ceilingSoonSeconds || group.activeActivity == nil {
            let when = DurationText.approximate(forecast.ceilingInSeconds)
            buffer.write(
                Text.firstFitting(
                    [
                        "    max \(group.max) in \(when) at this ramp", "    max \(group.max) in \(when)",
                        "    max in \(when)"
                    ], width,
                    ascii: context.ascii),
                x: x, y: y,
                style: CellStyle(forecast.ceilingInSeconds < ceilingSoonSeconds ? .warning : .muted, bold: true),
                limit: width)
        } else if let activity = group.activeActivity {
            let text = "    now: \(activity.description)"
            buffer.write(
                Text.fitWords(text, width, ascii: context.ascii), x: x, y: y, style: CellStyle(.warning), limit: width)
        } else if let missing = Self.missingFact(of: group, in: state) {
            // An optional read failed: say which fact is unknown and why, rather than show nothing.
            let what = missing.fact == .scalingPolicies ? "policies" : "activity"
            let action = missing.failure.action ?? "the call"
            buffer.write(
                Text.firstFitting(
                    ["    \(what) unknown: \(action) \(missing.failure.reportedKind)", "    \(what) unknown"], width,
                    ascii: context.ascii),
                x: x, y: y, style: CellStyle(.warning), limit: width)
        } else if let policy = group.overridingPolicies.first {
            buffer.write(
                Text.firstFitting(
                    [
                        "    policy \(policy.name) (\(policy.type.awsName)) steers desired capacity",
                        "    policy \(policy.name) steers desired capacity",
                        "    policy \(policy.name)"
                    ], width, ascii: context.ascii),
                x: x, y: y, style: CellStyle(.muted), limit: width)
        }
    }
}
