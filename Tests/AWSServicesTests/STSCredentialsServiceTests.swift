import AWSCore
import AWSServices
import AWSSigV4
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// Whether `program` is an executable in `PATH`.
private func onPath(_ program: String) -> Bool {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
}

/// Runs when moto is installed, and always under CI=true (where its absence must fail).
private let motoRequired = ProcessInfo.processInfo.environment["CI"] == "true" || onPath("moto_server")

/// The credential chain's role sources against STS served by moto.
@Suite(.enabled(if: motoRequired, "needs moto_server (required under CI=true)"))
struct STSCredentialsServiceTests {
    /// `AssumeRole` signed with a profile's static keys, through the default chain.
    @Test func assumeRoleThroughTheChain() async throws {
        let moto = try MotoSTS()
        defer { moto.stop() }
        let home = try makeHome(config: """
        [profile base]
        aws_access_key_id = AKIAIOSFODNN7EXAMPLE
        aws_secret_access_key = base-secret
        [profile admin]
        role_arn = arn:aws:iam::123456789012:role/Admin
        source_profile = base
        external_id = ext-1
        duration_seconds = 900
        role_session_name = launch
        region = eu-west-1
        """)
        let variables = ["AWS_ENDPOINT_URL_STS": moto.url, "AWS_EC2_METADATA_DISABLED": "true"]
        let transport = FoundationTransport()
        let environment = AWSEnvironment(variables: variables, homeDirectory: home, transport: transport)
        let chain = DefaultCredentialChain.make(environment: environment, profileOption: "admin",
                                                sts: STSCredentialsService(transport: transport, environment: variables))
        let credentials = try await chain.credentials()
        #expect(credentials.signing.accessKeyID.hasPrefix("ASIA"))
        #expect(credentials.signing.sessionToken?.isEmpty == false)
        #expect((credentials.expiration ?? .distantPast) > Date())
        #expect(credentials.source.hasPrefix("assume role arn:aws:iam::123456789012:role/Admin (profile admin"))
        #expect(await chain.source == credentials.source)
    }

    /// `AssumeRoleWithWebIdentity`, unsigned, from the environment's token file.
    @Test func webIdentityThroughTheChain() async throws {
        let moto = try MotoSTS()
        defer { moto.stop() }
        let home = try makeHome(config: "")
        let tokenFile = home + "/token"
        try Data("eyJhbGciOiJSUzI1NiJ9.e30.c2ln".utf8).write(to: URL(fileURLWithPath: tokenFile))
        let variables = ["AWS_ENDPOINT_URL_STS": moto.url, "AWS_EC2_METADATA_DISABLED": "true",
                         "AWS_WEB_IDENTITY_TOKEN_FILE": tokenFile, "AWS_ROLE_ARN": "arn:aws:iam::123456789012:role/Pod",
                         "AWS_REGION": "us-west-2"]
        let transport = FoundationTransport()
        let environment = AWSEnvironment(variables: variables, homeDirectory: home, transport: transport)
        let credentials = try await DefaultCredentialChain.make(
            environment: environment, sts: STSCredentialsService(transport: transport, environment: variables)).credentials()
        #expect(credentials.signing.accessKeyID.hasPrefix("ASIA"))
        #expect(credentials.source == "web identity (arn:aws:iam::123456789012:role/Pod)")
    }

    /// A fresh home directory holding `~/.aws/config`.
    private func makeHome(config: String) throws -> String {
        let home = NSTemporaryDirectory() + "flightdeck-sts-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home + "/.aws", withIntermediateDirectories: true)
        try Data(config.utf8).write(to: URL(fileURLWithPath: home + "/.aws/config"))
        return home
    }
}

/// `moto_server` on a free loopback port, killed by `stop()`.
private final class MotoSTS: @unchecked Sendable {
    /// Why moto could not be started.
    struct StartError: Error, CustomStringConvertible {
        /// What went wrong.
        var description: String
    }

    private let process = Process()
    /// `http://127.0.0.1:PORT`.
    let url: String

    /// Starts moto and waits (up to 30 s) until it answers.
    init() throws {
        guard onPath("moto_server") else { throw StartError(description: "moto_server is not installed (pip install 'moto[server]')") }
        let port = try Self.freePort()
        url = "http://127.0.0.1:\(port)"
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["moto_server", "-H", "127.0.0.1", "-p", String(port)]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if Self.answers(port: port) { return }
            usleep(100_000)
        }
        stop()
        throw StartError(description: "moto_server did not answer on port \(port) within 30 s")
    }

    /// Kills moto (SIGKILL: children of the test process inherit a blocked SIGTERM).
    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw StartError(description: "socket() failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Int32 in
                guard bind(fd, pointer, length) == 0 else { return -1 }
                return getsockname(fd, pointer, &length)
            }
        }
        guard bound == 0 else { throw StartError(description: "cannot bind a loopback port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static func answers(port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}

/// Real HTTP through `URLSession`, until the libcurl transport is merged.
private final class FoundationTransport: HTTPTransport, @unchecked Sendable {
    private let session = URLSession(configuration: .ephemeral)

    /// Sends `request`; failures become `TransportError.connect`.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        for header in request.headers { urlRequest.addValue(header.value, forHTTPHeaderField: header.name) }
        if !request.body.isEmpty { urlRequest.httpBody = Data(request.body) }
        urlRequest.timeoutInterval = request.timeout ?? 10
        let prepared = urlRequest
        return try await withCheckedThrowingContinuation { continuation in
            session.dataTask(with: prepared) { data, response, error in
                guard let http = response as? HTTPURLResponse else {
                    continuation.resume(throwing: TransportError.connect(detail: error.map { "\($0)" } ?? "no response"))
                    return
                }
                continuation.resume(returning: HTTPResponse(status: http.statusCode, body: Array(data ?? Data())))
            }.resume()
        }
    }
}
