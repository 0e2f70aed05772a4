import DashboardModel

/// The words of the Standard On-Demand vCPU quota against its use, made from the typed headroom:
/// longest first, so a narrow edge drops words, never a number.
enum VCPUQuotaLine {
    /// The note on the Auto Scaling panel's top edge: the tightest region's headroom, a warning when
    /// the watched groups at max do not fit; nil before the quota or the use was read.
    static func note(_ state: DashboardState, ascii: Bool) -> FrameNote? {
        guard let headroom = state.tightestVCPUHeadroom else { return nil }
        let missing = state.missing[.metrics] ?? []
        let scoped = { (fact: MissingFact.Fact) in missing.first { $0.fact == fact && $0.scope == headroom.region } }
        let prefix = state.vcpuHeadrooms.count > 1 ? "\(headroom.region) " : ""
        let forms = variants(headroom, quotaMissing: scoped(.vcpuQuota), useMissing: scoped(.vcpusInUse)).map {
            (prefix + $0).asciiSafe(ascii)
        }
        guard !forms.isEmpty else { return nil }
        let over = (headroom.overAtMax ?? 0) > 0
        return FrameNote(forms: forms, role: over ? .warning : .muted, bold: over)
    }

    /// `vCPU quota 64, in use 38; the watched groups at max need 80 more: 54 over`, and shorter forms;
    /// the unknown half says why when a call failed.
    static func variants(_ headroom: VCPUHeadroom, quotaMissing: MissingFact? = nil, useMissing: MissingFact? = nil)
        -> [String]
    {
        let why = { (missing: MissingFact?) in
            missing.map { ": \($0.failure.action ?? "the call") \($0.failure.reportedKind)" } ?? ""
        }
        switch (headroom.quota, headroom.inUse) {
        case let (quota?, inUse?):
            let source = headroom.source == .awsDefault ? " (AWS default)" : ""
            let shortSource = headroom.source == .awsDefault ? " (default)" : ""
            let head = "vCPU quota \(quota)\(source), in use \(inUse)"
            let left = headroom.groupsLeftOut.count
            let leftOut = left == 0 ? "" : " (\(left) group\(left == 1 ? "'s" : "s'") type unknown)"
            guard let needed = headroom.neededAtMax else {
                return [head, "vCPU \(inUse) of \(quota)\(shortSource)", "vCPU \(inUse)/\(quota)"]
            }
            let over = headroom.overAtMax ?? 0
            let overText = over > 0 ? ": \(over) over" : ""
            return [
                "\(head); the watched groups at max need \(needed) more\(overText)\(leftOut)",
                "\(head); the watched groups at max need \(needed) more\(overText)",
                "vCPU \(inUse) of \(quota)\(shortSource); at max +\(needed)\(over > 0 ? ": \(over) OVER" : "")",
                over > 0 ? "vCPU \(inUse)/\(quota), \(over) over at max" : "vCPU \(inUse)/\(quota), at max +\(needed)",
                over > 0 ? "vCPU \(inUse)/\(quota) OVER" : "vCPU \(inUse)/\(quota)"
            ]
        case let (nil, inUse?):
            return [
                "vCPU in use \(inUse); quota unknown\(why(quotaMissing))", "vCPU \(inUse), quota unknown",
                "vCPU \(inUse)/?"
            ]
        case let (quota?, nil):
            return ["vCPU quota \(quota); in use unknown\(why(useMissing))", "vCPU quota \(quota)", "vCPU ?/\(quota)"]
        case (nil, nil):
            guard quotaMissing != nil || useMissing != nil else { return [] }
            return ["vCPU quota unknown\(why(quotaMissing ?? useMissing))", "vCPU quota unknown"]
        }
    }
}
