import AWSSigV4
import CurlTransport
import Foundation
import TestSupport
import Testing

@testable import AWSCore

/// Instance metadata, container credentials and the SSO portal over real HTTP to a loopback stand-in.
@Suite(.enabled(if: requiresTool("python3"), "needs python3 (required under CI=true)"))
struct LoopbackEndpointTests {
    /// Instance metadata through IMDSv2: one token, then the role list and the role.
    @Test func instanceMetadataCredentials() async throws {
        let server = try FixtureServer()
        defer { server.stop() }
        let test = try TestEnvironment()
        let environment = test.make(
            ["AWS_EC2_METADATA_DISABLED": "false", "AWS_EC2_METADATA_SERVICE_ENDPOINT": server.baseURL],
            transport: CurlTransport())
        let credentials = try await resolve(environment)
        #expect(
            credentials.signing
                == .init(accessKeyID: "ASIAFIXTURE", secretAccessKey: "fixture-secret", sessionToken: "fixture-token"))
        #expect(credentials.source == "instance metadata (role launch-role)")
        #expect(credentials.expiration == ISO8601DateFormatterCheck.date("2030-01-01T00:00:00Z"))
        let counts = try await server.counts()
        #expect(counts["PUT /latest/api/token"] == 1)
        #expect(counts["GET /latest/meta-data/iam/security-credentials/launch-role"] == 1)
        let region = try await RegionResolver(environment: environment).resolve()
        #expect(region == ResolvedRegion(name: "eu-west-3", source: "instance metadata"))
    }

    /// A GET without a token is refused by the stand-in, and the client's error says so.
    @Test func tokenIsRequired() async throws {
        let server = try FixtureServer()
        defer { server.stop() }
        let test = try TestEnvironment()
        let client = InstanceMetadataClient(
            environment: test.make(
                ["AWS_EC2_METADATA_DISABLED": "false", "AWS_EC2_METADATA_SERVICE_ENDPOINT": server.baseURL],
                transport: CurlTransport()))
        await #expect(
            throws: InstanceMetadataClient.Failure.status(path: "/latest/meta-data/placement/region", code: 401)
        ) {
            _ = try await client.get("/latest/meta-data/placement/region", token: nil)
        }
        let token = try await client.sessionToken()
        #expect(try await client.get("/latest/meta-data/placement/region", token: token) == "eu-west-3")
    }

    /// Nothing listening: not found, quickly, and the chain moves on to say what it tried.
    @Test func unreachableMetadataIsNotFound() async throws {
        let test = try TestEnvironment()
        let environment = test.make(
            ["AWS_EC2_METADATA_DISABLED": "false", "AWS_EC2_METADATA_SERVICE_ENDPOINT": "http://127.0.0.1:9"],
            transport: CurlTransport())
        // "Quickly" is a property of the configuration, not a stopwatch (timed tests flake on shared machines).
        let client = InstanceMetadataClient(environment: environment)
        #expect(client.timeout <= 1 && client.attempts <= 2)
        let error = await chainError(environment)
        guard case let .noneFound(tried) = error else {
            Issue.record("expected noneFound, got \(String(describing: error))")
            return
        }
        #expect(tried.last?.hasPrefix("instance metadata: no instance metadata service at http://127.0.0.1:9") == true)
    }

    /// `credential_source = Ec2InstanceMetadata` signs AssumeRole with the instance's credentials.
    @Test func roleFromInstanceMetadata() async throws {
        let server = try FixtureServer()
        defer { server.stop() }
        let test = try TestEnvironment()
        try test.config(
            "[profile bastion]\nrole_arn = arn:aws:iam::1:role/Ops\ncredential_source = Ec2InstanceMetadata\n")
        let sts = RecordingSTS()
        let environment = test.make(
            ["AWS_EC2_METADATA_DISABLED": "false", "AWS_EC2_METADATA_SERVICE_ENDPOINT": server.baseURL],
            transport: CurlTransport())
        #expect(try await resolve(environment, profile: "bastion", sts: sts).signing.accessKeyID == "ASIAROLE1")
        #expect(sts.roleCalls.first?.sourceKeyID == "ASIAFIXTURE")
    }

    /// The container endpoint with the token from the variable or the token file; a wrong token is refused.
    @Test func containerCredentials() async throws {
        let server = try FixtureServer()
        defer { server.stop() }
        let test = try TestEnvironment()
        let uri = server.baseURL + "/v2/credentials/task"
        let byValue = try await resolve(
            test.make(
                [
                    "AWS_CONTAINER_CREDENTIALS_FULL_URI": uri,
                    "AWS_CONTAINER_AUTHORIZATION_TOKEN": "container-auth"
                ],
                transport: CurlTransport()))
        #expect(byValue.signing.accessKeyID == "ASIAFIXTURE")
        #expect(byValue.source == "container credentials")
        let file = try test.home.write("token", "container-auth\n")
        let byFile = try await resolve(
            test.make(
                [
                    "AWS_CONTAINER_CREDENTIALS_FULL_URI": uri,
                    "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": file,
                    "AWS_CONTAINER_AUTHORIZATION_TOKEN": "ignored-when-file-set"
                ],
                transport: CurlTransport()))
        #expect(byFile.signing.sessionToken == "fixture-token")
        let refused = await chainError(
            test.make(
                [
                    "AWS_CONTAINER_CREDENTIALS_FULL_URI": uri,
                    "AWS_CONTAINER_AUTHORIZATION_TOKEN": "wrong"
                ],
                transport: CurlTransport()))
        #expect(refused?.description == "container credentials: \(uri) answered HTTP 401")
    }

    /// SSO role credentials from the stand-in portal.
    @Test func ssoPortal() async throws {
        let server = try FixtureServer()
        defer { server.stop() }
        let test = try TestEnvironment()
        try test.config(SSOCredentialsTests.config)
        try test.home.write(
            ".aws/sso/cache/" + SSOCredentialsTests.cacheName("corp-session"),
            #"{"accessToken": "sso-bearer", "expiresAt": "2027-01-15T10:00:00Z"}"#)
        let credentials = try await resolve(
            test.make(["AWS_ENDPOINT_URL_SSO": server.baseURL], transport: CurlTransport()),
            profile: "corp")
        #expect(credentials.signing.accessKeyID == "ASIAFIXTURE")
        #expect(credentials.expiration == Date(timeIntervalSince1970: 1_893_456_000))
    }

    /// An expired `sso-session` token is refreshed at the stand-in SSO-OIDC over real HTTP, then used.
    @Test func ssoTokenRefreshedOverHTTP() async throws {
        let server = try FixtureServer()
        defer { server.stop() }
        let test = try TestEnvironment()
        try test.config(SSOCredentialsTests.config)
        let path = try test.home.write(
            ".aws/sso/cache/" + SSOCredentialsTests.cacheName("corp-session"),
            """
            {"accessToken": "expired-bearer", "expiresAt": "2027-01-15T07:00:00Z", "refreshToken": "sso-refresh",
             "clientId": "client-1", "clientSecret": "client-secret-1", "registrationExpiresAt": "2027-04-15T08:00:00Z"}
            """)
        let environment = test.make(
            ["AWS_ENDPOINT_URL_SSO": server.baseURL, "AWS_ENDPOINT_URL_SSO_OIDC": server.baseURL],
            transport: CurlTransport())
        let credentials = try await resolve(environment, profile: "corp")
        #expect(credentials.signing.accessKeyID == "ASIAFIXTURE", "the portal took the refreshed bearer token")
        let cache = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            cache.contains(#""accessToken":"sso-bearer""#) && cache.contains(#""refreshToken":"sso-refresh-2""#),
            "\(cache)")
    }
}

