import AWSCore
import AWSServices
import Collectors
import DashboardModel
import DashboardRender
import Foundation
import Testing

/// The collector reads AWS's words (status messages, descriptions, lifecycle states) into the facts the model keeps.
@Suite struct ScalingActivityReadingTests {
    static let capacityMessage =
        "We currently do not have sufficient m5.large capacity in the Availability Zone you requested (us-east-1c). Our system will be working on provisioning additional capacity. You can currently get m5.large capacity by not specifying an Availability Zone in your request or choosing us-east-1a, us-east-1b. Launching EC2 instance failed."
    static let vcpuMessage =
        "You have requested more vCPU capacity than your current vCPU limit of 32 allows for the instance bucket that the specified instance type belongs to. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit. Launching EC2 instance failed."

    @Test(
        arguments: [
            (capacityMessage, LaunchFailureCause.capacity, "us-east-1c", "m5.large"),
            (
                "InsufficientInstanceCapacity: insufficient capacity in us-west-2b. Launching EC2 instance failed.",
                .capacity, "us-west-2b", nil
            ),
            (vcpuMessage, .vcpuQuota, nil, nil),
            (
                "You have requested more instances (21) than your current instance limit of 20 allows for the specified instance type. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit. Launching EC2 instance failed.",
                .instanceLimit, nil, nil
            ),
            (
                "The specified launch template, with template ID lt-0abc123, does not exist. Launching EC2 instance failed.",
                .template, nil, nil
            ),
            (
                "Value (shop-web-profile) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name. Launching EC2 instance failed.",
                .template, nil, nil
            ),
            ("The subnet ID 'subnet-0abc' does not exist. Launching EC2 instance failed.", .subnet, nil, nil),
            (
                "There are not enough free addresses in subnet 'subnet-0c1' to satisfy the requested number of instances. Launching EC2 instance failed.",
                .subnet, nil, nil
            ),
            (
                "There is no Spot capacity available that matches your request. Launching EC2 instance failed.", .spot,
                nil, nil
            ),
            ("Something nobody has seen before happened in eu-west-1a.", .other, "eu-west-1a", nil),
            ("Access denied.", .other, nil, nil)
        ] as [(String, LaunchFailureCause, String?, String?)])
    func eachAWSMessageHasItsCause(message: String, cause: LaunchFailureCause, zone: String?, instanceType: String?) {
        #expect(
            LaunchFailureReading(statusMessage: message)
                == LaunchFailureReading(cause: cause, zone: zone, instanceType: instanceType))
    }

    @Test(arguments: [
        ("Pending", InstanceLifecycle.pending), ("Pending:Wait", .pending), ("InService", .inService),
        ("Terminating:Proceed", .terminating), ("Terminated", .terminating), ("Standby", .standby),
        ("EnteringStandby", .standby), ("Detaching", .other), ("Warmed:Running", .other)
    ])
    func lifecycleStatesFold(_ aws: String, _ expected: InstanceLifecycle) {
        #expect(InstanceLifecycle(awsState: aws) == expected)
    }

    /// Every `StatusCode` Auto Scaling documents, with whether it has finished and whether it ended badly.
    static let statusCodes: [(String, ScalingActivityStatus, Bool, Bool)] = [
        ("PendingSpotBidPlacement", .pendingSpotBidPlacement, false, false),
        ("WaitingForSpotInstanceRequestId", .waitingForSpotInstanceRequestId, false, false),
        ("WaitingForSpotInstanceId", .waitingForSpotInstanceId, false, false),
        ("WaitingForInstanceId", .waitingForInstanceId, false, false), ("PreInService", .preInService, false, false),
        ("InProgress", .inProgress, false, false),
        ("WaitingForELBConnectionDraining", .waitingForELBConnectionDraining, false, false),
        ("MidLifecycleAction", .midLifecycleAction, false, false),
        ("WaitingForInstanceWarmup", .waitingForInstanceWarmup, false, false),
        ("Successful", .successful, true, false), ("Failed", .failed, true, true),
        ("Cancelled", .cancelled, true, true),
        ("WaitingForConnectionDraining", .waitingForConnectionDraining, false, false),
        ("WaitingForSomethingNew", .other("WaitingForSomethingNew"), false, false)
    ]

    @Test(arguments: statusCodes)
    func eachStatusCodeIsReadAndShownInAWSsSpelling(
        _ aws: String, _ expected: ScalingActivityStatus, _ finished: Bool, _ endedBadly: Bool
    ) {
        let status = ScalingActivityStatus(awsCode: aws)
        #expect(status == expected)
        #expect(status.finished == finished && status.endedBadly == endedBadly)
        #expect(status.awsCode == aws, "the screen shows the code as AWS spells it")
    }

    @Test(arguments: [
        ("healthy", TargetState.healthy), ("unhealthy", .unhealthy), ("initial", .initial), ("unused", .unused),
        ("draining", .draining), ("unavailable", .unavailable), ("Healthy", .healthy),
        ("unhealthy.draining", .unavailable)
    ])
    func targetStatesAreRead(_ aws: String, _ expected: TargetState) {
        #expect(TargetState(awsState: aws) == expected)
    }

    @Test func theActivitysStatusCodeIsRead() throws {
        let waiting = try activity(description: "Launching a new EC2 instance: i-4", status: "PreInService")
        #expect(waiting.status == .preInService && waiting.inProgress)
        let unknown = try activity(description: "Launching a new EC2 instance: i-5", status: "Hibernating")
        #expect(unknown.status == .other("Hibernating") && unknown.inProgress && !unknown.failed)
    }

    /// An activity as `DescribeScalingActivities` returns it; no `Description` element when `description` is nil.
    func activity(description: String?, status: String, message: String? = nil) throws -> ScalingActivity {
        let xml =
            "<member><ActivityId>a1</ActivityId><AutoScalingGroupName>web</AutoScalingGroupName>"
            + (description.map { "<Description>\($0)</Description>" } ?? "")
            + "<Cause>At 2027-01-15T08:00:00Z an instance was started</Cause>"
            + "<StartTime>2027-01-15T08:00:00Z</StartTime><EndTime>2027-01-15T08:00:05Z</EndTime>"
            + "<StatusCode>\(status)</StatusCode>" + (message.map { "<StatusMessage>\($0)</StatusMessage>" } ?? "")
            + "</member>"
        return ScalingActivity(try AutoScaling.Activity(xml: XMLTreeParser.parse(Array(xml.utf8))))
    }

    @Test func aFailedLaunchCarriesItsKindAndTheReadingOfItsMessage() throws {
        let failed = try activity(
            description: "Launching a new EC2 instance.  Status Reason: \(Self.capacityMessage)", status: "Failed",
            message: Self.capacityMessage)
        #expect(failed.kind == .launch)
        #expect(
            failed.launchFailure
                == LaunchFailureReading(cause: .capacity, zone: "us-east-1c", instanceType: "m5.large"))
        #expect(failed.statusMessage == Self.capacityMessage, "AWS's words are kept as AWS wrote them")
        let cancelled = try activity(
            description: "Launching a new EC2 instance", status: "Cancelled", message: Self.vcpuMessage)
        #expect(cancelled.launchFailure?.cause == .vcpuQuota)
    }

    @Test func onlyAFailureThatIsNoTerminationIsRead() throws {
        let terminated = try activity(
            description: "Terminating EC2 instance: i-1", status: "Failed",
            message: "Instance i-1 could not be terminated.")
        #expect(terminated.kind == .termination)
        #expect(terminated.launchFailure == nil)
        let launched = try activity(description: "Launching a new EC2 instance: i-2", status: "Successful")
        #expect(launched.kind == .launch)
        #expect(launched.launchFailure == nil)
        let inProgress = try activity(description: "Launching a new EC2 instance: i-3", status: "InProgress")
        #expect(inProgress.launchFailure == nil)
    }

    @Test func aFailureWithoutAMessageIsReadFromItsDescriptionOrCause() throws {
        let described = try activity(
            description: "Launching a new EC2 instance.  Status Reason: insufficient capacity in us-east-1b",
            status: "Failed")
        #expect(described.launchFailure == LaunchFailureReading(cause: .capacity, zone: "us-east-1b"))
        let bare = try activity(description: nil, status: "Failed")
        #expect(bare.kind == .other)
        #expect(bare.description == "At 2027-01-15T08:00:00Z an instance was started")
        #expect(bare.launchFailure == LaunchFailureReading(cause: .other))
    }
}

/// DescribePolicies' `PolicyType` is read into a type; the screen spells it back as AWS does.
@Suite struct ScalingPolicyTypeReadingTests {
    @Test func everyTypeIsReadAndSpelledBack() {
        for name in ["TargetTrackingScaling", "StepScaling", "SimpleScaling", "PredictiveScaling", "FutureScaling"] {
            #expect(ScalingPolicyType(awsName: name).awsName == name)
        }
        #expect(ScalingPolicyType(awsName: nil) == .simple, "a missing type is SimpleScaling, as AWS documents")
        #expect(ScalingPolicyType(awsName: "FutureScaling") == .other("FutureScaling"))
        #expect(!ScalingPolicyType.other("FutureScaling").movesDesiredCapacity)
        #expect(ScalingPolicyType.predictive.movesDesiredCapacity)
    }
}
