import SimulatorModel

/// Auto Scaling (query, 2011-01-01): the group, its activities and policy, the two scaling calls, scheduled
/// actions and suspended processes (`AutoScalingReplies+Scheduled`).
public enum AutoScalingReplies {
    /// Answers `call` from `model`.
    public static func handle(_ call: QueryCall, model: inout LaunchDayModel) throws(QueryError) -> WireResponse {
        switch call.action {
        case "DescribeAutoScalingGroups": return try describeGroups(call, model: model)
        case "DescribeScalingActivities": return try describeActivities(call, model: model)
        case "DescribePolicies": return describePolicies(call, model: model)
        case "UpdateAutoScalingGroup": return try updateGroup(call, model: &model)
        case "SetDesiredCapacity": return try setDesiredCapacity(call, model: &model)
        case "DescribeScheduledActions": return try describeScheduledActions(call, model: model)
        case "PutScheduledUpdateGroupAction": return try putScheduledAction(call, model: &model)
        case "DeleteScheduledAction": return try deleteScheduledAction(call, model: &model)
        case "SuspendProcesses": return try changeProcesses(call, suspend: true, model: &model)
        case "ResumeProcesses": return try changeProcesses(call, suspend: false, model: &model)
        default: throw call.unsupported
        }
    }

    /// Auto Scaling's error for a group name it does not know.
    static func groupNotFound(_ name: String) -> QueryError {
        QueryError(
            code: "ValidationError", message: "AutoScalingGroup name not found - AutoScalingGroup '\(name)' not found")
    }

    /// Throws Auto Scaling's error for a group name that is not `web-asg`.
    static func requireGroup(_ name: String?, model: LaunchDayModel) throws(QueryError) {
        guard let name, !name.isEmpty else {
            throw QueryError(
                code: "ValidationError",
                message:
                    "1 validation error detected: Value null at 'autoScalingGroupName' failed to satisfy constraint: Member must not be null"
            )
        }
        guard name == model.group.name || model.extraService(group: name) != nil else {
            throw groupNotFound(name)
        }
    }

    /// `DescribeAutoScalingGroups`: the group with its instances.
    static func describeGroups(_ call: QueryCall, model: LaunchDayModel) throws(QueryError) -> WireResponse {
        let names = call.parameters.list("AutoScalingGroupNames")
        let include = names.isEmpty || names.contains(model.group.name)
        let config = model.config
        let group = model.group
        // The shop's group first, then the extra services, paged as AWS pages (MaxRecords ≤ 100).
        let extras = model.extraServices.filter { names.isEmpty || names.contains($0.groupName) }
        let pageSize = max(1, min(try call.parameters.integer("MaxRecords") ?? 50, 100))
        let page = ShopFirstPage(shop: include, extras: extras, token: call.parameters["NextToken"], size: pageSize)
        return call.reply { result in
            result.element("AutoScalingGroups") { list in
                if page.includesShop {
                    list.element("member") { writeShopGroup(&$0, group: group, config: config, model: model) }
                }
                for extra in page.extras {
                    list.element("member") { writeExtraGroup(&$0, extra, config: config, model: model) }
                }
            }
            result.leaf("NextToken", page.next)
        }
    }

    /// Writes the shop's group.
    static func writeShopGroup(
        _ xml: inout XMLWriter, group: AutoScalingGroup, config: ShopConfiguration, model: LaunchDayModel
    ) {
        xml.leaf("AutoScalingGroupName", group.name)
        xml.leaf("AutoScalingGroupARN", config.groupARN)
        writeLaunchTemplate(&xml, config: config)
        xml.leaf("MinSize", group.minSize)
        xml.leaf("MaxSize", group.maxSize)
        xml.leaf("DesiredCapacity", group.desiredCapacity)
        xml.leaf("DefaultCooldown", 300)
        xml.stringMembers("AvailabilityZones", group.zones)
        xml.element("LoadBalancerNames") { _ in }
        xml.stringMembers("TargetGroupARNs", [config.targetGroupARN])
        xml.leaf("HealthCheckType", "ELB")
        xml.leaf("HealthCheckGracePeriod", config.healthCheckGracePeriod)
        xml.members("Instances", group.listedInstances) { item, instance in
            item.leaf("InstanceId", instance.id)
            item.leaf("InstanceType", config.instanceType)
            item.leaf("AvailabilityZone", instance.zone)
            item.leaf("LifecycleState", instance.lifecycle.rawValue)
            item.leaf("HealthStatus", instance.health.rawValue)
            writeLaunchTemplate(&item, config: config)
            item.leaf("ProtectedFromScaleIn", false)
        }
        xml.leaf("CreatedTime", WireDate.iso(model, -86_400 * 30))
        writeSuspendedProcesses(&xml, group: group.name, model: model)
        xml.leaf("VPCZoneIdentifier", group.zones.map { config.subnetID(in: $0) }.joined(separator: ","))
        xml.element("EnabledMetrics") { _ in }
        xml.members("Tags", ShopTags.all) { tag, pair in
            tag.leaf("ResourceId", group.name)
            tag.leaf("ResourceType", "auto-scaling-group")
            tag.leaf("Key", pair.0)
            tag.leaf("Value", pair.1)
            tag.leaf("PropagateAtLaunch", true)
        }
        xml.stringMembers("TerminationPolicies", ["Default"])
        xml.leaf("NewInstancesProtectedFromScaleIn", false)
        xml.leaf(
            "ServiceLinkedRoleARN",
            "arn:aws:iam::\(config.accountID):role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling"
        )
        xml.members("TrafficSources", [config.targetGroupARN]) { source, arn in
            source.leaf("Identifier", arn)
            source.leaf("Type", "elbv2")
        }
    }

