import AWSServices
import DashboardModel

extension ScalingActivity {
    /// The dashboard's view of a `DescribeScalingActivities` activity: AWS's words kept, and what they say read here.
    ///
    /// A failed or cancelled activity that is no termination carries the reading of its status message (of its
    /// description when AWS gave none), so the model counts launch failures without reading AWS's text.
    public init(_ activity: AutoScaling.Activity) {
        let description = activity.description ?? activity.cause
        let kind = ScalingActivityKind(description: description)
        self.init(
            id: activity.id, description: description, cause: activity.cause,
            status: ScalingActivityStatus(awsCode: activity.statusCode),
            startTime: activity.startTime, endTime: activity.endTime, statusMessage: activity.statusMessage, kind: kind)
        if failed, kind != .termination {
            launchFailure = LaunchFailureReading(statusMessage: activity.statusMessage ?? description)
        }
    }
}

extension ScalingActivityKind {
    /// What an activity's `Description` says it does: `Launching a new EC2 instance…`, `Terminating EC2 instance…`.
    public init(description: String) {
        if description.hasPrefix("Launching") {
            self = .launch
        } else if description.hasPrefix("Terminating") {
            self = .termination
        } else {
            self = .other
        }
    }
}
