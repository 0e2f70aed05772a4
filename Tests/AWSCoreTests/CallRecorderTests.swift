import AWSCore
import Testing

/// `snapshot --timings` names the chain of calls that set the time: the last to end, then what
/// ended last before each one started.
@Suite struct CallRecorderTests {
    func call(_ operation: String, _ start: Int, _ end: Int) -> CallRecord {
        CallRecord(service: "S", operation: operation, started: .milliseconds(start), ended: .milliseconds(end))
    }

    @Test func theChainGoesBackFromTheLastCallThroughWhatEachWaitedFor() {
        let records = [
            call("GetCallerIdentity", 5, 45), call("DescribeAutoScalingGroups", 5, 50),
            call("DescribeTargetGroups", 6, 60),
            call("DescribeTargetHealth", 61, 100), call("GetMetricData", 51, 95), call("DescribeAlarms", 20, 70)
        ]
        #expect(CallRecorder.chain(records).map(\.operation) == ["DescribeTargetGroups", "DescribeTargetHealth"])
    }

    @Test func aCallStartedByAReplyAMillisecondLaterStillFollowsIt() {
        let records = [call("A", 0, 40), call("B", 41, 80), call("C", 0, 30)]
        #expect(CallRecorder.chain(records).map(\.operation) == ["A", "B"])
    }

    @Test func noCallsNoChain() {
        #expect(CallRecorder.chain([]).isEmpty)
    }

    @Test func theRecorderTimesEachCallFromItsOrigin() {
        let origin = ContinuousClock.now
        let recorder = CallRecorder(origin: origin)
        recorder.record(
            service: "STS", operation: "GetCallerIdentity", started: origin + .milliseconds(3),
            ended: origin + .milliseconds(43))
        #expect(
            recorder.records == [
                CallRecord(
                    service: "STS", operation: "GetCallerIdentity", started: .milliseconds(3), ended: .milliseconds(43))
            ])
    }
}
