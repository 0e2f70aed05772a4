/// The wire protocol a service speaks, which decides how requests are encoded and replies decoded.
public enum AWSProtocol: Sendable, Equatable, Hashable {
    /// Form-encoded POST with `Action` and `Version`, XML reply wrapped in `<ActionResponse><ActionResult>`.
    case query(version: String)
    /// EC2's dialect of query: lists as `Name.N`, reply fields directly under `<ActionResponse>`,
    /// errors as `<Response><Errors><Error>`.
    case ec2Query(version: String)
    /// JSON POST with `X-Amz-Target: Prefix.Operation`, JSON reply.
    case json(version: String, targetPrefix: String)
    /// REST with XML bodies: operation in the method and path, as CloudFront.
    case restXML(version: String)

    /// The API version string, e.g. `2011-01-01`.
    public var apiVersion: String {
        switch self {
        case let .query(version), let .ec2Query(version), let .json(version, _), let .restXML(version): return version
        }
    }
}
