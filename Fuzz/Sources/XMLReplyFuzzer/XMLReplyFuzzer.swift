import AWSCore
import AWSServices
import AWSSigV4
import Foundation
import FuzzSupport

/// One decoder under test: an operation's `decode`, or the error parser of a protocol.
struct Decoder: Sendable {
    /// Runs the decoder on a reply body.
    let run: @Sendable ([UInt8]) -> Void

    /// `operation`'s success decoder (status 200); it must decode or throw `AWSDecodingError`.
    static func success<Operation: AWSOperation>(_ operation: Operation) -> Decoder {
        Decoder { body in
            let reply = AWSReply(response: HTTPResponse(status: 200, body: body), operation: operation.name)
            do {
                _ = try operation.decode(reply)
            } catch {
                Fuzz.requireMessage(error, as: AWSDecodingError.self, from: "\(operation.name).decode")
            }
        }
    }

    /// The error parser for `wireProtocol` (status 400); it never fails; the error must have a code.
    static func error(_ wireProtocol: AWSProtocol) -> Decoder {
        Decoder { body in
            let response = HTTPResponse(status: 400, headers: [HTTPHeader("x-amzn-RequestId", "fuzz")], body: body)
            let error = AWSErrorParser.parse(response, wireProtocol: wireProtocol, service: "Fuzz", operation: "Fuzz")
            if error.code.isEmpty || error.description.isEmpty {
                fatalError("AWSErrorParser.parse gave no code or message")
            }
        }
    }
}

/// Every XML decoder; the input's first byte picks one (modulo the count), the rest is the body.
/// The order is fixed: `Fuzz/make-corpus` writes the same index in front of each recorded reply.
let decoders: [Decoder] = [
    .success(AutoScaling.DescribeAutoScalingGroups()), // 0
    .success(AutoScaling.DescribeScalingActivities(groupName: "web")), // 1
    .success(AutoScaling.DescribePolicies(groupName: "web")), // 2
    .success(AutoScaling.SetDesiredCapacity(groupName: "web", desiredCapacity: 4)), // 3
    .success(AutoScaling.UpdateAutoScalingGroup(groupName: "web", minSize: 2)), // 4
    .success(CloudFront.ListDistributions()), // 5
    .success(CloudFront.GetMonitoringSubscription(distributionID: "E1")), // 6
    .success(
        CloudWatch.GetMetricData(
            queries: [], startTime: Date(timeIntervalSince1970: 0),
            endTime: Date(timeIntervalSince1970: 60))), // 7
    .success(EC2.DescribeInstances()), // 8
    .success(EC2.DescribeAvailabilityZones()), // 9
    .success(ELBv2.DescribeLoadBalancers()), // 10
    .success(ELBv2.DescribeTargetGroups(loadBalancerARN: "arn:lb")), // 11
    .success(ELBv2.DescribeTargetHealth(targetGroupARN: "arn:tg")), // 12
    .success(IAM.ListAccountAliases()), // 13
    .success(RDS.DescribeDBInstances()), // 14
    .success(RDS.DescribeDBClusters()), // 15
    .success(RDS.DescribeEvents()), // 16
    .success(STS.GetCallerIdentity()), // 17
    .success(STS.AssumeRole(roleARN: "arn:role", sessionName: "fuzz")), // 18
    .success(
        STS.AssumeRoleWithWebIdentity(
            roleARN: "arn:role", sessionName: "fuzz",
            webIdentityToken: "token")), // 19
    .error(.query(version: "2011-01-01")), // 20
    .error(.ec2Query(version: "2016-11-15")), // 21
    .error(.restXML(version: "2020-05-31")) // 22
]

/// libFuzzer's entry point: decode one reply body with the decoder its first byte picks.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let (selector, body) = Fuzz.selector(Fuzz.bytes(data, size))
    decoders[selector % decoders.count].run(body)
    return 0
}

/// The program's entry point under SwiftPM (see `Fuzz.runDriver`): libFuzzer's driver on `testOneInput`.
@_cdecl("XMLReplyFuzzer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    Fuzz.runDriver(argc, argv, testOneInput)
}
