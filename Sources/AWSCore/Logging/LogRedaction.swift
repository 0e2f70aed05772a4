import AWSSigV4
import Foundation

/// What of a request may be logged: secrets in headers and query parameters become `<redacted>`.
public enum LogRedaction {
    /// Header names (lower-case) whose values can carry a secret or a signature.
    public static let secretHeaders: Set<String> = [
        "authorization", "proxy-authorization", "x-amz-security-token", "x-amz-signature", "x-amz-credential",
        "cookie", "set-cookie", "x-aws-ec2-metadata-token", "x-amz-sso_bearer_token"
    ]

    /// Query parameter names (lower-case) whose values can carry a secret (presigned URLs, tokens).
    public static let secretQueryParameters: Set<String> = [
        "x-amz-signature", "x-amz-security-token", "x-amz-credential", "signature", "awsaccesskeyid", "token"
    ]

    /// `headers` as `name: value` pairs, with every secret-bearing value replaced.
    public static func headers(_ headers: [HTTPHeader]) -> [String] {
        headers.map { header in
            secretHeaders.contains(header.name.lowercased())
                ? "\(header.name): <redacted>" : "\(header.name): \(header.value)"
        }
    }

    /// `url` without user info, with every secret-bearing query value replaced by `REDACTED`.
    public static func url(_ url: URL) -> String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
            return "<unparsable URL>"
        }
        components.user = nil
        components.password = nil
        if let items = components.percentEncodedQueryItems {
            components.percentEncodedQueryItems = items.map { item in
                secretQueryParameters.contains(item.name.lowercased())
                    ? URLQueryItem(name: item.name, value: "REDACTED") : item
            }
        }
        return components.string ?? "<unparsable URL>"
    }

    /// `line` with any `Signature=<hex>` (an Authorization value that slipped through) removed.
    public static func scrub(_ line: String) -> String {
        guard line.contains("Signature=") else { return line }
        return line.replacingOccurrences(
            of: #"Signature=[0-9A-Za-z%+/=]*"#, with: "<redacted signature>", options: .regularExpression)
    }
}
