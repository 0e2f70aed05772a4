import SimulatorModel

/// EC2 (ec2 query dialect, 2016-11-15): `DescribeInstances` and `DescribeAvailabilityZones`.
public enum EC2Replies {
    /// Answers `call` from `model`.
    public static func handle(_ call: QueryCall, model: inout LaunchDayModel) throws(QueryError) -> WireResponse {
        switch call.action {
        case "DescribeInstances": return try describeInstances(call, model: model)
        case "DescribeAvailabilityZones": return describeZones(call, model: model)
        default: throw call.unsupported
        }
    }

    /// The `Filter.N.Name` → values of an EC2 call.
    static func filters(_ parameters: FormParameters) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for index in parameters.structureIndices("Filter", member: false) {
            guard let name = parameters["Filter.\(index).Name"] else { continue }
            result[name] = parameters.list("Filter.\(index).Value", member: false)
        }
        return result
    }

    /// EC2's error for an instance id it does not know.
    static func instanceNotFound(_ id: String) -> QueryError {
        QueryError(code: "InvalidInstanceID.NotFound", message: "The instance ID '\(id)' does not exist")
    }

    /// `DescribeInstances`: one reservation per instance, filtered by id, state, zone or group tag.
    static func describeInstances(_ call: QueryCall, model: LaunchDayModel) throws(QueryError) -> WireResponse {
        let config = model.config
        let ids = call.parameters.list("InstanceId", member: false)
        let known = Set(model.group.instances.map(\.id))
        if let missing = ids.first(where: { !known.contains($0) }) {
            throw instanceNotFound(missing)
        }
        let filters = filters(call.parameters)
        let instances = model.group.instances.filter { instance in
            if !ids.isEmpty && !ids.contains(instance.id) { return false }
            for (name, values) in filters {
                let actual: String?
                switch name {
                case "instance-id": actual = instance.id
                case "instance-state-name": actual = instance.ec2State
                case "availability-zone": actual = instance.zone
                case "instance-type": actual = config.instanceType
                case "tag:aws:autoscaling:groupName": actual = config.groupName
                case "tag:Name": actual = "web"
                default: actual = nil
                }
                guard let actual, values.contains(actual) else { return false }
            }
            return true
        }
        return call.ec2Reply { root in
            root.members("reservationSet", instances, tag: "item") { reservation, instance in
                reservation.leaf("reservationId", "r-0" + String(instance.id.dropFirst(3)))
                reservation.leaf("ownerId", config.accountID)
                reservation.element("groupSet") { _ in }
                reservation.members("instancesSet", [instance], tag: "item") { xml, instance in
                    let dashed = instance.privateIP.replacingOccurrences(of: ".", with: "-")
                    xml.leaf("instanceId", instance.id)
                    xml.leaf("imageId", "ami-0c1d2e3f4a5b6c7d8")
                    xml.element("instanceState") { state in
                        state.leaf("code", instance.ec2StateCode)
                        state.leaf("name", instance.ec2State)
                    }
                    xml.leaf("privateDnsName", "ip-\(dashed).ec2.internal")
                    xml.leaf("dnsName", "")
                    xml.leaf("reason", instance.lifecycle == .terminated ? "User initiated" : "")
                    xml.leaf("amiLaunchIndex", 0)
                    xml.element("productCodes") { _ in }
                    xml.leaf("instanceType", config.instanceType)
                    xml.leaf("launchTime", WireDate.iso(model, instance.launchedAt))
                    xml.element("placement") { placement in
                        placement.leaf("availabilityZone", instance.zone)
                        placement.leaf("groupName", "")
                        placement.leaf("tenancy", "default")
                    }
                    xml.element("monitoring") { $0.leaf("state", "enabled") }
                    xml.leaf("subnetId", config.subnetID(in: instance.zone))
                    xml.leaf("vpcId", ELBv2Replies.vpcID)
                    xml.leaf("privateIpAddress", instance.privateIP)
                    xml.leaf("architecture", "x86_64")
                    xml.leaf("rootDeviceType", "ebs")
                    xml.leaf("rootDeviceName", "/dev/xvda")
                    xml.leaf("virtualizationType", "hvm")
                    xml.leaf("hypervisor", "xen")
                    xml.members("tagSet", [("aws:autoscaling:groupName", config.groupName), ("Name", "web")], tag: "item") { tag, pair in
                        tag.leaf("key", pair.0)
                        tag.leaf("value", pair.1)
                    }
                }
            }
        }
    }

    /// `DescribeAvailabilityZones`: a zone in an outage is `impaired`.
    static func describeZones(_ call: QueryCall, model: LaunchDayModel) -> WireResponse {
        let config = model.config
        let names = call.parameters.list("ZoneName", member: false)
        let zones = config.zones.filter { names.isEmpty || names.contains($0) }
        return call.ec2Reply { root in
            root.members("availabilityZoneInfo", zones, tag: "item") { xml, zone in
                let down = model.isDown(zone)
                xml.leaf("optInStatus", "opt-in-not-required")
                xml.members("messageSet", down ? ["Increased error rates and connectivity issues in this Availability Zone."] : [], tag: "item") { message, text in
                    message.leaf("message", text)
                }
                xml.leaf("regionName", config.region)
                xml.leaf("zoneName", zone)
                xml.leaf("zoneId", "use1-az\((config.zones.firstIndex(of: zone) ?? 0) + 1)")
                xml.leaf("groupName", config.region + "-zg-1")
                xml.leaf("networkBorderGroup", config.region)
                xml.leaf("zoneType", "availability-zone")
                xml.leaf("groupLongName", "US East (N. Virginia) 1")
                xml.leaf("zoneState", down ? "impaired" : "available")
            }
        }
    }
}