/// Endpoint rules of the container source and the metadata client, without a network.
@Suite struct EndpointRuleTests {
    /// Full URIs must be https, or http to loopback or the allowed container hosts.
    @Test(arguments: [
        ("http://127.0.0.1:8080/creds", true), ("http://127.5.6.7/creds", true), ("http://[::1]:80/c", true),
        ("http://localhost/c", true), ("http://169.254.170.23/v1/credentials", true),
        ("https://creds.example.com/x", true),
        ("http://creds.example.com/x", false), ("http://10.0.0.1/x", false), ("ftp://127.0.0.1/x", false)
    ])
    func containerFullURI(uri: String, allowed: Bool) throws {
        let test = try TestEnvironment()
        let provider = ContainerCredentialProvider(environment: test.make(["AWS_CONTAINER_CREDENTIALS_FULL_URI": uri]))
        do {
            _ = try provider.endpoint()
            #expect(allowed)
        } catch {
            #expect(!allowed, "\(error)")
        }
    }

    /// Relative URIs go to 169.254.170.2 and take precedence over full ones.
    @Test func containerRelativeURI() throws {
        let test = try TestEnvironment()
        let provider = ContainerCredentialProvider(
            environment: test.make([
                "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/credentials/abc",
                "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.1/x"
            ]))
        #expect(try provider.endpoint().absoluteString == "http://169.254.170.2/v2/credentials/abc")
    }

