/// Reflection shows no secret either: `dump`, and loggers that walk a value's mirror, see
/// the key id and placeholders only.
extension SigningCredentials: CustomReflectable {
    /// The key id, and `<redacted>` (or `none`) for the secret key and the token.
    public var customMirror: Mirror {
        Mirror(self, children: [
            "accessKeyID": accessKeyID,
            "secretAccessKey": "<redacted>",
            "sessionToken": sessionToken == nil ? "none" : "<redacted>",
        ], displayStyle: .struct)
    }
}
