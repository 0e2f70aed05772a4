import AWSCore
import AWSSigV4
import Foundation

/// How many times each IAM action was counted (refused, or asked for).
public final class ActionCount: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [String: Int] = [:]

    /// Counts `action` once.
    func add(_ action: String) { lock.withLock { counts[action, default: 0] += 1 } }

    /// The count of `action` so far.
    public func of(_ action: String) -> Int { lock.withLock { counts[action] ?? 0 } }
}

/// Answers chosen IAM actions as AWS answers a caller whose policy lacks them, in each protocol's own
/// shape, and passes every other request to the transport behind it: a scoped-down role, for tests.
public struct DenyingTransport: HTTPTransport {
    /// The transport behind (the simulator, or moto over curl).
    public let inner: any HTTPTransport
    /// The actions refused, e.g. `autoscaling:DescribePolicies`.
    public let denied: Set<String>
    /// Every refusal sent, by action.
    public let refusals = ActionCount()
    /// Every request seen, refused or passed on, by action.
    public let requests = ActionCount()
    /// The principal named in the messages.
    public static let principal = "arn:aws:sts::123456789012:assumed-role/bastion-readonly/i-0abc"

    /// Denies `denied` in front of `inner`.
    public init(_ inner: any HTTPTransport, denying denied: Set<String>) {
        self.inner = inner
        self.denied = denied
    }

    /// AWS's refusal when the request's action is denied, otherwise the reply from behind.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let action = Self.action(of: request)
        if let action { requests.add(action) }
        guard let action, denied.contains(action) else { return try await inner.send(request) }
        refusals.add(action)
        let message =
            "User: \(Self.principal) is not authorized to perform: \(action) because no identity-based policy allows the \(action) action"
        let requestID = "7a62c49f-347e-4fc4-9331-6e8eEXAMPLE"
        switch action.split(separator: ":").first {
        case "ce", "pricing", "servicequotas":
            let body = #"{"__type":"AccessDeniedException","Message":"\#(message)"}"#
            return HTTPResponse(
                status: 400, headers: [HTTPHeader("x-amzn-RequestId", requestID)], body: Array(body.utf8))
        case "ec2":
            let body =
                "<Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>You are not authorized to perform this operation. "
                + "\(message)</Message></Error></Errors><RequestID>\(requestID)</RequestID></Response>"
            return HTTPResponse(status: 403, body: Array(body.utf8))
        default:
            let body =
                "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>\(message)</Message></Error>"
                + "<RequestId>\(requestID)</RequestId></ErrorResponse>"
            return HTTPResponse(status: 403, headers: [HTTPHeader("Content-Type", "text/xml")], body: Array(body.utf8))
        }
    }

    /// The IAM action a signed request asks for: its signing service (from the credential scope) and
    /// its operation (from `X-Amz-Target`, the form's `Action`, or CloudFront's REST path).
    public static func action(of request: HTTPRequest) -> String? {
        guard let authorization = request.headers.first(where: { $0.name.lowercased() == "authorization" })?.value,
            let scope = authorization.range(of: "Credential=")
        else { return nil }
        let parts = authorization[scope.upperBound...].split(separator: ",")[0].split(separator: "/")
        guard parts.count >= 4 else { return nil }
        let signing = String(parts[3])
        let prefix = AWSService.all.first { $0.signingName == signing }?.iamPrefix ?? signing
        if let target = request.headers.first(where: { $0.name.lowercased() == "x-amz-target" })?.value,
            let operation = target.split(separator: ".").last
        {
            return "\(prefix):\(operation)"
        }
        let body = String(decoding: request.body, as: UTF8.self)
        if let range = body.range(of: "Action=") {
            return "\(prefix):\(body[range.upperBound...].prefix { $0 != "&" })"
        }
        let path = request.url.path
        if prefix == "cloudfront" {
            if path.hasSuffix("/monitoring-subscription") { return "cloudfront:GetMonitoringSubscription" }
            if path.hasSuffix("/tagging") { return "cloudfront:ListTagsForResource" }
            if path.hasSuffix("/distribution") { return "cloudfront:ListDistributions" }
        }
        return nil
    }
}
