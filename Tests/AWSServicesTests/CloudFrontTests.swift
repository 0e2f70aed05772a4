import AWSCore
import AWSServices
import TestSupport
import Testing

@Suite struct CloudFrontTests {
    @Test func listIsAGetWithTheMarkerInTheQuery() throws {
        let request = try CloudFront.ListDistributions(maxItems: 50).withPageToken("E2/x").request()
        #expect(request.method == "GET")
        #expect(request.path == "/2020-05-31/distribution")
        #expect(request.queryString == "Marker=E2%2Fx&MaxItems=50")
        #expect(request.body.isEmpty)
    }

    @Test func decodesRecordedDistributions() throws {
        let page = try Fixture.decode(CloudFront.ListDistributions(), "CloudFront/ListDistributions.xml")
        let distribution = try #require(page.distributions.first)
        #expect(page.distributions.count == 1)
        #expect(page.nextMarker == nil)
        #expect(distribution.status == "Deployed")
        #expect(distribution.domainName.hasSuffix(".cloudfront.net"))
        #expect(distribution.arn?.hasSuffix(distribution.id) == true)
        #expect(
            try Fixture.decode(CloudFront.ListDistributions(), "CloudFront/ListDistributions-empty.xml").distributions
                .isEmpty)
    }

    @Test func monitoringSubscription() throws {
        let operation = CloudFront.GetMonitoringSubscription(distributionID: "E2QWRUHEXAMPLE")
        #expect(try operation.request().path == "/2020-05-31/distributions/E2QWRUHEXAMPLE/monitoring-subscription")
        #expect(try Fixture.decode(operation, "CloudFront/GetMonitoringSubscription.xml") == true)
    }

    @Test func aProxyHTMLPageIsAClearErrorNotACrash() throws {
        let operation = CloudFront.GetMonitoringSubscription(distributionID: "E1")
        let error = try Fixture.error(operation, "CloudFront/GetMonitoringSubscription-unsupported.html")
        #expect(error.code == "HTTP 404")
        #expect(error.category == .notFound)
        #expect(
            error.message.hasPrefix(
                "reply is not an AWS error document: <!doctype html> <html lang=en> <title>404 Not Found</title>"))
        #expect(!error.message.contains("\n"))
    }

    @Test func aMissingSubscriptionMeansOff() async throws {
        let missing = HTTPResponse.text(
            404,
            "<?xml version=\"1.0\"?><ErrorResponse><Error><Type>Sender</Type><Code>NoSuchMonitoringSubscription</Code><Message>none</Message></Error><RequestId>r</RequestId></ErrorResponse>"
        )
        let client = AWSClient(
            endpoints: EndpointResolver(region: "eu-west-1", environment: [:]),
            credentials: CountingCredentialProvider(), transport: ScriptedTransport([.respond(missing)]))
        #expect(try await client.additionalMetricsEnabled(distributionID: "E1") == false)
    }

    @Test func requestsGoToTheGlobalEndpointSignedForUSEast1() async throws {
        let transport = ScriptedTransport([.respond(.text(200, "<MonitoringSubscription/>"))])
        let client = AWSClient(
            endpoints: EndpointResolver(region: "eu-west-1", environment: [:]),
            credentials: CountingCredentialProvider(), transport: transport)
        #expect(try await client.send(CloudFront.GetMonitoringSubscription(distributionID: "E1")) == false)
        let request = try #require(transport.requests.first)
        #expect(
            request.url.absoluteString
                == "https://cloudfront.amazonaws.com/2020-05-31/distributions/E1/monitoring-subscription")
        #expect(request.header("Authorization")?.contains("/us-east-1/cloudfront/aws4_request") == true)
    }
}