    /// Writes one extra service's group: steady, all in service.
    static func writeExtraGroup(
        _ xml: inout XMLWriter, _ extra: ExtraService, config: ShopConfiguration, model: LaunchDayModel
    ) {
        xml.leaf("AutoScalingGroupName", extra.groupName)
        xml.leaf(
            "AutoScalingGroupARN",
            "arn:aws:autoscaling:\(config.region):\(config.accountID):autoScalingGroup:5ca1e\(extra.index):autoScalingGroupName/\(extra.groupName)"
        )
        xml.leaf("MinSize", extra.minSize)
        xml.leaf("MaxSize", extra.maxSize)
        xml.leaf("DesiredCapacity", extra.desiredCapacity)
        xml.leaf("DefaultCooldown", 300)
        xml.stringMembers("AvailabilityZones", extra.zones)
        xml.stringMembers("TargetGroupARNs", [ELBv2Replies.extraTargetGroupARN(extra, config: config)])
        xml.leaf("HealthCheckType", "ELB")
        xml.members("Instances", extra.instances.map { $0 }) { item, instance in
            item.leaf("InstanceId", instance.id)
            item.leaf("InstanceType", ExtraService.instanceType)
            item.leaf("AvailabilityZone", instance.zone)
            item.leaf("LifecycleState", "InService")
            item.leaf("HealthStatus", "Healthy")
            item.leaf("ProtectedFromScaleIn", false)
        }
        xml.leaf("CreatedTime", WireDate.iso(model, -86_400 * 60))
        writeSuspendedProcesses(&xml, group: extra.groupName, model: model)
    }

    /// Writes the `LaunchTemplate` element.
    static func writeLaunchTemplate(_ xml: inout XMLWriter, config: ShopConfiguration) {
        xml.element("LaunchTemplate") { template in
            template.leaf("LaunchTemplateId", "lt-0a1b2c3d4e5f60718")
            template.leaf("LaunchTemplateName", config.launchTemplateName)
            template.leaf("Version", "$Default")
        }
    }

    /// `DescribeScalingActivities`: newest first, paged with `MaxRecords`/`NextToken`.
    static func describeActivities(_ call: QueryCall, model: LaunchDayModel) throws(QueryError) -> WireResponse {
        if let name = call.parameters["AutoScalingGroupName"] { try requireGroup(name, model: model) }
        let wantedIDs = Set(call.parameters.list("ActivityIds"))
        // The quiet extra services of `--scale` have no activity of their own.
        let asksForAnExtra = call.parameters["AutoScalingGroupName"].map { $0 != model.group.name } ?? false
        var activities = asksForAnExtra ? [] : Array(model.group.activities.reversed())
        if !wantedIDs.isEmpty { activities = activities.filter { wantedIDs.contains($0.id) } }
        let pageSize = max(1, min(try call.parameters.integer("MaxRecords") ?? 100, 100))
        let offset = Int(call.parameters["NextToken"] ?? "") ?? 0
        let page = Array(activities.dropFirst(offset).prefix(pageSize))
        let next = offset + page.count < activities.count ? String(offset + page.count) : nil
        let config = model.config
        return call.reply { result in
            result.members("Activities", page) { xml, activity in
                xml.leaf("ActivityId", activity.id)
                xml.leaf("AutoScalingGroupName", config.groupName)
                xml.leaf("Description", activity.description)
                xml.leaf("Cause", activity.cause)
                xml.leaf("StartTime", WireDate.iso(model, activity.startedAt))
                xml.leaf("EndTime", activity.endedAt.map { WireDate.iso(model, $0) })
                xml.leaf("StatusCode", activity.status.rawValue)
                xml.leaf("StatusMessage", activity.statusMessage)
                xml.leaf("Progress", activity.progress)
                xml.leaf("Details", activity.details)
                xml.leaf("AutoScalingGroupARN", config.groupARN)
            }
            result.leaf("NextToken", next)
        }
    }

