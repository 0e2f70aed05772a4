import AWSSigV4
import Foundation
import SimulatorModel
import SimulatorServer
import XCTest

/// Drives the host with signed requests in memory: signature checks, routing, replies, faults.
final class SimulationHostTests: XCTestCase {
    /// A frozen wall clock, so simulated time moves only through `/_sim/advance`.
    static let frozen: @Sendable () -> Date = { SignedRequests.date }

    func host() -> SimulationHost {
        SimulationHost(seed: 5, speed: 1, wallNow: Self.frozen)
    }

    func text(_ response: WireResponse) -> String {
        String(decoding: response.body, as: UTF8.self)
    }

    func testAValidSignatureIsAnsweredInTheQueryProtocol() async {
        let reply = await host().handle(
            SignedRequests.query(
                service: "autoscaling",
                [
                    ("Action", "DescribeAutoScalingGroups"), ("Version", "2011-01-01"),
                    ("AutoScalingGroupNames.member.1", "web-asg")
                ]))
        XCTAssertEqual(reply.status, 200)
        let body = text(reply)
        XCTAssertTrue(
            body.contains(
                "<DescribeAutoScalingGroupsResponse xmlns=\"http://autoscaling.amazonaws.com/doc/2011-01-01/\">"))
        XCTAssertTrue(body.contains("<DesiredCapacity>2</DesiredCapacity>"))
        XCTAssertTrue(body.contains("<ResponseMetadata><RequestId>"))
        XCTAssertNotNil(reply.header("Date"))
    }

    func testTheDateHeaderIsAnIMFFixdateOfTheSimulatedClock() async {
        let host = host()
        let reply = await host.handle(
            SignedRequests.query(service: "sts", [("Action", "GetCallerIdentity"), ("Version", "2011-06-15")]))
        // Foundation's own formatter is the oracle for the simulator's formatter-free one.
        let oracle = DateFormatter()
        oracle.locale = Locale(identifier: "en_US_POSIX")
        oracle.timeZone = TimeZone(identifier: "GMT")
        oracle.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        let now = await host.model.currentDate
        XCTAssertEqual(reply.header("Date"), oracle.string(from: now))
    }

    func testAWrongSecretGets403SignatureDoesNotMatch() async {
        let reply = await host().handle(
            SignedRequests.query(
                service: "sts", [("Action", "GetCallerIdentity"), ("Version", "2011-06-15")],
                secret: "wrong"))
        XCTAssertEqual(reply.status, 403)
        let body = text(reply)
        XCTAssertTrue(
            body.contains(
                "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match"
            ))
    }

    func testATamperedBodyFailsTheSignature() async {
        var request = SignedRequests.query(
            service: "autoscaling",
            [
                ("Action", "SetDesiredCapacity"), ("AutoScalingGroupName", "web-asg"), ("DesiredCapacity", "3")
            ])
        request.body = Array(
            String(decoding: request.body, as: UTF8.self).replacingOccurrences(of: "=3", with: "=9").utf8)
        let reply = await host().handle(request)
        XCTAssertEqual(reply.status, 403)
    }

    func testMissingAuthenticationAndUnknownKeys() async {
        let host = host()
        let anonymous = await host.handle(
            WireRequest(
                method: "POST", rawPath: "/", headers: [HTTPHeader("Host", "x")],
                body: Array("Action=GetCallerIdentity".utf8)))
        XCTAssertEqual(anonymous.status, 403)
        XCTAssertTrue(text(anonymous).contains("MissingAuthenticationToken"))
        var unknown = SignedRequests.json(service: "ce", target: "AWSInsightsIndexService.GetCostAndUsage", "{}")
        unknown.headers = unknown.headers.map {
            HTTPHeader(
                $0.name, $0.value.replacingOccurrences(of: DemoAccount.accessKeyID, with: "AKIAUNKNOWNKEY000000"))
        }
        let reply = await host.handle(unknown)
        XCTAssertEqual(reply.status, 403)
        XCTAssertTrue(text(reply).contains("\"__type\":\"UnrecognizedClientException\""))
    }

    func testValidationErrorsUseTheErrorResponseShape() async {
        let reply = await host().handle(
            SignedRequests.query(
                service: "autoscaling",
                [
                    ("Action", "UpdateAutoScalingGroup"), ("AutoScalingGroupName", "web-asg"), ("DesiredCapacity", "25")
                ]))
        XCTAssertEqual(reply.status, 400)
        XCTAssertTrue(
            text(reply).contains(
                "<Code>ValidationError</Code><Message>Desired capacity:25 must be between the specified min size:2 and max size:20</Message>"
            ))
    }

