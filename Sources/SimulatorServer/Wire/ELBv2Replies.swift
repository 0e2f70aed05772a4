import SimulatorModel

/// Elastic Load Balancing v2 (query, 2015-12-01): the ALB, its target group and target health.
public enum ELBv2Replies {
    /// Answers `call` from `model`.
    public static func handle(_ call: QueryCall, model: inout LaunchDayModel) throws(QueryError) -> WireResponse {
        switch call.action {
        case "DescribeLoadBalancers": return try describeLoadBalancers(call, model: model)
        case "DescribeTargetGroups": return try describeTargetGroups(call, model: model)
        case "DescribeTargetHealth": return try describeTargetHealth(call, model: model)
        case "DescribeTags": return describeTags(call, model: model)
        default: throw call.unsupported
        }
    }

    /// ELBv2's error for a load balancer ARN or name it does not know.
    static let loadBalancerNotFound = QueryError(
        code: "LoadBalancerNotFound", message: "One or more load balancers not found")
    /// ELBv2's error for a target group ARN or name it does not know.
    static let targetGroupNotFound = QueryError(
        code: "TargetGroupNotFound", message: "One or more target groups not found")

    /// The VPC every resource lives in.
    static let vpcID = "vpc-0f1e2d3c4b5a69788"

    /// `DescribeLoadBalancers`: the one ALB.
    static func describeLoadBalancers(_ call: QueryCall, model: LaunchDayModel) throws(QueryError) -> WireResponse {
        let config = model.config
        let arns = call.parameters.list("LoadBalancerArns")
        let names = call.parameters.list("Names")
        if arns.contains(where: { $0 != config.loadBalancerARN })
            || names.contains(where: { $0 != config.loadBalancerName })
        {
            throw loadBalancerNotFound
        }
        return call.reply { result in
            result.members("LoadBalancers", [config]) { xml, config in
                xml.leaf("LoadBalancerArn", config.loadBalancerARN)
                xml.leaf("DNSName", config.loadBalancerDNSName)
                xml.leaf("CanonicalHostedZoneId", "Z35SXDOTRQ7X7K")
                xml.leaf("CreatedTime", WireDate.iso(model, -86_400 * 30))
                xml.leaf("LoadBalancerName", config.loadBalancerName)
                xml.leaf("Scheme", "internet-facing")
                xml.leaf("VpcId", vpcID)
                xml.element("State") { $0.leaf("Code", "active") }
                xml.leaf("Type", "application")
                xml.members("AvailabilityZones", config.zones) { zone, name in
                    zone.leaf("ZoneName", name)
                    zone.leaf("SubnetId", config.subnetID(in: name))
                    zone.element("LoadBalancerAddresses") { _ in }
                }
                xml.stringMembers("SecurityGroups", ["sg-0a1b2c3d4e5f60718"])
                xml.leaf("IpAddressType", "ipv4")
            }
        }
    }

    /// `DescribeTargetGroups`: the one target group.
    static func describeTargetGroups(_ call: QueryCall, model: LaunchDayModel) throws(QueryError) -> WireResponse {
        let config = model.config
        let arns = call.parameters.list("TargetGroupArns")
        let names = call.parameters.list("Names")
        let extras = model.extraServices
        let knownARNs = Set([config.targetGroupARN] + extras.map { extraTargetGroupARN($0, config: config) })
        let knownNames = Set([config.targetGroupName] + extras.map(\.targetGroupName))
        if arns.contains(where: { !knownARNs.contains($0) }) || names.contains(where: { !knownNames.contains($0) }) {
            throw targetGroupNotFound
        }
        if let lb = call.parameters["LoadBalancerArn"], lb != config.loadBalancerARN {
            throw loadBalancerNotFound
        }
        // The shop's target group first, then the extra services', paged as AWS pages (PageSize ≤ 400).
        let wantedExtras = extras.filter { extra in
            (arns.isEmpty && names.isEmpty) || arns.contains(extraTargetGroupARN(extra, config: config))
                || names.contains(extra.targetGroupName)
        }
        let includeShop =
            (arns.isEmpty && names.isEmpty) || arns.contains(config.targetGroupARN)
            || names.contains(config.targetGroupName)
        let pageSize = max(1, min(try call.parameters.integer("PageSize") ?? 400, 400))
        let page = ShopFirstPage(
            shop: includeShop, extras: wantedExtras, token: call.parameters["Marker"], size: pageSize)
        return call.reply { result in
            result.element("TargetGroups") { list in
                if page.includesShop {
                    list.element("member") { xml in
                        xml.leaf("TargetGroupArn", config.targetGroupARN)
                        xml.leaf("TargetGroupName", config.targetGroupName)
                        xml.leaf("Protocol", "HTTP")
                        xml.leaf("Port", 80)
                        xml.leaf("VpcId", vpcID)
                        xml.leaf("HealthCheckProtocol", "HTTP")
                        xml.leaf("HealthCheckPort", "traffic-port")
                        xml.leaf("HealthCheckEnabled", true)
                        xml.leaf("HealthCheckIntervalSeconds", config.healthCheckInterval)
                        xml.leaf("HealthCheckTimeoutSeconds", 5)
                        xml.leaf("HealthyThresholdCount", config.healthyThreshold)
                        xml.leaf("UnhealthyThresholdCount", config.unhealthyThreshold)
                        xml.leaf("HealthCheckPath", "/healthz")
                        xml.element("Matcher") { $0.leaf("HttpCode", "200") }
                        xml.stringMembers("LoadBalancerArns", [config.loadBalancerARN])
                        xml.leaf("TargetType", "instance")
                        xml.leaf("ProtocolVersion", "HTTP1")
                        xml.leaf("IpAddressType", "ipv4")
                    }
                }
                for extra in page.extras {
                    list.element("member") { xml in
                        xml.leaf("TargetGroupArn", extraTargetGroupARN(extra, config: config))
                        xml.leaf("TargetGroupName", extra.targetGroupName)
                        xml.leaf("Protocol", "HTTP")
                        xml.leaf("Port", 80)
                        xml.leaf("VpcId", vpcID)
                        xml.leaf("HealthCheckEnabled", true)
                        xml.stringMembers("LoadBalancerArns", [config.loadBalancerARN])
                        xml.leaf("TargetType", "instance")
                    }
                }
            }
            result.leaf("NextMarker", page.next)
        }
    }

