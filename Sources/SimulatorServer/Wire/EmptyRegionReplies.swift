import SimulatorModel

/// The regional services of a region the shop does not run in: empty lists, and AWS's not-found
/// errors for anything asked for by name.
///
/// The shop lives in one region (`ShopConfiguration.region`). A request signed for another region
/// reaches the same account there, which has no groups, load balancers, databases or instances, so
/// `:region eu-west-1` in the demo shows an empty region rather than the shop again.
public enum EmptyRegionReplies {
    /// The services whose resources belong to a region; the rest (STS, IAM, CloudFront, Cost
    /// Explorer, Pricing) are global and answer from any region.
    public static let regionalServices: Set<String> = [
        "autoscaling", "elasticloadbalancing", "monitoring", "rds", "ec2"
    ]

    /// Answers `call` to `service` in `region`, which holds none of the shop's resources.
    public static func handle(service: String, region: String, _ call: QueryCall, model: LaunchDayModel)
        throws(QueryError) -> WireResponse
    {
        let parameters = call.parameters
        switch (service, call.action) {
        case ("autoscaling", "DescribeAutoScalingGroups"):
            return call.reply { $0.element("AutoScalingGroups") { _ in } }
        case ("autoscaling", "DescribeScalingActivities"):
            return call.reply { $0.element("Activities") { _ in } }
        case ("autoscaling", "DescribePolicies"):
            return call.reply { $0.element("ScalingPolicies") { _ in } }
        case ("autoscaling", "DescribeScheduledActions"):
            return call.reply { $0.element("ScheduledUpdateGroupActions") { _ in } }
        case ("autoscaling", "UpdateAutoScalingGroup"), ("autoscaling", "SetDesiredCapacity"),
            ("autoscaling", "PutScheduledUpdateGroupAction"),
            ("autoscaling", "DeleteScheduledAction"), ("autoscaling", "SuspendProcesses"),
            ("autoscaling", "ResumeProcesses"):
            throw AutoScalingReplies.groupNotFound(parameters["AutoScalingGroupName"] ?? "")
        case ("elasticloadbalancing", "DescribeLoadBalancers"):
            if !parameters.list("LoadBalancerArns").isEmpty || !parameters.list("Names").isEmpty {
                throw ELBv2Replies.loadBalancerNotFound
            }
            return call.reply { $0.element("LoadBalancers") { _ in } }
        case ("elasticloadbalancing", "DescribeTargetGroups"):
            if parameters["LoadBalancerArn"] != nil { throw ELBv2Replies.loadBalancerNotFound }
            if !parameters.list("TargetGroupArns").isEmpty || !parameters.list("Names").isEmpty {
                throw ELBv2Replies.targetGroupNotFound
            }
            return call.reply { $0.element("TargetGroups") { _ in } }
        case ("elasticloadbalancing", "DescribeTargetHealth"):
            throw ELBv2Replies.targetGroupNotFound
        case ("elasticloadbalancing", "DescribeTags"):
            throw parameters.list("ResourceArns").contains { $0.contains(":targetgroup/") }
                ? ELBv2Replies.targetGroupNotFound
                : ELBv2Replies.loadBalancerNotFound
        case ("rds", "DescribeDBInstances"):
            if let wanted = parameters["DBInstanceIdentifier"] { throw RDSReplies.instanceNotFound(wanted) }
            return call.reply { $0.element("DBInstances") { _ in } }
        case ("rds", "DescribeDBClusters"):
            return try RDSReplies.describeClusters(call, model: model) // the shop has no cluster either
        case ("rds", "DescribeEvents"):
            return call.reply { $0.element("Events") { _ in } }
        case ("monitoring", "GetMetricData"):
            return try CloudWatchReplies.getMetricData(call, model: model, holdsSeries: false)
        case ("monitoring", "DescribeAlarms"):
            return CloudWatchReplies.describeAlarms(call, alarms: [], model: model)
        case ("ec2", "DescribeInstances"):
            if let id = parameters.list("InstanceId", member: false).first { throw EC2Replies.instanceNotFound(id) }
            return call.ec2Reply { $0.element("reservationSet") { _ in } }
        case ("ec2", "DescribeInstanceTypes"):
            return try EC2Replies.describeInstanceTypes(call) // every region offers the same types here
        case ("ec2", "DescribeAvailabilityZones"):
            let names = parameters.list("ZoneName", member: false)
            let zones = ["a", "b", "c"].map { region + $0 }.filter { names.isEmpty || names.contains($0) }
            return call.ec2Reply { root in
                root.members("availabilityZoneInfo", zones, tag: "item") { xml, zone in
                    xml.leaf("optInStatus", "opt-in-not-required")
                    xml.element("messageSet") { _ in }
                    xml.leaf("regionName", region)
                    xml.leaf("zoneName", zone)
                    xml.leaf("networkBorderGroup", region)
                    xml.leaf("zoneType", "availability-zone")
                    xml.leaf("zoneState", "available")
                }
            }
        default:
            throw call.unsupported
        }
    }
}
