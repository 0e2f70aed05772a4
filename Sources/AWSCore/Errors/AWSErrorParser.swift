import Foundation

/// Reads error replies of every protocol into `AWSError`, and anything else into a clear one.
public enum AWSErrorParser {
    /// Decodes the error reply `response` of `operation` on a service speaking `wireProtocol`.
    ///
    /// Query and rest-xml use `<ErrorResponse><Error><Code>`, EC2 `<Response><Errors><Error>`, some
    /// services a bare `<Error>`, moto's auth checks `<ErrorResponse><Errors><Error>`; JSON uses `__type` or `code` (and the `x-amzn-ErrorType` header).
    /// A reply in none of these forms (an HTML page from a proxy, an empty body) becomes an error
    /// whose code is `HTTP <status>` and whose message is the sanitized start of the body.
    public static func parse(_ response: HTTPResponse, wireProtocol: AWSProtocol, service: String, operation: String)
        -> AWSError
    {
        let headerID = response.header("x-amzn-RequestId") ?? response.header("x-amz-request-id")
        let parsed: (code: String, message: String, requestID: String?)?
        switch wireProtocol {
        case .json: parsed = parseJSON(response) ?? parseXML(response.body)
        case .query, .ec2Query, .restXML: parsed = parseXML(response.body) ?? parseJSON(response)
        }
        if let parsed, !parsed.code.isEmpty {
            return AWSError(
                code: parsed.code, message: parsed.message, requestID: parsed.requestID ?? headerID,
                status: response.status, service: service, operation: operation)
        }
        let snippet = sanitizedSnippet(response.body)
        let message = snippet.isEmpty ? "empty reply body" : "reply is not an AWS error document: \(snippet)"
        return AWSError(
            code: "HTTP \(response.status)", message: message, requestID: headerID,
            status: response.status, service: service, operation: operation)
    }

    /// The first `limit` bytes of `body` as printable ASCII on one line: tags and control bytes stay
    /// readable, anything else becomes `?`, runs of white space fold to one space.
    public static func sanitizedSnippet(_ body: [UInt8], limit: Int = 160) -> String {
        var out = ""
        var lastWasSpace = false
        for byte in body.prefix(limit) {
            switch byte {
            case 0x09, 0x0A, 0x0D, 0x20:
                if !lastWasSpace && !out.isEmpty { out.append(" ") }
                lastWasSpace = true
            case 0x21...0x7E:
                out.append(Character(Unicode.Scalar(byte)))
                lastWasSpace = false
            default:
                out.append("?")
                lastWasSpace = false
            }
        }
        if body.count > limit { out += "..." }
        return out.trimmingCharacters(in: .whitespaces)
    }

    /// Code, message and request id of an XML error document; nil when the body is not one.
    private static func parseXML(_ body: [UInt8]) -> (code: String, message: String, requestID: String?)? {
        guard let root = try? XMLTreeParser.parse(body) else { return nil }
        // `<ErrorResponse><Error>` (query, rest-xml), `<Response><Errors><Error>` (EC2), a bare
        // `<Error>` (S3 style), and moto's `<ErrorResponse><Errors><Error>` for auth failures.
        let error: XMLNode?
        switch root.name {
        case "Error": error = root
        case "ErrorResponse", "Response": error = root.child("Error") ?? root.child("Errors")?.child("Error")
        default: error = nil
        }
        guard let error, let code = error.string("Code") else { return nil }
        let requestID = root.string("RequestId") ?? root.string("RequestID") ?? error.string("RequestId")
        return (code, error.string("Message") ?? "", requestID)
    }

    /// Code and message of a JSON error body or the `x-amzn-ErrorType` header; nil when neither has one.
    private static func parseJSON(_ response: HTTPResponse) -> (code: String, message: String, requestID: String?)? {
        let object = JSONProtocol.object(from: response.body)
        let rawCode =
            response.header("x-amzn-ErrorType") ?? (object?["__type"] as? String) ?? (object?["code"] as? String)
        guard let rawCode else { return nil }
        let message =
            (object?["message"] as? String) ?? (object?["Message"] as? String) ?? (object?["errorMessage"] as? String)
            ?? ""
        return (normalizedJSONCode(rawCode), message, nil)
    }

    /// `aws.protocoltests#FooError:http://...` → `FooError`: the namespace and the URI suffix dropped.
    public static func normalizedJSONCode(_ raw: String) -> String {
        var code = Substring(raw)
        if let colon = code.firstIndex(of: ":") { code = code[..<colon] }
        if let hash = code.lastIndex(of: "#") { code = code[code.index(after: hash)...] }
        return code.trimmingCharacters(in: .whitespaces)
    }
}
