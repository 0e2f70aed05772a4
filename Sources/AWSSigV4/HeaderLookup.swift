/// A request or reply whose headers are looked up by name: the one lookup rule of the signer's
/// request, AWSCore's requests and replies, and the simulator's wire types.
public protocol HeaderLookup {
    /// The headers in the order they are sent; repeated names are allowed.
    var headers: [HTTPHeader] { get }
}

extension HeaderLookup {
    /// The first value of header `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }
}
