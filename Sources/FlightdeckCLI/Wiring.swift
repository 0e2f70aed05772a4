import AWSCore
import AWSServices
import Collectors
import CurlTransport
import FlightdeckPlatform
import Foundation

/// Everything a command needs to talk to AWS: the transport, credentials, regions and clients.
struct Wiring: Sendable {
    /// The one libcurl transport every client shares (connections, DNS and TLS sessions reused).
    let transport: CurlTransport
    /// The credentials every client signs with.
    let credentials: any CredentialProvider
    /// The regions watched, in order.
    let regions: [String]
    /// One client per region, and the us-east-1 client for the global services.
    let clients: CollectorClients
    /// The profile named, if any.
    let profile: String?
    /// A client of one region, signing with `credentials` through `transport`.
    let makeClient: @Sendable (String) -> AWSClient

    /// Builds the wiring from the options and the process environment.
    static func make(
        _ options: AWSOptions, environment: [String: String] = Platform.environment,
        credentials override: (any CredentialProvider)? = nil, recorder: CallRecorder? = nil
    ) async throws -> Wiring {
        let transport = CurlTransport(
            configuration: CurlTransport.Configuration(
                connectTimeout: options.connectTimeout, totalTimeout: options.timeout,
                version: FlightdeckVersion.number,
                environment: environment))
        let profile = options.profile ?? environment["AWS_PROFILE"].flatMap { $0.isEmpty ? nil : $0 }
        let logger = try options.makeLogger()
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let files = AWSEnvironment(variables: environment, homeDirectory: home, transport: transport)
        if override == nil {
            for warning in SharedConfig.permissionWarnings(environment: files) {
                Platform.writeToStandardError("flightdeck: \(warning)\n")
            }
        }
        // FIPS and dual-stack as botocore reads them: the environment's variables, else the profile's keys.
        // The demo (credentials given) reads no shared file: a broken ~/.aws/config must not stop it.
        let settings =
            override == nil
            ? try EndpointSettings.load(environment: files, profileOption: options.profile)
            : EndpointSettings.fromEnvironment(environment)
        let credentials = override ?? CommandContext.credentialProvider(profile: options.profile, transport: transport)
        // Resolve once before anything polls: with no credentials at all, say what was tried once,
        // rather than once per data source.
        _ = try await credentials.credentials()
        var regions = options.regions
        if regions.isEmpty {
            regions = [try await CommandContext.region(nil, profile: options.profile, transport: transport)]
        }
        let endpointURL = options.endpointURL
        let client: @Sendable (String) -> AWSClient = { region in
            AWSClient(
                endpoints: EndpointResolver(
                    region: region, endpointURL: endpointURL, environment: environment, settings: settings),
                credentials: credentials, transport: transport, retryPolicy: RetryPolicy(environment: environment),
                logger: logger, recorder: recorder)
        }
        return Wiring(
            transport: transport, credentials: credentials, regions: regions,
            clients: clients(of: regions, client: client), profile: profile, makeClient: client)
    }

    /// One client per region of `regions`, and the client for the global services in the first
    /// region's partition (us-east-1 in the commercial one, cn-northwest-1 in China, us-gov-west-1 in GovCloud).
    private static func clients(of regions: [String], client: (String) -> AWSClient) -> CollectorClients {
        let regional = regions.map { (region: $0, client: client($0)) }
        let globalRegion = regions.first.map(EndpointResolver.globalRegion(of:)) ?? "us-east-1"
        let global = regional.first { $0.region == globalRegion }?.client ?? client(globalRegion)
        return CollectorClients(regional: regional, global: global)
    }

    /// The clients of other regions, as `:region` asks, sharing this wiring's transport and credentials.
    func clients(of regions: [String]) -> CollectorClients {
        Self.clients(of: regions, client: makeClient)
    }

    /// The caller's identity, or nil when STS cannot be reached (the dashboard still runs).
    func identity() async -> STS.CallerIdentity? {
        try? await clients.regional.first?.client.send(STS.GetCallerIdentity())
    }

    /// The account's alias, if it has one and IAM lets us read it.
    func accountAlias() async -> String? {
        (try? await clients.global.send(IAM.ListAccountAliases()))?.aliases.first
    }
}