    /// `DescribePolicies`: the target-tracking policy and its two alarms.
    static func describePolicies(_ call: QueryCall, model: LaunchDayModel) -> WireResponse {
        let config = model.config
        let groupMatches = call.parameters["AutoScalingGroupName"].map { $0 == config.groupName } ?? true
        let names = call.parameters.list("PolicyNames")
        let nameMatches = names.isEmpty || names.contains(config.policyName) || names.contains(config.policyARN)
        let types = call.parameters.list("PolicyTypes")
        let typeMatches = types.isEmpty || types.contains("TargetTrackingScaling")
        let policies = groupMatches && nameMatches && typeMatches ? [config.policyName] : []
        return call.reply { result in
            result.members("ScalingPolicies", policies) { xml, name in
                xml.leaf("AutoScalingGroupName", config.groupName)
                xml.leaf("PolicyName", name)
                xml.leaf("PolicyARN", config.policyARN)
                xml.leaf("PolicyType", "TargetTrackingScaling")
                xml.element("StepAdjustments") { _ in }
                xml.members("Alarms", [model.highAlarmName, model.lowAlarmName]) { alarm, alarmName in
                    alarm.leaf("AlarmName", alarmName)
                    alarm.leaf("AlarmARN", "arn:aws:cloudwatch:\(config.region):\(config.accountID):alarm:\(alarmName)")
                }
                xml.element("TargetTrackingConfiguration") { tracking in
                    tracking.element("PredefinedMetricSpecification") {
                        $0.leaf("PredefinedMetricType", "ASGAverageCPUUtilization")
                    }
                    tracking.leaf("TargetValue", String(config.targetCPU))
                    tracking.leaf("DisableScaleIn", false)
                }
                xml.leaf("Enabled", true)
            }
        }
    }

    /// `UpdateAutoScalingGroup`: min, max and desired, validated together.
    static func updateGroup(_ call: QueryCall, model: inout LaunchDayModel) throws(QueryError) -> WireResponse {
        try requireGroup(call.parameters["AutoScalingGroupName"], model: model)
        let minSize = try call.parameters.integer("MinSize")
        let maxSize = try call.parameters.integer("MaxSize")
        let desired = try call.parameters.integer("DesiredCapacity")
        do {
            if let extra = model.extraService(group: call.parameters["AutoScalingGroupName"] ?? "") {
                try model.updateExtra(extra, minSize: minSize, maxSize: maxSize, desiredCapacity: desired)
                return call.reply(nil)
            }
            try model.updateGroup(minSize: minSize, maxSize: maxSize, desiredCapacity: desired)
        } catch {
            throw QueryError(code: error.code, message: error.message)
        }
        return call.reply(nil)
    }

    /// `SetDesiredCapacity`: validated against the bounds.
    static func setDesiredCapacity(_ call: QueryCall, model: inout LaunchDayModel) throws(QueryError) -> WireResponse {
        try requireGroup(call.parameters["AutoScalingGroupName"], model: model)
        guard let desired = try call.parameters.integer("DesiredCapacity") else {
            throw QueryError(
                code: "ValidationError",
                message:
                    "1 validation error detected: Value null at 'desiredCapacity' failed to satisfy constraint: Member must not be null"
            )
        }
        do throws(ScalingError) {
            if let extra = model.extraService(group: call.parameters["AutoScalingGroupName"] ?? "") {
                let service = model.extraServices[extra]
                guard desired <= service.maxSize, desired >= service.minSize else {
                    throw ScalingError(
                        message:
                            "New SetDesiredCapacity value \(desired) is \(desired > service.maxSize ? "above max" : "below min") value \(desired > service.maxSize ? service.maxSize : service.minSize) for the AutoScalingGroup."
                    )
                }
                try model.updateExtra(extra, minSize: nil, maxSize: nil, desiredCapacity: desired)
                return call.reply(nil)
            }
            try model.setDesiredCapacity(desired)
        } catch {
            throw QueryError(code: error.code, message: error.message)
        }
        return call.reply(nil)
    }
}
