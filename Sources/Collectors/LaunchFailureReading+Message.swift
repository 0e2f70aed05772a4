import DashboardModel

extension LaunchFailureReading {
    /// Reads AWS's status message of a failed launch; an unknown message is `other`, with its zone if it names one.
    public init(statusMessage message: String) {
        let text = message.lowercased()
        let cause = Self.cause(of: text)
        self.init(
            cause: cause, zone: Self.firstZone(in: text),
            instanceType: cause == .capacity ? Self.instanceType(in: text) : nil)
    }

    /// The cause by the phrases (and error codes) AWS uses; Spot first, as its messages also speak of capacity.
    private static func cause(of text: String) -> LaunchFailureCause {
        func has(_ phrases: String...) -> Bool { phrases.contains { text.contains($0) } }
        if has(
            "spot capacity", "insufficientspotcapacity", "maxspotinstancecountexceeded", "spot instance count",
            "spot request")
        {
            return .spot
        }
        if has("insufficientinstancecapacity", "insufficient capacity", "do not have sufficient") { return .capacity }
        if has("vcpulimitexceeded", "vcpu limit", "vcpu capacity") { return .vcpuQuota }
        if has("instancelimitexceeded", "instance limit", "more instances") { return .instanceLimit }
        if has("subnet") { return .subnet }
        if has(
            "launch template", "launchtemplate", "launch configuration", "iaminstanceprofile", "instance profile",
            "image id", "invalidami")
        {
            return .template
        }
        return .other
    }

    /// The first word shaped as a zone name (`us-east-1c`, `us-gov-west-1a`), in the lowercased `text`.
    private static func firstZone(in text: String) -> String? {
        words(of: text).first(where: isZone)
    }

    /// The word after "sufficient" in a capacity message: `We currently do not have sufficient m5.large capacity…`.
    private static func instanceType(in text: String) -> String? {
        let list = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let index = list.firstIndex(of: "sufficient"), index + 1 < list.count else { return nil }
        let candidate = list[index + 1]
        return candidate.contains(".") && candidate != "capacity" ? candidate : nil
    }

    private static func words(of text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "-") }.map(String.init)
    }

    /// `xx-name-Nz`: two letters, one or more named parts, then digits and one zone letter.
    private static func isZone(_ word: String) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, let first = parts.first, first.count == 2, first.allSatisfy(\.isLetter),
            let last = parts.last, last.count >= 2, let letter = last.last, letter.isLetter,
            last.dropLast().allSatisfy(\.isNumber)
        else { return false }
        return parts.dropFirst().dropLast().allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isLetter) }
    }
}
