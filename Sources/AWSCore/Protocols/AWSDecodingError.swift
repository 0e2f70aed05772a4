/// Why a reply could not be read into the expected shape; never carries request secrets.
public struct AWSDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem the reply had.
    public enum Kind: String, Sendable, Equatable {
        /// The body is not well-formed XML.
        case malformedXML = "malformed XML"
        /// The body is not well-formed JSON.
        case malformedJSON = "malformed JSON"
        /// A required element or field is absent.
        case missingField = "missing field"
        /// A field is present but its value has the wrong form.
        case invalidValue = "invalid value"
        /// The document is well-formed but not the reply this operation expects.
        case unexpectedShape = "unexpected reply"
    }

    /// What kind of problem the reply had.
    public var kind: Kind
    /// Where in the reply, e.g. `DescribeAutoScalingGroupsResponse/.../member[2]/MinSize`.
    public var path: String
    /// What exactly is wrong.
    public var detail: String
    /// The service whose reply this was, once the client knows it.
    public var service: String?
    /// The operation whose reply this was, once the client knows it.
    public var operation: String?

    /// Creates a decoding error.
    public init(_ kind: Kind, path: String, detail: String, service: String? = nil, operation: String? = nil) {
        self.kind = kind
        self.path = path
        self.detail = detail
        self.service = service
        self.operation = operation
    }

    /// One line: where, what kind, and the detail.
    public var description: String {
        let call = [service, operation].compactMap { $0 }.joined(separator: " ")
        let prefix = call.isEmpty ? "" : "\(call): "
        let location = path.isEmpty ? "" : " at \(path)"
        return "\(prefix)cannot decode reply: \(kind.rawValue)\(location): \(detail)"
    }
}
