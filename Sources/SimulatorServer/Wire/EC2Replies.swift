import SimulatorModel

/// EC2 (ec2 query dialect, 2016-11-15): `DescribeInstances`, `DescribeInstanceTypes` and `DescribeAvailabilityZones`.
public enum EC2Replies {
    /// Answers `call` from `model`.
    public static func handle(_ call: QueryCall, model: inout LaunchDayModel) throws(QueryError) -> WireResponse {
        switch call.action {
        case "DescribeInstances": return try describeInstances(call, model: model)
        case "DescribeAvailabilityZones": return describeZones(call, model: model)
        case "DescribeInstanceTypes": return try describeInstanceTypes(call)
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

    /// One instance as DescribeInstances lists it: the shop's group's, or a quiet service's.
    struct InstanceRow {
        var id: String
        var instanceType: String
        var zone: String
        var state: String
        var stateCode: Int
        var privateIP: String
        var launchTime: String
        var group: String
        var terminated: Bool
    }

    /// Every instance of the account in the shop's region: the group's (terminated ones included, as
    /// EC2 lists them for a while) and the quiet services' (`--scale N`), which always run.
    static func instanceRows(_ model: LaunchDayModel) -> [InstanceRow] {
        let config = model.config
        let shop = model.group.instances.map { instance in
            InstanceRow(
                id: instance.id, instanceType: config.instanceType, zone: instance.zone, state: instance.ec2State,
                stateCode: instance.ec2StateCode, privateIP: instance.privateIP,
                launchTime: WireDate.iso(model, instance.launchedAt),
                group: config.groupName, terminated: instance.lifecycle == .terminated)
        }
        let started = WireDate.iso(model, -3_600)
        let quiet = model.extraServices.flatMap { service in
            service.instances.enumerated().map { number, instance in
                InstanceRow(
                    id: instance.id, instanceType: ExtraService.instanceType, zone: instance.zone, state: "running",
                    stateCode: 16,
                    privateIP: "10.1.\(service.index % 250).\(number + 10)", launchTime: started,
                    group: service.groupName,
                    terminated: false)
            }
        }
        return shop + quiet
    }

    /// `DescribeInstances`: one reservation per instance, filtered by id, state, zone, type or group tag,
    /// `MaxResults` (5 to 1000) a page with `NextToken`.
    static func describeInstances(_ call: QueryCall, model: LaunchDayModel) throws(QueryError) -> WireResponse {
        let config = model.config
        let ids = call.parameters.list("InstanceId", member: false)
        let rows = instanceRows(model)
        let known = Set(rows.map(\.id))
        if let missing = ids.first(where: { !known.contains($0) }) {
            throw instanceNotFound(missing)
        }
        let maxResults = call.parameters["MaxResults"].flatMap { Int($0) }
        if let maxResults {
            guard ids.isEmpty else {
                throw QueryError(
                    code: "InvalidParameterCombination",
                    message: "The parameter instancesSet cannot be used with the parameter maxResults")
            }
            guard (5...1000).contains(maxResults) else {
                throw QueryError(
                    code: "InvalidParameterValue",
                    message:
                        "Value ( \(maxResults) ) for parameter maxResults is invalid. Expecting a value greater than 5."
                )
            }
        }
        let filters = filters(call.parameters)
        let matching = rows.filter { row in
            if !ids.isEmpty && !ids.contains(row.id) { return false }
            for (name, values) in filters {
                let actual: String?
                switch name {
                case "instance-id": actual = row.id
                case "instance-state-name": actual = row.state
                case "availability-zone": actual = row.zone
                case "instance-type": actual = row.instanceType
                case "tag:aws:autoscaling:groupName": actual = row.group
                case "tag:Name": actual = row.group == config.groupName ? "web" : row.group
                default: actual = nil
                }
                guard let actual, values.contains(actual) else { return false }
            }
            return true
        }
        let offset = try pageOffset(call.parameters["NextToken"], count: matching.count)
        let page = Array(matching.dropFirst(offset).prefix(maxResults ?? matching.count))
        let next = offset + page.count < matching.count ? pageToken(offset + page.count) : nil
        return call.ec2Reply { root in
            root.members("reservationSet", page, tag: "item") { reservation, row in
                reservation.leaf("reservationId", "r-0" + String(row.id.dropFirst(3)))
                reservation.leaf("ownerId", config.accountID)
                reservation.element("groupSet") { _ in }
                reservation.members("instancesSet", [row], tag: "item") { xml, row in
                    let dashed = row.privateIP.replacingOccurrences(of: ".", with: "-")
                    xml.leaf("instanceId", row.id)
                    xml.leaf("imageId", "ami-0c1d2e3f4a5b6c7d8")
                    xml.element("instanceState") { state in
                        state.leaf("code", row.stateCode)
                        state.leaf("name", row.state)
                    }
                    xml.leaf("privateDnsName", "ip-\(dashed).ec2.internal")
                    xml.leaf("dnsName", "")
                    xml.leaf("reason", row.terminated ? "User initiated" : "")
                    xml.leaf("amiLaunchIndex", 0)
                    xml.element("productCodes") { _ in }
                    xml.leaf("instanceType", row.instanceType)
                    xml.leaf("launchTime", row.launchTime)
                    xml.element("placement") { placement in
                        placement.leaf("availabilityZone", row.zone)
                        placement.leaf("groupName", "")
                        placement.leaf("tenancy", "default")
                    }
                    xml.element("monitoring") { $0.leaf("state", "enabled") }
                    xml.leaf("subnetId", config.subnetID(in: row.zone))
                    xml.leaf("vpcId", ELBv2Replies.vpcID)
                    xml.leaf("privateIpAddress", row.privateIP)
                    xml.leaf("architecture", "x86_64")
                    xml.leaf("rootDeviceType", "ebs")
                    xml.leaf("rootDeviceName", "/dev/xvda")
                    xml.leaf("virtualizationType", "hvm")
                    xml.leaf("hypervisor", "xen")
                    let name = row.group == config.groupName ? "web" : row.group
                    xml.members("tagSet", [("aws:autoscaling:groupName", row.group), ("Name", name)], tag: "item") {
                        tag, pair in
                        tag.leaf("key", pair.0)
                        tag.leaf("value", pair.1)
                    }
                }
            }
            root.leaf("nextToken", next)
        }
    }

    /// `DescribeInstanceTypes`: the named types' vCPUs (all the region offers when none is named); a
    /// type it does not offer is EC2's `InvalidInstanceType`, naming it.
    static func describeInstanceTypes(_ call: QueryCall) throws(QueryError) -> WireResponse {
        let names = call.parameters.list("InstanceType", member: false)
        let unknown = names.filter { InstanceTypeCatalog.vcpus[$0] == nil }
        guard unknown.isEmpty else {
            throw QueryError(
                code: "InvalidInstanceType",
                message: "The following supplied instance types do not exist: [\(unknown.joined(separator: ", "))]")
        }
        guard names.count <= 100 else {
            throw QueryError(
                code: "InvalidParameterValue", message: "The maximum number of instance types you can specify is 100.")
        }
        let types = (names.isEmpty ? InstanceTypeCatalog.vcpus.keys.sorted() : names).compactMap { name in
            InstanceTypeCatalog.vcpus[name].map { (name, $0) }
        }
        return call.ec2Reply { root in
            root.members("instanceTypeSet", types, tag: "item") { xml, type in
                xml.leaf("instanceType", type.0)
                xml.leaf("currentGeneration", true)
                xml.element("vCpuInfo") { info in
                    info.leaf("defaultVCpus", type.1)
                    info.leaf("defaultCores", max(1, type.1 / 2))
                    info.leaf("defaultThreadsPerCore", type.1 > 1 ? 2 : 1)
                }
                xml.element("memoryInfo") { $0.leaf("sizeInMiB", type.1 * 4_096) }
                xml.leaf("hypervisor", "nitro")
            }
        }
    }

    /// The offset a `NextToken` stands for; a token this simulator did not give is EC2's error.
    static func pageOffset(_ token: String?, count: Int) throws(QueryError) -> Int {
        guard let token else { return 0 }
        guard token.hasPrefix("sim-page-"), let offset = Int(token.dropFirst("sim-page-".count)),
            (0...count).contains(offset)
        else {
            throw QueryError(code: "InvalidParameterValue", message: "Invalid value '\(token)' for nextToken")
        }
        return offset
    }

    /// The token of the page starting at `offset`.
    static func pageToken(_ offset: Int) -> String { "sim-page-\(offset)" }

    /// `DescribeAvailabilityZones`: a zone in an outage is `impaired`.
    static func describeZones(_ call: QueryCall, model: LaunchDayModel) -> WireResponse {
        let config = model.config
        let names = call.parameters.list("ZoneName", member: false)
        let zones = config.zones.filter { names.isEmpty || names.contains($0) }
        return call.ec2Reply { root in
            root.members("availabilityZoneInfo", zones, tag: "item") { xml, zone in
                let down = model.isDown(zone)
                xml.leaf("optInStatus", "opt-in-not-required")
                xml.members(
                    "messageSet",
                    down ? ["Increased error rates and connectivity issues in this Availability Zone."] : [],
                    tag: "item"
                ) { message, text in
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
