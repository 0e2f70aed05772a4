import Foundation

/// The fixed shape of the simulated shop: names, sizes, prices and the launch's start date.
///
/// Everything here is read-only for the model: what changes during the run lives in
/// `LaunchDayModel`'s state.
public struct ShopConfiguration: Sendable, Equatable, Codable {
    /// The demo account's twelve-digit id.
    public var accountID = "123456789012"
    /// The region every resource lives in.
    public var region = "us-east-1"
    /// The availability zones the group spans, in launch-preference order.
    public var zones = ["us-east-1a", "us-east-1b", "us-east-1c"]
    /// The Auto Scaling group's name.
    public var groupName = "web-asg"
    /// The group's minimum size at the start.
    public var minSize = 2
    /// The group's maximum size at the start.
    public var maxSize = 20
    /// The group's desired capacity at the start.
    public var desiredCapacity = 2
    /// The EC2 instance type the launch template starts.
    public var instanceType = "m5.large"
    /// vCPUs of one instance of `instanceType` (EC2's `VCpuInfo.DefaultVCpus`).
    public var vcpusPerInstance: Int {
        InstanceTypeCatalog.vcpus[instanceType] ?? 2
    }
    /// The account's Running On-Demand Standard vCPU quota at the start (Service Quotas `L-1216C47A`):
    /// room for the group at its max (20 m5.large, 40 vCPUs) and more; the `vcpu-quota` fault changes it.
    public var vcpuQuota = 64
    /// The launch template's name.
    public var launchTemplateName = "web-lt"
    /// The target-tracking policy's name.
    public var policyName = "web-cpu70-target-tracking"
    /// The average CPU (percent) the policy keeps the group at.
    public var targetCPU = 70.0
    /// Seconds after InService during which ELB health failures do not count against an instance.
    public var healthCheckGracePeriod = 90
    /// The application load balancer's name.
    public var loadBalancerName = "shop-alb"
    /// The ALB's id suffix as it appears in ARNs and CloudWatch dimensions.
    public var loadBalancerSuffix = "50dc6c495c0c9188"
    /// The target group's name.
    public var targetGroupName = "shop-web-tg"
    /// The target group's id suffix as it appears in ARNs and CloudWatch dimensions.
    public var targetGroupSuffix = "6d0ecf831eec9f09"
    /// Seconds between two ALB health checks of a target (AWS's default for instance targets).
    public var healthCheckInterval = 30
    /// Consecutive passed checks that make a target healthy.
    public var healthyThreshold = 3
    /// Consecutive failed checks that make a target unhealthy.
    public var unhealthyThreshold = 2
    /// Seconds a deregistered target stays draining.
    public var deregistrationDelay = 30
    /// The RDS instance's identifier.
    public var databaseIdentifier = "shop-db"
    /// How many extra, quiet services to add (`--scale N`): each an Auto Scaling group, a target group
    /// and a database, so Flightdeck can be measured with a thousand resources.
    public var extraServices = 0
    /// The RDS instance class.
    public var databaseClass = "db.r5.large"
    /// The RDS engine.
    public var databaseEngine = "mysql"
    /// The RDS engine version.
    public var databaseEngineVersion = "8.0.39"
    /// The AZ of the database's primary at the start.
    public var databasePrimaryZone = "us-east-1a"
    /// The AZ of the database's standby at the start.
    public var databaseStandbyZone = "us-east-1b"
    /// The CloudFront distribution's id.
    public var distributionID = "E2QWRUHAPOMQZL"
    /// The CloudFront distribution's domain name.
    public var distributionDomain = "d111111abcdef8.cloudfront.net"
    /// The shop's public host name (the distribution's alias).
    public var shopDomain = "shop.example.com"
    /// The wall-clock moment that simulated second 0 stands for.
    public var startDate = Date(timeIntervalSince1970: 1_795_788_000) // 2026-11-27T14:00:00Z
    /// On-demand prices the costs accrue at.
    public var prices = PriceList()

    /// The default shop.
    public init() {}

    /// The ALB's ARN.
    public var loadBalancerARN: String {
        "arn:aws:elasticloadbalancing:\(region):\(accountID):loadbalancer/app/\(loadBalancerName)/\(loadBalancerSuffix)"
    }
    /// The `LoadBalancer` dimension value CloudWatch uses, `app/NAME/ID`.
    public var loadBalancerDimension: String { "app/\(loadBalancerName)/\(loadBalancerSuffix)" }
    /// The ALB's DNS name.
    public var loadBalancerDNSName: String { "\(loadBalancerName)-1234567890.\(region).elb.amazonaws.com" }
    /// The target group's ARN.
    public var targetGroupARN: String {
        "arn:aws:elasticloadbalancing:\(region):\(accountID):targetgroup/\(targetGroupName)/\(targetGroupSuffix)"
    }
    /// The `TargetGroup` dimension value CloudWatch uses, `targetgroup/NAME/ID`.
    public var targetGroupDimension: String { "targetgroup/\(targetGroupName)/\(targetGroupSuffix)" }
    /// The Auto Scaling group's ARN.
    public var groupARN: String {
        "arn:aws:autoscaling:\(region):\(accountID):autoScalingGroup:5f1e7a2c-9b1d-4e6f-8a3b-2c7d9e0f1a2b:autoScalingGroupName/\(groupName)"
    }
    /// The scaling policy's ARN.
    public var policyARN: String {
        "arn:aws:autoscaling:\(region):\(accountID):scalingPolicy:8e1f0c3a-6b2d-4c7e-9f1a-3d5b7c9e1f20:autoScalingGroupName/\(groupName):policyName/\(policyName)"
    }
    /// The database's ARN.
    public var databaseARN: String { "arn:aws:rds:\(region):\(accountID):db:\(databaseIdentifier)" }
    /// The distribution's ARN.
    public var distributionARN: String { "arn:aws:cloudfront::\(accountID):distribution/\(distributionID)" }
    /// The subnet id the shop uses in `zone`.
    public func subnetID(in zone: String) -> String {
        let letter = zone.last.map(String.init) ?? "x"
        return "subnet-0\(letter)1b2c3d4e5f6a7b8"
    }
}

/// On-demand prices in USD, us-east-1.
public struct PriceList: Sendable, Equatable, Codable {
    /// One m5.large instance-hour (Linux, on-demand).
    public var instanceHour = 0.096
    /// One ALB-hour.
    public var loadBalancerHour = 0.0225
    /// One LCU-hour.
    public var lcuHour = 0.008
    /// One db.r5.large Multi-AZ instance-hour.
    public var databaseHour = 0.50
    /// One GB of CloudFront data transfer out (first 10 TB, North America).
    public var cloudFrontGB = 0.085
    /// 10,000 CloudFront HTTPS requests.
    public var cloudFrontPer10kRequests = 0.01

    /// The default price list.
    public init() {}
}
