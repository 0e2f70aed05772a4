import Foundation

/// Credentials of the EC2 instance's role, from instance metadata (IMDSv2).
public struct InstanceMetadataCredentialProvider: CredentialProvider {
    /// The name used in messages.
    public static let sourceName = "instance metadata"
    private static let rolesPath = "/latest/meta-data/iam/security-credentials/"
    private let client: InstanceMetadataClient

    /// Reads from the metadata service `environment` points at.
    public init(environment: AWSEnvironment) {
        client = InstanceMetadataClient(environment: environment)
    }

    /// Uses an already configured client.
    public init(client: InstanceMetadataClient) {
        self.client = client
    }

    /// The role's credentials; anything short of them is "not found" with the reason, as botocore
    /// treats every instance metadata failure (this source is the chain's last resort).
    public func credentials() async throws -> AWSCredentials {
        let name = Self.sourceName
        do {
            let token = try await client.sessionToken()
            guard let roles = try await client.get(Self.rolesPath, token: token),
                let role = roles.split(whereSeparator: \.isNewline).first.map(String.init), !role.isEmpty
            else {
                throw CredentialError.notFound(
                    source: name, detail: "the instance at \(client.endpoint) has no IAM role")
            }
            guard let body = try await client.get(Self.rolesPath + role, token: token) else {
                throw CredentialError.notFound(source: name, detail: "role \(role) is listed but has no credentials")
            }
            guard let document = CredentialDocument(Data(body.utf8)) else {
                throw CredentialError.notFound(
                    source: name, detail: "the credentials of role \(role) are not a JSON object")
            }
            if let code = document.string("Code"), code != "Success" {
                throw CredentialError.notFound(source: name, detail: "role \(role) credentials answered Code \(code)")
            }
            do {
                return try document.credentials(
                    accessKey: "AccessKeyId", secretKey: "SecretAccessKey", token: "Token",
                    expiration: "Expiration", source: "\(name) (role \(role))")
            } catch {
                throw CredentialError.notFound(source: name, detail: "role \(role) credentials: \(error)")
            }
        } catch let failure as InstanceMetadataClient.Failure {
            throw CredentialError.notFound(source: name, detail: failure.description)
        }
    }
}