    /// `DescribeTargetHealth`: every registered target's state and reason.
    static func describeTargetHealth(_ call: QueryCall, model: LaunchDayModel) throws(QueryError) -> WireResponse {
        let config = model.config
        guard let arn = call.parameters["TargetGroupArn"] else {
            throw QueryError(
                code: "ValidationError",
                message:
                    "1 validation error detected: Value null at 'targetGroupArn' failed to satisfy constraint: Member must not be null"
            )
        }
        if let extra = model.extraServices.first(where: { extraTargetGroupARN($0, config: config) == arn }) {
            return call.reply { result in
                result.members("TargetHealthDescriptions", extra.instances.map(\.id)) { xml, id in
                    xml.element("Target") { target in
                        target.leaf("Id", id)
                        target.leaf("Port", 80)
                    }
                    xml.leaf("HealthCheckPort", "80")
                    xml.element("TargetHealth") { $0.leaf("State", "healthy") }
                }
            }
        }
        guard arn == config.targetGroupARN else {
            throw QueryError(code: "TargetGroupNotFound", message: "Target groups '\(arn)' not found")
        }
        let wanted = Set(
            call.parameters.structureIndices("Targets").compactMap { call.parameters["Targets.member.\($0).Id"] })
        let targets = model.group.instances.filter { instance in
            instance.target != nil && (wanted.isEmpty || wanted.contains(instance.id))
        }
        return call.reply { result in
            result.members("TargetHealthDescriptions", targets) { xml, instance in
                xml.element("Target") { target in
                    target.leaf("Id", instance.id)
                    target.leaf("Port", 80)
                }
                xml.leaf("HealthCheckPort", "80")
                xml.element("TargetHealth") { health in
                    health.leaf("State", instance.target?.state.rawValue ?? "unused")
                    health.leaf("Reason", instance.target?.reason)
                    health.leaf("Description", instance.target?.detail)
                }
            }
        }
    }

    /// The ARN of an extra service's target group.
    static func extraTargetGroupARN(_ extra: ExtraService, config: ShopConfiguration) -> String {
        "arn:aws:elasticloadbalancing:\(config.region):\(config.accountID):targetgroup/\(extra.targetGroupName)/\(extra.targetGroupSuffix)"
    }

    /// `DescribeTags`: the shop's target group carries the shop's tags, its load balancer (shared with
    /// the extra services) only `env=launch`; each extra service's target group carries `app=svc-N`.
    static func describeTags(_ call: QueryCall, model: LaunchDayModel) -> WireResponse {
        let config = model.config
        let arns = call.parameters.list("ResourceArns")
        var tagsByARN: [(String, [(String, String)])] = []
        for arn in arns {
            if arn == config.loadBalancerARN {
                tagsByARN.append((arn, [("env", "launch")]))
            } else if arn == config.targetGroupARN {
                tagsByARN.append((arn, ShopTags.all))
            } else if let extra = model.extraServices.first(where: { extraTargetGroupARN($0, config: config) == arn }) {
                tagsByARN.append((arn, [("app", "svc-\(extra.index)")]))
            }
        }
        return call.reply { result in
            result.members("TagDescriptions", tagsByARN) { xml, item in
                xml.leaf("ResourceArn", item.0)
                xml.members("Tags", item.1) { tag, pair in
                    tag.leaf("Key", pair.0)
                    tag.leaf("Value", pair.1)
                }
            }
        }
    }
}
