import Crypto
import Foundation

/// Signs requests with AWS Signature Version 4 in the Authorization header.
///
/// The signer is pure: it does no I/O and reads no clock; the caller passes the date.
public struct SigV4Signer: Sendable {
    /// The signing name of the service, e.g. `autoscaling` or `monitoring`.
    public var service: String
    /// The region of the credential scope, e.g. `us-east-1`.
    public var region: String

    /// Creates a signer for one service in one region.
    public init(service: String, region: String) {
        self.service = service
        self.region = region
    }

    /// Everything the signature was built from, for debugging mismatches.
    public struct Signature: Sendable, Equatable {
        /// The request with `X-Amz-Date`, the session token header if any, and `Authorization` set.
        public var signedRequest: SigningRequest
        /// The full Authorization header value.
        public var authorization: String
        /// The canonical request text.
        public var canonicalRequest: String
        /// The string to sign.
        public var stringToSign: String
        /// The hex signature.
        public var signature: String
    }

    /// Signs `request` at `date` and returns the signed request with its intermediate stages.
    ///
    /// `X-Amz-Date` is set to `date`; a `Host` header must already be present. With a session token
    /// the `X-Amz-Security-Token` header is added (and signed) unless the request carries one.
    public func sign(_ request: SigningRequest, credentials: SigningCredentials, date: Date) -> Signature {
        let amzDate = AMZDate(date)
        var request = request
        request.headers.removeAll { $0.name.lowercased() == "authorization" }
        request.setHeader("X-Amz-Date", amzDate.timestamp)
        if let token = credentials.sessionToken, request.header("X-Amz-Security-Token") == nil {
            request.headers.append(HTTPHeader("X-Amz-Security-Token", token))
        }
        let payloadHash = Self.hexSHA256(request.body)
        let canonical = CanonicalRequest(request, payloadHash: payloadHash)
        let scope = "\(amzDate.scopeDate)/\(region)/\(service)/aws4_request"
        let stringToSign = [
            "AWS4-HMAC-SHA256", amzDate.timestamp, scope, Self.hexSHA256(Array(canonical.text.utf8))
        ].joined(separator: "\n")
        let key = signingKey(secret: credentials.secretAccessKey, scopeDate: amzDate.scopeDate)
        let signature = Self.hex(HMAC<SHA256>.authenticationCode(for: Array(stringToSign.utf8), using: key))
        let authorization =
            "AWS4-HMAC-SHA256 Credential=\(credentials.accessKeyID)/\(scope), "
            + "SignedHeaders=\(canonical.signedHeaders), Signature=\(signature)"
        request.headers.append(HTTPHeader("Authorization", authorization))
        return Signature(
            signedRequest: request, authorization: authorization,
            canonicalRequest: canonical.text, stringToSign: stringToSign, signature: signature)
    }

    /// The derived key: HMAC chain over the scope date, region, service and `aws4_request`.
    public func signingKey(secret: String, scopeDate: String) -> SymmetricKey {
        var key = SymmetricKey(data: Array(("AWS4" + secret).utf8))
        for part in [scopeDate, region, service, "aws4_request"] {
            key = SymmetricKey(data: HMAC<SHA256>.authenticationCode(for: Array(part.utf8), using: key))
        }
        return key
    }

    /// Lower-case hex SHA-256 of `bytes`.
    public static func hexSHA256(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// Lower-case hex of any byte sequence.
    public static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