    /// Metadata requests allow 1 s and are tried twice; the token PUT asks for a TTL.
    @Test func metadataTimeoutsAndRetry() async throws {
        let test = try TestEnvironment()
        let transport = HandlerTransport { _ in throw TransportError.timeout(seconds: 1) }
        let client = InstanceMetadataClient(
            environment: test.make(["AWS_EC2_METADATA_DISABLED": "false"], transport: transport))
        await #expect(throws: InstanceMetadataClient.Failure.self) { _ = try await client.sessionToken() }
        #expect(transport.requests.count == 2)
        #expect(transport.requests.allSatisfy { $0.timeout == 1 && $0.method == "PUT" })
        #expect(transport.requests.first?.header("X-aws-ec2-metadata-token-ttl-seconds") == "21600")
        #expect(transport.requests.first?.url.absoluteString == "http://169.254.169.254/latest/api/token")
    }

    /// IMDSv1 fallback when the token PUT is refused; the IPv6 endpoint mode.
    @Test func metadataFallbackAndIPv6() async throws {
        let test = try TestEnvironment()
        let transport = HandlerTransport { request in request.method == "PUT" ? .text(405, "") : .text(200, "us-east-1")
        }
        let client = InstanceMetadataClient(
            environment: test.make(
                [
                    "AWS_EC2_METADATA_DISABLED": "false",
                    "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE": "IPv6"
                ],
                transport: transport))
        #expect(client.endpoint == "http://[fd00:ec2::254]")
        let token = try await client.sessionToken()
        #expect(token == nil)
        #expect(try await client.get("/latest/meta-data/placement/region", token: token) == "us-east-1")
        #expect(transport.requests.last?.header("X-aws-ec2-metadata-token") == nil)
    }
}

/// Instance metadata failures are "not found" with their reason, as botocore treats them.
@Suite struct InstanceMetadataFailureTests {
    /// A proxy answering 403 to everything: token refused (IMDSv1 fallback), then the GET refused.
    @Test func refusedEverywhere() async throws {
        let test = try TestEnvironment()
        let transport = HandlerTransport { _ in .text(403, "Forbidden") }
        let error = await chainError(test.make(["AWS_EC2_METADATA_DISABLED": "false"], transport: transport))
        guard case let .noneFound(tried) = error else {
            Issue.record("expected noneFound, got \(String(describing: error))")
            return
        }
        #expect(
            tried.last
                == "instance metadata: instance metadata answered HTTP 403 for /latest/meta-data/iam/security-credentials/"
        )
    }

    /// With `credential_source = Ec2InstanceMetadata` the same failure stops the chain.
    @Test func requiredAsRoleSource() async throws {
        let test = try TestEnvironment()
        try test.config("[profile p]\nrole_arn = arn:aws:iam::1:role/R\ncredential_source = Ec2InstanceMetadata\n")
        let transport = HandlerTransport { _ in .text(403, "Forbidden") }
        let error = await chainError(
            test.make(["AWS_EC2_METADATA_DISABLED": "false"], transport: transport), profile: "p")
        #expect(
            error?.description.contains(
                "credential_source Ec2InstanceMetadata has no credentials: instance metadata answered HTTP 403") == true
        )
    }
}
