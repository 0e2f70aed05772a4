import AWSCore
import Foundation

/// Names an AWS request as `signing-name:Action`, the way Benchmarks/Scripts/refresh_clients.py reads it.
///
/// GetMetricData carries the namespaces it queries, `monitoring:GetMetricData[AWS/EC2;AWS/ApplicationELB]`,
/// since one refresh makes two of them (regional, and CloudFront's in us-east-1).
enum CallName {
    /// The name of `request`.
    static func of(_ request: HTTPRequest) -> String {
        let service = signingName(request) ?? request.url.host ?? "unknown"
        return service + ":" + action(request)
    }

    /// The service in the Authorization header's credential scope.
    static func signingName(_ request: HTTPRequest) -> String? {
        guard let authorization = request.header("Authorization"),
            let range = authorization.range(of: "Credential=")
        else { return nil }
        let scope = authorization[range.upperBound...].prefix { $0 != "," }.split(separator: "/")
        return scope.count >= 4 ? String(scope[3]) : nil
    }

    /// The operation: the query `Action`, the JSON target, or CloudFront's REST path.
    static func action(_ request: HTTPRequest) -> String {
        if let target = request.header("X-Amz-Target"), let dot = target.lastIndex(of: ".") {
            return String(target[target.index(after: dot)...])
        }
        let form = formPairs(request.body)
        if let action = form.first(where: { $0.0 == "Action" })?.1 {
            guard action == "GetMetricData" else { return action }
            let namespaces = form.filter { $0.0.hasSuffix(".Namespace") }.map(\.1)
            var unique: [String] = []
            for namespace in namespaces where !unique.contains(namespace) { unique.append(namespace) }
            return "GetMetricData[" + unique.joined(separator: ";") + "]"
        }
        let path = request.url.path
        if path.hasSuffix("/monitoring-subscription") { return "GetMonitoringSubscription" }
        if path.hasSuffix("/distribution") { return "ListDistributions" }
        return request.method + " " + path
    }

    /// The decoded `key=value` pairs of a form body.
    static func formPairs(_ body: [UInt8]) -> [(String, String)] {
        let text = String(decoding: body, as: UTF8.self)
        return text.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
            }
            return (parts.first ?? "", parts.count > 1 ? parts[1] : "")
        }
    }
}
