/// The secret material SigV4 needs: an access key pair and an optional session token.
///
/// `description` never shows the secret key or the token, so a credential value that ends up in a
/// log line or an error message leaks nothing.
public struct SigningCredentials: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The access key id (not a secret: it appears in every Authorization header).
    public var accessKeyID: String
    /// The secret access key.
    public var secretAccessKey: String
    /// The session token of temporary credentials.
    public var sessionToken: String?

    /// Creates credentials from their parts.
    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }

    /// A redacted rendering: the key id and whether a token is present.
    public var description: String {
        "SigningCredentials(accessKeyID: \(accessKeyID), secretAccessKey: <redacted>, sessionToken: \(sessionToken == nil ? "none" : "<redacted>"))"
    }

    /// The same redacted rendering, so `dump` and `debugPrint` leak nothing either.
    public var debugDescription: String { description }

    /// A mirror without the secret parts, so `dump` leaks nothing.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "accessKeyID": accessKeyID, "secretAccessKey": "<redacted>",
                "sessionToken": sessionToken == nil ? "none" : "<redacted>"
            ])
    }
}
