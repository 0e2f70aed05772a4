import AWSSigV4
import Foundation

/// Checks a request's SigV4 signature by signing it again with the known secret and comparing.
///
/// The request is rebuilt from what was received: method, the raw path and query, only the
/// headers the client listed in `SignedHeaders`, and the body; it is signed at the request's own
/// `X-Amz-Date` with the scope's region and service. No clock-skew check is made (the simulated
/// clock may run ahead of the wall clock; see DECISIONS.md).
public struct SignatureVerifier: Sendable {
    /// Secret access keys by access key id.
    public var secrets: [String: String]

    /// A verifier that knows `secrets`.
    public init(secrets: [String: String]) {
        self.secrets = secrets
    }

    /// The parts of an `Authorization: AWS4-HMAC-SHA256 …` header.
    public struct Authorization: Sendable, Equatable {
        /// The access key id.
        public var accessKeyID: String
        /// The scope date, `yyyyMMdd`.
        public var scopeDate: String
        /// The scope's region.
        public var region: String
        /// The scope's service signing name.
        public var service: String
        /// The lower-case signed header names.
        public var signedHeaders: [String]
        /// The hex signature.
        public var signature: String

        /// Parses the header value; nil when it is not a well-formed SigV4 Authorization.
        public init?(parsing value: String) {
            let prefix = "AWS4-HMAC-SHA256 "
            guard value.hasPrefix(prefix) else { return nil }
            var fields: [String: String] = [:]
            for part in value.dropFirst(prefix.count).split(separator: ",") {
                let trimmed = part.trimmingCharacters(in: .whitespaces)
                guard let equals = trimmed.firstIndex(of: "=") else { return nil }
                fields[String(trimmed[..<equals])] = String(trimmed[trimmed.index(after: equals)...])
            }
            guard let credential = fields["Credential"], let signed = fields["SignedHeaders"],
                let signature = fields["Signature"]
            else { return nil }
            let scope = credential.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard scope.count == 5, scope[4] == "aws4_request" else { return nil }
            accessKeyID = scope[0]
            scopeDate = scope[1]
            region = scope[2]
            service = scope[3]
            signedHeaders = signed.split(separator: ";").map { $0.lowercased() }
            self.signature = signature
        }
    }

    /// The outcome of a check.
    public enum Outcome: Sendable, Equatable {
        /// The signature is right; here is who signed and for which service.
        case valid(Authorization)
        /// No Authorization header (or not SigV4).
        case missing
        /// The access key id is unknown.
        case unknownKey(Authorization)
        /// The signature differs from the one the server computes.
        case mismatch(Authorization)
        /// The header is SigV4 but something it needs is absent, e.g. `X-Amz-Date`.
        case incomplete(String)
    }

    /// Verifies `request`.
    public func verify(_ request: WireRequest) -> Outcome {
        guard let header = request.header("Authorization"), let auth = Authorization(parsing: header) else {
            return .missing
        }
        guard let secret = secrets[auth.accessKeyID] else { return .unknownKey(auth) }
        guard let stamp = request.header("X-Amz-Date"), let date = AMZDate(parsing: stamp) else {
            return .incomplete("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.")
        }
        guard auth.signedHeaders.contains("host") else {
            return .incomplete("'Host' must be a signed header.")
        }
        let wanted = Set(auth.signedHeaders)
        let headers = request.headers
            .filter { wanted.contains($0.name.lowercased()) }
        let signing = SigningRequest(
            method: request.method, path: request.rawPath, query: request.rawQuery,
            headers: headers, body: request.body)
        let token = request.header("X-Amz-Security-Token")
        let credentials = SigningCredentials(
            accessKeyID: auth.accessKeyID, secretAccessKey: secret, sessionToken: token)
        let expected = SigV4Signer(service: auth.service, region: auth.region).sign(
            signing, credentials: credentials, date: date.date)
        return Self.constantTimeEqual(expected.signature, auth.signature) ? .valid(auth) : .mismatch(auth)
    }

    /// Compares two strings without stopping at the first difference.
    static func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.utf8)
        let b = Array(rhs.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
