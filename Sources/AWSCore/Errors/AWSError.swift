/// An error reply from an AWS service, decoded and classified.
///
/// Built only from the reply, so it never holds the request's signature, secret or token.
public struct AWSError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The AWS error code, e.g. `Throttling`; `HTTP 502` when the reply was not an AWS error document.
    public var code: String
    /// The service's message, or for a non-AWS reply the sanitized start of its body.
    public var message: String
    /// The request id the service gave, for support cases.
    public var requestID: String?
    /// The HTTP status.
    public var status: Int
    /// The service, e.g. `Auto Scaling`.
    public var service: String
    /// The operation, e.g. `DescribeAutoScalingGroups`.
    public var operation: String
    /// What the error means for retries and for the operator.
    public var category: AWSErrorCategory
    /// The transport failure, when no HTTP reply came at all (then `status` is 0).
    public var transportError: TransportError?

    /// Creates an error; `category` is derived from the code, message and status unless given.
    public init(
        code: String, message: String, requestID: String? = nil, status: Int, service: String,
        operation: String, category: AWSErrorCategory? = nil
    ) {
        self.code = code
        self.message = message
        self.requestID = requestID
        self.status = status
        self.service = service
        self.operation = operation
        self.category = category ?? AWSErrorClassifier.category(code: code, message: message, status: status)
    }

    /// An error for a call that got no reply: code `Transport`, status 0, classified from `error`.
    public init(transport error: TransportError, service: String, operation: String) {
        self.init(
            code: "Transport", message: error.description, status: 0, service: service, operation: operation,
            category: AWSErrorClassifier.category(of: error))
        self.transportError = error
    }

    /// The IAM action of the call that failed, e.g. `autoscaling:DescribePolicies`.
    public var iamAction: String {
        AWSService.iamAction(serviceID: service, operation: operation)
    }

    /// `Auto Scaling DescribeAutoScalingGroups: Throttling (HTTP 400): Rate exceeded [request id ...]`.
    public var description: String {
        let text = message.isEmpty ? "" : ": \(message)"
        let id = requestID.map { " [request id \($0)]" } ?? ""
        if transportError != nil { return "\(service) \(operation): \(message)" }
        return "\(service) \(operation): \(code) (HTTP \(status))\(text)\(id)"
    }
}
