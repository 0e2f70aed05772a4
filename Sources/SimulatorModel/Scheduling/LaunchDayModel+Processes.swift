/// Suspended Auto Scaling processes: what the group stops doing while they are.
extension LaunchDayModel {
    /// Whether `process` is suspended on `groupName` (the shop's group when nil).
    public func isSuspended(_ process: String, group groupName: String? = nil) -> Bool {
        suspendedProcesses[groupName ?? group.name]?.contains { $0.name == process } ?? false
    }

    /// `SuspendProcesses`: suspends `names` (every process when empty) on `groupName`, each with
    /// AWS's reason; a process already suspended keeps its first reason.
    public mutating func suspendProcesses(_ names: [String], group groupName: String) throws(ScalingError) {
        let wanted = try Self.checkedProcesses(names)
        var list = suspendedProcesses[groupName] ?? []
        for name in wanted where !list.contains(where: { $0.name == name }) {
            list.append(SuspendedProcess(name: name, reason: "User suspended at \(timestamp(now))"))
        }
        suspendedProcesses[groupName] = list
    }

    /// `ResumeProcesses`: resumes `names` (every process when empty) on `groupName`.
    public mutating func resumeProcesses(_ names: [String], group groupName: String) throws(ScalingError) {
        let wanted = Set(try Self.checkedProcesses(names))
        suspendedProcesses[groupName] = suspendedProcesses[groupName]?.filter { !wanted.contains($0.name) }
        if suspendedProcesses[groupName]?.isEmpty == true { suspendedProcesses[groupName] = nil }
    }

    /// The processes named, every one when none is; refuses a name Auto Scaling does not know.
    static func checkedProcesses(_ names: [String]) throws(ScalingError) -> [String] {
        let unknown = names.filter { !SuspendedProcess.all.contains($0) }
        guard unknown.isEmpty else {
            throw ScalingError(
                message:
                    "Unknown scaling process: \(unknown.joined(separator: ", ")). Valid processes: \(SuspendedProcess.all.joined(separator: ", "))."
            )
        }
        return names.isEmpty ? SuspendedProcess.all : names
    }
}
