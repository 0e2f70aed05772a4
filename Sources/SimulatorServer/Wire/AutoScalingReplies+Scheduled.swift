import Foundation
import SimulatorModel

/// Auto Scaling's scheduled actions and process suspension, as the query protocol serves them.
extension AutoScalingReplies {
    /// The ARN AWS gives a scheduled action.
    static func scheduledActionARN(_ action: ScheduledAction, config: ShopConfiguration) -> String {
        "arn:aws:autoscaling:\(config.region):\(config.accountID):scheduledUpdateGroupAction:\(action.id):autoScalingGroupName/\(action.groupName):scheduledActionName/\(action.name)"
    }

    /// A required string parameter, with Auto Scaling's message naming its member when it is missing
    /// and when it is longer than 255 characters.
    static func requiredName(_ call: QueryCall, _ parameter: String, member: String) throws(QueryError) -> String {
        guard let value = call.parameters[parameter], !value.isEmpty else {
            throw QueryError(
                code: "ValidationError",
                message:
                    "1 validation error detected: Value null at '\(member)' failed to satisfy constraint: Member must not be null"
            )
        }
        guard value.count <= 255 else {
            throw QueryError(
                code: "ValidationError",
                message:
                    "1 validation error detected: Value '\(value)' at '\(member)' failed to satisfy constraint: Member must have length less than or equal to 255"
            )
        }
        return value
    }

    /// A timestamp parameter as simulated seconds; nil when absent.
    static func time(_ call: QueryCall, _ parameter: String, model: LaunchDayModel) throws(QueryError) -> Double? {
        guard let text = call.parameters[parameter] else { return nil }
        guard let date = WireDate.parse(text) else {
            throw QueryError(
                code: "ValidationError",
                message: "Value '\(text)' at '\(parameter)' failed to satisfy constraint: Member must be a timestamp")
        }
        return date.timeIntervalSince(model.config.startDate)
    }

    /// `DescribeScheduledActions`: the actions waiting, filtered by group, names and a time window, paged.
    static func describeScheduledActions(_ call: QueryCall, model: LaunchDayModel) throws(QueryError) -> WireResponse {
        let names = Set(call.parameters.list("ScheduledActionNames"))
        let from = try time(call, "StartTime", model: model)
        let until = try time(call, "EndTime", model: model)
        let actions = model.scheduledActions(of: call.parameters["AutoScalingGroupName"]).filter {
            (action: ScheduledAction) -> Bool in
            (names.isEmpty || names.contains(action.name)) && (from.map { action.startTime >= $0 } ?? true)
                && (until.map { action.startTime <= $0 } ?? true)
        }
        let pageSize = max(1, min(try call.parameters.integer("MaxRecords") ?? 50, 100))
        let token = call.parameters["NextToken"]
        guard let offset = token.map({ Int($0) }) ?? 0, offset >= 0 else {
            throw QueryError(code: "InvalidNextToken", message: "The token '\(token ?? "")' is invalid.")
        }
        let page = Array(actions.dropFirst(offset).prefix(pageSize))
        let next = offset + page.count < actions.count ? String(offset + page.count) : nil
        let config = model.config
        return call.reply { result in
            result.members("ScheduledUpdateGroupActions", page) { xml, action in
                xml.leaf("AutoScalingGroupName", action.groupName)
                xml.leaf("ScheduledActionName", action.name)
                xml.leaf("ScheduledActionARN", scheduledActionARN(action, config: config))
                xml.leaf("Time", WireDate.iso(model, action.startTime))
                xml.leaf("StartTime", WireDate.iso(model, action.startTime))
                xml.leaf("EndTime", action.endTime.map { WireDate.iso(model, $0) })
                xml.leaf("MinSize", action.minSize.map(String.init))
                xml.leaf("MaxSize", action.maxSize.map(String.init))
                xml.leaf("DesiredCapacity", action.desiredCapacity.map(String.init))
                xml.leaf("TimeZone", action.timeZone)
            }
            result.leaf("NextToken", next)
        }
    }

    /// `PutScheduledUpdateGroupAction`: creates or updates one action.
    static func putScheduledAction(_ call: QueryCall, model: inout LaunchDayModel) throws(QueryError) -> WireResponse {
        let group = try requiredName(call, "AutoScalingGroupName", member: "autoScalingGroupName")
        let name = try requiredName(call, "ScheduledActionName", member: "scheduledActionName")
        try requireGroup(group, model: model)
        let startTime = try time(call, "StartTime", model: model)
        let legacyTime = try time(call, "Time", model: model)
        let request = ScheduledActionRequest(
            groupName: group, name: name, startTime: startTime ?? legacyTime,
            endTime: try time(call, "EndTime", model: model), recurrence: call.parameters["Recurrence"],
            minSize: try call.parameters.integer("MinSize"), maxSize: try call.parameters.integer("MaxSize"),
            desiredCapacity: try call.parameters.integer("DesiredCapacity"), timeZone: call.parameters["TimeZone"])
        do {
            try model.putScheduledAction(request)
        } catch {
            throw QueryError(code: error.code, message: error.message)
        }
        return call.reply(nil)
    }

    /// `DeleteScheduledAction`.
    static func deleteScheduledAction(_ call: QueryCall, model: inout LaunchDayModel) throws(QueryError) -> WireResponse
    {
        let group = try requiredName(call, "AutoScalingGroupName", member: "autoScalingGroupName")
        let name = try requiredName(call, "ScheduledActionName", member: "scheduledActionName")
        try requireGroup(group, model: model)
        do {
            try model.deleteScheduledAction(group: group, name: name)
        } catch {
            throw QueryError(code: error.code, message: error.message)
        }
        return call.reply(nil)
    }

    /// `SuspendProcesses` and `ResumeProcesses`: every process when `ScalingProcesses` is empty.
    static func changeProcesses(_ call: QueryCall, suspend: Bool, model: inout LaunchDayModel) throws(QueryError)
        -> WireResponse
    {
        let group = try requiredName(call, "AutoScalingGroupName", member: "autoScalingGroupName")
        try requireGroup(group, model: model)
        let processes = call.parameters.list("ScalingProcesses")
        do {
            if suspend {
                try model.suspendProcesses(processes, group: group)
            } else {
                try model.resumeProcesses(processes, group: group)
            }
        } catch {
            throw QueryError(code: error.code, message: error.message)
        }
        return call.reply(nil)
    }

    /// Writes a group's `SuspendedProcesses`.
    static func writeSuspendedProcesses(_ xml: inout XMLWriter, group: String, model: LaunchDayModel) {
        xml.members("SuspendedProcesses", model.suspendedProcesses[group] ?? []) { item, process in
            item.leaf("ProcessName", process.name)
            item.leaf("SuspensionReason", process.reason)
        }
    }
}
