import AWSSigV4

/// The wire protocols the simulated services speak, and how each writes its errors.
public enum WireProtocol: Sendable, Equatable {
    /// AWS query: form POST with `Action`/`Version`, XML replies in `namespace`.
    case query(namespace: String)
    /// EC2's query dialect: lists as `<item>`, camel-case element names, `Response/Errors` errors.
    case ec2(namespace: String)
    /// REST with XML bodies (CloudFront).
    case restXML(namespace: String)
    /// JSON 1.1 with `X-Amz-Target: prefix.Operation`.
    case json(targetPrefix: String)

    /// The protocol of each service, by SigV4 signing name.
    public static let bySigningName: [String: WireProtocol] = [
        "autoscaling": .query(namespace: "http://autoscaling.amazonaws.com/doc/2011-01-01/"),
        "elasticloadbalancing": .query(namespace: "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/"),
        "monitoring": .query(namespace: "http://monitoring.amazonaws.com/doc/2010-08-01/"),
        "rds": .query(namespace: "http://rds.amazonaws.com/doc/2014-10-31/"),
        "sts": .query(namespace: "https://sts.amazonaws.com/doc/2011-06-15/"),
        "iam": .query(namespace: "https://iam.amazonaws.com/doc/2010-05-08/"),
        "ec2": .ec2(namespace: "http://ec2.amazonaws.com/doc/2016-11-15/"),
        "cloudfront": .restXML(namespace: "http://cloudfront.amazonaws.com/doc/2020-05-31/"),
        "ce": .json(targetPrefix: "AWSInsightsIndexService"),
        "pricing": .json(targetPrefix: "AWSPriceListService"),
        "servicequotas": .json(targetPrefix: "ServiceQuotasV20190624")
    ]

    /// An error reply in this protocol's own format.
    public func error(status: Int, code: String, message: String, requestID: String, sender: Bool = true)
        -> WireResponse
    {
        switch self {
        case let .query(namespace), let .restXML(namespace):
            var xml = XMLWriter()
            xml.element("ErrorResponse", attributes: [("xmlns", namespace)]) { root in
                root.element("Error") { error in
                    error.leaf("Type", sender ? "Sender" : "Receiver")
                    error.leaf("Code", code)
                    error.leaf("Message", message)
                }
                root.leaf("RequestId", requestID)
            }
            return .xml(status, xml.text, requestID: requestID)
        case .ec2:
            var xml = XMLWriter()
            xml.element("Response") { root in
                root.element("Errors") { errors in
                    errors.element("Error") { error in
                        error.leaf("Code", code)
                        error.leaf("Message", message)
                    }
                }
                root.leaf("RequestID", requestID)
            }
            return .xml(status, xml.text, requestID: requestID)
        case .json:
            var response = WireResponse.json(
                status, JSONText.render([("__type", .string(code)), ("message", .string(message))]),
                requestID: requestID)
            response.headers.append(HTTPHeader("x-amzn-ErrorType", code))
            return response
        }
    }

    /// The code this protocol uses for a wrong signature.
    public var signatureMismatchCode: String {
        if case .json = self { return "InvalidSignatureException" }
        return "SignatureDoesNotMatch"
    }

    /// The code this protocol uses for an unknown access key.
    public var unknownKeyCode: String {
        switch self {
        case .json: return "UnrecognizedClientException"
        case .ec2: return "AuthFailure"
        default: return "InvalidClientTokenId"
        }
    }

    /// The code and status this protocol uses for throttling.
    public var throttling: (code: String, status: Int, message: String) {
        switch self {
        case .ec2: return ("RequestLimitExceeded", 503, "Request limit exceeded.")
        case let .json(prefix) where prefix == "AWSInsightsIndexService":
            return ("LimitExceededException", 400, "Rate exceeded")
        case let .json(prefix) where prefix == "ServiceQuotasV20190624":
            return ("TooManyRequestsException", 400, "Rate exceeded")
        case .json: return ("ThrottlingException", 400, "Rate exceeded")
        default: return ("Throttling", 400, "Rate exceeded")
        }
    }

    /// The code and status this protocol uses for a server-side failure.
    public var internalFailure: (code: String, status: Int, message: String) {
        switch self {
        case .ec2: return ("InternalError", 500, "An internal error has occurred")
        case let .json(prefix) where prefix == "ServiceQuotasV20190624":
            return ("ServiceException", 500, "Something went wrong.")
        case .json: return ("InternalServerException", 500, "An internal error has occurred")
        case .restXML: return ("ServiceUnavailable", 503, "CloudFront is temporarily unavailable")
        default: return ("InternalFailure", 500, "An internal error has occurred")
        }
    }
}
