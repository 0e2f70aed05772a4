import AWSCore
import AWSSigV4
import Foundation

extension STS {
    /// Temporary credentials from STS; `description` never shows the secret or the token.
    public struct Credentials: Sendable, Equatable, CustomStringConvertible {
        /// The key pair and session token.
        public var signing: SigningCredentials
        /// When they expire.
        public var expiration: Date
        /// The ARN of the assumed role session.
        public var assumedRoleARN: String?

        /// Decodes `<Credentials>` and `<AssumedRoleUser>` of an AssumeRole* result.
        init(result: XMLNode) throws {
            let node = try result.requiredChild("Credentials")
            signing = SigningCredentials(
                accessKeyID: try node.requiredString("AccessKeyId"),
                secretAccessKey: try node.requiredString("SecretAccessKey"),
                sessionToken: try node.requiredString("SessionToken"))
            expiration = try node.requiredDate("Expiration")
            assumedRoleARN = result.descendant("AssumedRoleUser", "Arn")?.trimmedText
        }

        /// The credentials as the client's provider type, labelled with `source`.
        public func awsCredentials(source: String) -> AWSCredentials {
            AWSCredentials(signing: signing, expiration: expiration, source: source)
        }

        /// A redacted rendering: key id, role and expiry only.
        public var description: String {
            "STS.Credentials(\(signing.accessKeyID), role \(assumedRoleARN ?? "?"), expires \(Timestamps.formatISO8601(expiration)))"
        }
    }

    /// `AssumeRole`: temporary credentials for `roleARN`, signed with the caller's credentials.
    public struct AssumeRole: QueryAction {
        /// The role to assume.
        public var roleARN: String
        /// The session name (shows in CloudTrail).
        public var sessionName: String
        /// Lifetime in seconds (900 up to the role's maximum).
        public var durationSeconds: Int?
        /// The external id the role's trust policy asks for.
        public var externalID: String?
        /// The MFA device serial number.
        public var mfaSerialNumber: String?
        /// The MFA code.
        public var mfaTokenCode: String?

        /// Assumes `roleARN` as `sessionName`.
        public init(
            roleARN: String, sessionName: String, durationSeconds: Int? = nil, externalID: String? = nil,
            mfaSerialNumber: String? = nil, mfaTokenCode: String? = nil
        ) {
            self.roleARN = roleARN
            self.sessionName = sessionName
            self.durationSeconds = durationSeconds
            self.externalID = externalID
            self.mfaSerialNumber = mfaSerialNumber
            self.mfaTokenCode = mfaTokenCode
        }

        /// STS.
        public var service: AWSService { .sts }
        /// `AssumeRole`.
        public var name: String { "AssumeRole" }

        /// `RoleArn`, `RoleSessionName`, `DurationSeconds`, `ExternalId`, `SerialNumber`, `TokenCode`.
        public var parameters: QueryParameters {
            var params = QueryParameters()
            params.add("RoleArn", roleARN)
            params.add("RoleSessionName", sessionName)
            params.add("DurationSeconds", durationSeconds)
            params.add("ExternalId", externalID)
            params.add("SerialNumber", mfaSerialNumber)
            params.add("TokenCode", mfaTokenCode)
            return params
        }

        /// Decodes the credentials.
        public func decode(_ reply: AWSReply) throws -> Credentials {
            try Credentials(result: reply.queryResult())
        }
    }

    /// `AssumeRoleWithWebIdentity`: credentials for an OIDC token (EKS, GitHub Actions); unsigned.
    public struct AssumeRoleWithWebIdentity: QueryAction {
        /// The role to assume.
        public var roleARN: String
        /// The session name.
        public var sessionName: String
        /// The OIDC token (a secret: never logged).
        public var webIdentityToken: String
        /// Lifetime in seconds.
        public var durationSeconds: Int?

        /// Exchanges `webIdentityToken` for credentials of `roleARN`.
        public init(roleARN: String, sessionName: String, webIdentityToken: String, durationSeconds: Int? = nil) {
            self.roleARN = roleARN
            self.sessionName = sessionName
            self.webIdentityToken = webIdentityToken
            self.durationSeconds = durationSeconds
        }

        /// STS.
        public var service: AWSService { .sts }
        /// `AssumeRoleWithWebIdentity`.
        public var name: String { "AssumeRoleWithWebIdentity" }
        /// The token is the authentication: the request is not signed.
        public var requiresSigning: Bool { false }

        /// `RoleArn`, `RoleSessionName`, `WebIdentityToken`, `DurationSeconds`.
        public var parameters: QueryParameters {
            var params = QueryParameters()
            params.add("RoleArn", roleARN)
            params.add("RoleSessionName", sessionName)
            params.add("WebIdentityToken", webIdentityToken)
            params.add("DurationSeconds", durationSeconds)
            return params
        }

        /// Decodes the credentials.
        public func decode(_ reply: AWSReply) throws -> Credentials {
            try Credentials(result: reply.queryResult())
        }
    }
}
