import AWSServices
import Collectors
import DashboardModel
import FlightdeckPlatform
import Foundation

extension Wiring {
    /// The group named `name` in the first watched region that has it, with its scheduled actions
    /// (unknown, not empty, when DescribeScheduledActions fails); nil when no region has it.
    func group(named name: String) async throws -> AutoScalingGroupStatus? {
        for (region, client) in clients.regional {
            let reply = try await client.send(AutoScaling.DescribeAutoScalingGroups(names: [name]))
            guard let match = reply.groups.first(where: { $0.name == name }) else { continue }
            var group = AutoScalingGroupStatus(match, region: region)
            do {
                let actions = try await client.sendAll(
                    AutoScaling.DescribeScheduledActions(groupName: name, maxRecords: 100)
                ).items
                group.scheduledActions = Collector.scheduledActionSummaries(actions)[name] ?? []
            } catch {
                group.scheduledActionsKnown = false
                Platform.writeToStandardError(
                    "flightdeck: scheduled actions of \(name) could not be read: \(SourceFailure(error).message)\n")
            }
            return group
        }
        return nil
    }
}
