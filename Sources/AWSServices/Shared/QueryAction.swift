import AWSCore

/// An operation of a query-protocol service (or EC2's dialect): form POST of `Action`, `Version`
/// and its parameters.
public protocol QueryAction: AWSOperation {
    /// The operation's parameters, without `Action` and `Version`.
    var parameters: QueryParameters { get }
}

extension QueryAction {
    /// The form POST for this action and the service's API version.
    public func request() throws -> OperationRequest {
        .query(action: name, version: service.wireProtocol.apiVersion, parameters: parameters)
    }
}

/// The decoded reply of an operation that returns nothing but its request id.
public struct EmptyOutput: Sendable, Equatable {
    /// The request id, when the reply carried one.
    public var requestID: String?

    /// Reads the request id from `<ResponseMetadata><RequestId>`, if present.
    init(_ reply: AWSReply) throws {
        let root = try reply.xml()
        guard root.name == "\(reply.operation)Response" else {
            throw AWSDecodingError(.unexpectedShape, path: root.name, detail: "expected <\(reply.operation)Response>")
        }
        requestID = root.descendant("ResponseMetadata", "RequestId")?.trimmedText
    }
}

/// A filter of the query services (`Filters.member.N.Name` and `.Values.member.M`).
public struct QueryFilter: Sendable, Equatable {
    /// The filter name, e.g. `db-instance-id`.
    public var name: String
    /// The accepted values.
    public var values: [String]

    /// Creates a filter.
    public init(name: String, values: [String]) {
        self.name = name
        self.values = values
    }
}

extension QueryParameters {
    /// Adds `filters` as each service spells them: `Filters.member.N.Values.member.M` (Auto Scaling),
    /// `Filters.Filter.N.Values.Value.M` (RDS), `Filter.N.Value.M` (EC2).
    mutating func addFilters(_ filters: [QueryFilter], style: QueryFilter.Style) {
        guard !filters.isEmpty else { return }
        let (name, member, values, valueMember): (String, String?, String, String?) =
            switch style {
            case .member: ("Filters", "member", "Values", "member")
            case .rds: ("Filters", "Filter", "Values", "Value")
            case .ec2: ("Filter", nil, "Value", nil)
            }
        addList(name, filters, member: member) { params, prefix, filter in
            params.add("\(prefix).Name", filter.name)
            params.addList("\(prefix).\(values)", filter.values, member: valueMember)
        }
    }
}

extension QueryFilter {
    /// How a service flattens filter lists.
    enum Style {
        /// `Filters.member.N.Name`, `Filters.member.N.Values.member.M`.
        case member
        /// `Filters.Filter.N.Name`, `Filters.Filter.N.Values.Value.M`.
        case rds
        /// `Filter.N.Name`, `Filter.N.Value.M`.
        case ec2
    }
}
