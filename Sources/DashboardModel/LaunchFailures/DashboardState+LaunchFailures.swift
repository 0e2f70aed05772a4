import Foundation

extension DashboardState {
    /// The window failed launches are counted in: "4 in 10 min".
    public static let launchFailureWindow: TimeInterval = 600
    /// How long a failed launch is remembered after it failed (AWS lists activities for weeks, the poll only the newest).
    static let launchFailureMemory: TimeInterval = 3_600

    /// Remembers the failed launches among the activities of `polled`, each once, and forgets those older than the memory.
    mutating func rememberLaunchFailures(_ polled: [AutoScalingGroupStatus], at date: Date) {
        var known = Set(launchFailures.map(\.activityID))
        for group in polled {
            for activity in group.activities.reversed() {
                guard let failure = LaunchFailure(activity, group: group), known.insert(failure.activityID).inserted
                else { continue }
                launchFailures.append(failure)
            }
        }
        launchFailures.removeAll { date.timeIntervalSince($0.at) > Self.launchFailureMemory }
        launchFailures.sort { $0.at < $1.at }
    }

    /// The failed launches of `group` within the window before `now`, by zone and cause, the most first.
    public func launchFailureTallies(of group: AutoScalingGroupStatus) -> [LaunchFailureTally] {
        tallies(launchFailures.filter { $0.group == group.name && $0.region == group.region })
    }

    /// Failed launches in the zone within the window before `now`, summed over the region's groups; nil when none.
    func failedLaunches(in key: ZoneKey) -> ZoneLaunchFailures? {
        let recent = launchFailures.filter { $0.region == key.region && $0.zone == key.zone && isRecent($0) }
        guard let last = recent.max(by: { $0.at < $1.at }) else { return nil }
        return ZoneLaunchFailures(count: recent.count, lastMessage: last.message, lastAt: last.at)
    }

    private func isRecent(_ failure: LaunchFailure) -> Bool {
        now.timeIntervalSince(failure.at) <= Self.launchFailureWindow
    }

    private func tallies(_ failures: [LaunchFailure]) -> [LaunchFailureTally] {
        var byKey: [String: LaunchFailureTally] = [:]
        for failure in failures where isRecent(failure) {
            let key = "\(failure.zone ?? "")|\(failure.cause.rawValue)"
            if var tally = byKey[key] {
                tally.count += 1
                if failure.at >= tally.lastAt {
                    tally.lastAt = failure.at
                    tally.message = failure.message
                    tally.instanceType = failure.instanceType ?? tally.instanceType
                }
                byKey[key] = tally
            } else {
                byKey[key] = LaunchFailureTally(
                    zone: failure.zone, cause: failure.cause, instanceType: failure.instanceType,
                    message: failure.message, count: 1, lastAt: failure.at)
            }
        }
        return byKey.values.sorted { ($0.count, $0.lastAt) > ($1.count, $1.lastAt) }
    }
}
