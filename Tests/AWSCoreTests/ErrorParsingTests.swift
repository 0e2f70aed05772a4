import AWSCore
import AWSSigV4
import Testing

@Suite struct ErrorParsingTests {
    func parse(
        _ status: Int, _ body: String, _ wire: AWSProtocol = .query(version: "2011-01-01"),
        headers: [HTTPHeader] = []
    ) -> AWSError {
        AWSErrorParser.parse(
            HTTPResponse(status: status, headers: headers, body: Array(body.utf8)),
            wireProtocol: wire, service: "Auto Scaling", operation: "DescribeAutoScalingGroups")
    }

    @Test func queryErrorResponse() {
        let error = parse(
            400,
            """
            <ErrorResponse xmlns="https://autoscaling.amazonaws.com/doc/2011-01-01/">
              <Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error>
              <RequestId>rid-7</RequestId>
            </ErrorResponse>
            """)
        #expect(error.code == "Throttling")
        #expect(error.message == "Rate exceeded")
        #expect(error.requestID == "rid-7")
        #expect(error.status == 400)
        #expect(error.category == .throttling)
        #expect(
            error.description
                == "Auto Scaling DescribeAutoScalingGroups: Throttling (HTTP 400): Rate exceeded [request id rid-7]")
    }

    @Test func ec2ErrorResponse() {
        let error = parse(
            400,
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code><Message>The instance ID 'i-1' does not exist</Message></Error></Errors><RequestID>ec2-rid</RequestID></Response>
            """, .ec2Query(version: "2016-11-15"))
        #expect(error.code == "InvalidInstanceID.NotFound")
        #expect(error.requestID == "ec2-rid")
        #expect(error.category == .notFound)
    }

    @Test func restXMLErrorResponse() {
        let error = parse(
            404,
            """
            <?xml version="1.0"?><ErrorResponse xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Error><Type>Sender</Type><Code>NoSuchDistribution</Code><Message>The specified distribution does not exist.</Message></Error><RequestId>cf-rid</RequestId></ErrorResponse>
            """, .restXML(version: "2020-05-31"))
        #expect(error.code == "NoSuchDistribution")
        #expect(error.category == .notFound)
        #expect(error.requestID == "cf-rid")
    }

    @Test func motoAuthErrorShape() {
        let error = parse(
            403,
            """
            <?xml version="1.0" encoding="utf-8"?>
            <ErrorResponse><Errors><Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message><Type>Sender</Type></Error></Errors></ErrorResponse>
            """)
        #expect(error.code == "SignatureDoesNotMatch")
        #expect(error.category == .invalidCredentials)
    }

    @Test func bareErrorElement() {
        let error = parse(
            403, "<Error><Code>AccessDenied</Code><Message>no</Message><RequestId>r</RequestId></Error>",
            .restXML(version: "2020-05-31"))
        #expect(error.code == "AccessDenied")
        #expect(error.category == .accessDenied)
    }

    @Test func jsonTypeWithNamespace() {
        let error = parse(
            400, #"{"__type":"com.amazonaws.ce#LimitExceededException","message":"slow down"}"#,
            .json(version: "1.1", targetPrefix: "AWSInsightsIndexService"),
            headers: [HTTPHeader("x-amzn-RequestId", "json-rid")])
        #expect(error.code == "LimitExceededException")
        #expect(error.message == "slow down")
        #expect(error.requestID == "json-rid")
        #expect(error.category == .throttling)
    }

    @Test func jsonCodeFieldAndHeader() {
        let byCode = parse(
            400, #"{"code":"ExpiredTokenException","Message":"expired"}"#, .json(version: "1.1", targetPrefix: "X"))
        #expect(byCode.code == "ExpiredTokenException")
        #expect(byCode.category == .expiredCredentials)
        let byHeader = parse(
            400, "", .json(version: "1.1", targetPrefix: "X"),
            headers: [HTTPHeader("x-amzn-ErrorType", "ValidationException:http://internal.amazon.com/")])
        #expect(byHeader.code == "ValidationException")
        #expect(byHeader.category == .validation)
    }

    @Test func anHTMLPageFromAProxyBecomesAClearError() {
        let error = parse(
            502, "<html>\r\n<head><title>502 Bad Gateway</title></head>\n<body>\u{1B}[31m bad\u{00}</body></html>")
        #expect(error.code == "HTTP 502")
        #expect(error.category == .transient)
        #expect(
            error.message
                == "reply is not an AWS error document: <html> <head><title>502 Bad Gateway</title></head> <body>?[31m bad?</body></html>"
        )
    }

    @Test func aLongPageIsCutAndAnEmptyOneSaysSo() {
        let long = parse(403, String(repeating: "x", count: 1_000))
        #expect(long.message.hasSuffix("..."))
        #expect(long.message.count < 220)
        #expect(long.category == .accessDenied)
        let empty = parse(503, "")
        #expect(empty.message == "empty reply body")
        #expect(empty.category == .transient)
    }

    @Test(arguments: [
        ("Throttling", "", 400, AWSErrorCategory.throttling),
        ("ThrottlingException", "", 400, .throttling),
        ("RequestLimitExceeded", "", 503, .throttling),
        ("TooManyRequestsException", "", 400, .throttling),
        ("LimitExceededException", "", 400, .throttling),
        ("RequestThrottled", "", 400, .throttling),
        ("Anything", "", 429, .throttling),
        ("InternalFailure", "", 500, .transient),
        ("Whatever", "", 503, .transient),
        ("RequestTimeTooSkewed", "", 403, .clockSkew),
        ("RequestExpired", "", 400, .clockSkew),
        ("SignatureDoesNotMatch", "Signature expired: 20251125T181400Z is now earlier than ...", 403, .clockSkew),
        ("InvalidSignatureException", "Signature expired", 400, .clockSkew),
        ("SignatureDoesNotMatch", "The request signature we calculated does not match", 403, .invalidCredentials),
        ("ExpiredToken", "", 403, .expiredCredentials),
        ("ExpiredTokenException", "", 400, .expiredCredentials),
        ("InvalidClientTokenId", "", 403, .invalidCredentials),
        ("UnrecognizedClientException", "", 400, .invalidCredentials),
        ("AuthFailure", "", 401, .invalidCredentials),
        ("AccessDenied", "", 403, .accessDenied),
        ("AccessDeniedException", "", 400, .accessDenied),
        ("UnauthorizedOperation", "", 403, .accessDenied),
        ("DBInstanceNotFound", "", 404, .notFound),
        ("DBInstanceNotFoundFault", "", 404, .notFound),
        ("InvalidInstanceID.NotFound", "", 400, .notFound),
        ("NoSuchDistribution", "", 404, .notFound),
        ("ValidationError", "", 400, .validation),
        ("InvalidParameterValue", "", 400, .validation),
        ("InvalidInstanceID.Malformed", "", 400, .validation),
        ("SomethingElse", "", 409, .other)
    ])
    func classification(_ code: String, _ message: String, _ status: Int, _ expected: AWSErrorCategory) {
        #expect(AWSErrorClassifier.category(code: code, message: message, status: status) == expected)
    }

    @Test func transportErrorsAreClassified() {
        #expect(AWSErrorClassifier.category(of: TransportError.timeout(seconds: 5)) == .transient)
        #expect(AWSErrorClassifier.category(of: TransportError.broken(detail: "reset")) == .transient)
        #expect(AWSErrorClassifier.category(of: TransportError.connect(detail: "refused")) == .transient)
        #expect(AWSErrorClassifier.category(of: TransportError.tls(detail: "bad cert")) == .other)
        #expect(AWSErrorClassifier.category(of: TransportError.dns(host: "x", detail: "no")) == .other)
    }
}