    func testEveryProtocolIsRoutedByTheSigningName() async {
        let host = host()
        let ec2 = await host.handle(
            SignedRequests.query(service: "ec2", [("Action", "DescribeAvailabilityZones"), ("Version", "2016-11-15")]))
        XCTAssertTrue(text(ec2).contains("<availabilityZoneInfo><item>"))
        let cloudFront = await host.handle(
            SignedRequests.signed(service: "cloudfront", method: "GET", path: "/2020-05-31/distribution", headers: []))
        XCTAssertTrue(
            text(cloudFront).contains("<DistributionList xmlns=\"http://cloudfront.amazonaws.com/doc/2020-05-31/\">"))
        let pricing = await host.handle(
            SignedRequests.json(
                service: "pricing", target: "AWSPriceListService.GetProducts",
                #"{"ServiceCode":"AmazonRDS"}"#))
        XCTAssertTrue(text(pricing).contains("db.r5.large"))
        let costs = await host.handle(
            SignedRequests.json(
                service: "ce", target: "AWSInsightsIndexService.GetCostAndUsage",
                #"{"TimePeriod":{"Start":"2026-11-27","End":"2026-11-26"},"Granularity":"DAILY","Metrics":["UnblendedCost"]}"#
            ))
        XCTAssertEqual(costs.status, 400)
        XCTAssertTrue(text(costs).contains("ValidationException"))
    }

    func testControlEndpointAppliesFaultsAndAdvancesTime() async throws {
        let host = host()
        let advanced = await host.handle(
            WireRequest(method: "POST", rawPath: "/_sim/advance", headers: [], body: Array(#"{"seconds": 600}"#.utf8)))
        XCTAssertEqual(advanced.status, 200)
        let fault = await host.handle(
            WireRequest(
                method: "POST", rawPath: "/_sim/fault", headers: [], body: Array(#"{"kind": "rds-failover"}"#.utf8)))
        XCTAssertEqual(fault.status, 200)
        let again = await host.handle(
            WireRequest(
                method: "POST", rawPath: "/_sim/fault", headers: [], body: Array(#"{"kind": "rds-failover"}"#.utf8)))
        XCTAssertEqual(again.status, 409, "a second failover during the first is refused")
        let model = await host.currentModel()
        XCTAssertEqual(model.now, 600)
        XCTAssertEqual(model.database.status, "rebooting")
        let state = try JSONSerialization.jsonObject(with: Data(fault.body)) as? [String: Any]
        XCTAssertNotNil((state?["simulation"] as? [String: Any])?["group"])
    }

    func testLaunchFaultsAreTakenByTheControlEndpointAndShownInTheState() async throws {
        let host = host()
        func fault(_ json: String) async -> WireResponse {
            await host.handle(WireRequest(method: "POST", rawPath: "/_sim/fault", headers: [], body: Array(json.utf8)))
        }
        let capacity = await fault(#"{"kind": "capacity", "zone": "us-east-1c", "seconds": 600}"#)
        XCTAssertEqual(capacity.status, 200)
        let quota = await fault(#"{"kind": "vcpu-quota", "vcpus": 40}"#)
        XCTAssertEqual(quota.status, 200)
        let noZone = await fault(#"{"kind": "capacity"}"#)
        XCTAssertEqual(noZone.status, 400, "a zone is needed")
        let noFigure = await fault(#"{"kind": "vcpu-quota"}"#)
        XCTAssertEqual(noFigure.status, 400, "a figure is needed")
        let unknown = await fault(#"{"kind": "capacity", "zone": "eu-west-1a"}"#)
        XCTAssertEqual(unknown.status, 409, "an unknown zone is refused")
        let state = try JSONSerialization.jsonObject(with: Data(quota.body)) as? [String: Any]
        let simulation = try XCTUnwrap(state?["simulation"] as? [String: Any])
        XCTAssertEqual((simulation["capacityShortages"] as? [String: Double])?["us-east-1c"], 600)
        XCTAssertEqual(simulation["vcpuQuota"] as? Int, 40)
    }

    func testWireFaultsThrottleOnceThenPassAndDropOrTruncate() async {
        let host = host()
        _ = await host.handle(
            WireRequest(
                method: "POST", rawPath: "/_sim/fault", headers: [],
                body: Array(#"{"kind": "throttle", "service": "ec2", "count": 1}"#.utf8)))
        let call = SignedRequests.query(service: "ec2", [("Action", "DescribeAvailabilityZones")])
        let throttled = await host.handle(call)
        XCTAssertEqual(throttled.status, 503)
        XCTAssertTrue(text(throttled).contains("<Code>RequestLimitExceeded</Code>"))
        let fine = await host.handle(call)
        XCTAssertEqual(fine.status, 200)
        _ = await host.handle(
            WireRequest(
                method: "POST", rawPath: "/_sim/fault", headers: [], body: Array(#"{"kind": "drop", "count": 1}"#.utf8))
        )
        let dropped = await host.handle(call)
        XCTAssertEqual(dropped.delivery, .dropped)
        _ = await host.handle(
            WireRequest(
                method: "POST", rawPath: "/_sim/fault", headers: [],
                body: Array(#"{"kind": "truncate", "count": 1}"#.utf8)))
        let cut = await host.handle(call)
        XCTAssertEqual(cut.delivery, .truncated(afterBytes: cut.body.count / 2))
    }

    func testSignatureVerifierParsesTheAuthorizationHeader() {
        let auth = SignatureVerifier.Authorization(
            parsing:
                "AWS4-HMAC-SHA256 Credential=AKID/20261127/us-east-1/monitoring/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=abc"
        )
        XCTAssertEqual(auth?.service, "monitoring")
        XCTAssertEqual(auth?.signedHeaders, ["content-type", "host", "x-amz-date"])
        XCTAssertNil(SignatureVerifier.Authorization(parsing: "Bearer x"))
    }

    func testScheduledActionsAreCreatedListedAndDeletedOverTheQueryProtocol() async {
        let host = host()
        func call(_ parameters: [(String, String)]) async -> (Int, String) {
            let reply = await host.handle(
                SignedRequests.query(service: "autoscaling", [("Version", "2011-01-01")] + parameters))
            return (reply.status, text(reply))
        }
        let start = await WireDate.iso(host.model.currentDate.addingTimeInterval(3_600))
        let put = await call([
            ("Action", "PutScheduledUpdateGroupAction"), ("AutoScalingGroupName", "web-asg"),
            ("ScheduledActionName", "prewarm"), ("StartTime", start), ("MinSize", "6"), ("MaxSize", "20")
        ])
        XCTAssertEqual(put.0, 200, put.1)
        XCTAssertTrue(put.1.contains("<PutScheduledUpdateGroupActionResponse"))
        let listed = await call([("Action", "DescribeScheduledActions"), ("AutoScalingGroupName", "web-asg")])
        XCTAssertTrue(listed.1.contains("<ScheduledActionName>prewarm</ScheduledActionName>"), listed.1)
        XCTAssertTrue(listed.1.contains("<StartTime>\(start)</StartTime>"), listed.1)
        XCTAssertTrue(listed.1.contains("<MinSize>6</MinSize>") && !listed.1.contains("<DesiredCapacity>"), listed.1)
        XCTAssertTrue(
            listed.1.contains(":scheduledUpdateGroupAction:")
                && listed.1.contains(":autoScalingGroupName/web-asg:scheduledActionName/prewarm<"))
        let past = await call([
            ("Action", "PutScheduledUpdateGroupAction"), ("AutoScalingGroupName", "web-asg"),
            ("ScheduledActionName", "late"), ("StartTime", "2001-01-01T00:00:00Z"), ("MinSize", "6")
        ])
        XCTAssertEqual(past.0, 400)
        XCTAssertTrue(
            past.1.contains("<Code>ValidationError</Code><Message>Given start time is in the past</Message>"), past.1)
        let noName = await call([("Action", "DeleteScheduledAction"), ("AutoScalingGroupName", "web-asg")])
        XCTAssertTrue(noName.1.contains("Value null at &apos;scheduledActionName&apos;"), noName.1)
        let deleted = await call([
            ("Action", "DeleteScheduledAction"), ("AutoScalingGroupName", "web-asg"), ("ScheduledActionName", "prewarm")
        ])
        XCTAssertEqual(deleted.0, 200)
        let again = await call([
            ("Action", "DeleteScheduledAction"), ("AutoScalingGroupName", "web-asg"), ("ScheduledActionName", "prewarm")
        ])
        XCTAssertTrue(again.1.contains("Scheduled action name not found"), again.1)
    }

    func testTheSuspendFaultShowsInTheGroupsSuspendedProcesses() async {
        let host = host()
        let fault = await host.handle(
            WireRequest(
                method: "POST", rawPath: "/_sim/fault", headers: [HTTPHeader("Content-Type", "application/json")],
                body: Array(#"{"kind": "suspend", "processes": ["Launch"]}"#.utf8)))
        XCTAssertEqual(fault.status, 200, text(fault))
        let reply = await host.handle(
            SignedRequests.query(
                service: "autoscaling",
                [
                    ("Action", "DescribeAutoScalingGroups"), ("Version", "2011-01-01"),
                    ("AutoScalingGroupNames.member.1", "web-asg")
                ]))
        XCTAssertTrue(
            text(reply).contains(
                "<SuspendedProcesses><member><ProcessName>Launch</ProcessName><SuspensionReason>User suspended at "),
            text(reply))
        let bad = await host.handle(
            WireRequest(
                method: "POST", rawPath: "/_sim/fault", headers: [HTTPHeader("Content-Type", "application/json")],
                body: Array(#"{"kind": "suspend", "processes": "Launch"}"#.utf8)))
        XCTAssertEqual(bad.status, 400)
    }
}
