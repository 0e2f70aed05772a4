import AWSCore
import Foundation
import SimulatorServer

extension AWSClient {
    /// A client of a simulator behind `transport` (usually a `SimulatorTransport`), signing for `region`
    /// with the demo account's keys, as the demo wires its own.
    public static func simulated(
        region: String = DemoAccount.region, transport: any HTTPTransport,
        retryPolicy: RetryPolicy = RetryPolicy(),
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) -> AWSClient {
        AWSClient(
            endpoints: EndpointResolver(region: region, endpointURL: "http://127.0.0.1:4566", environment: [:]),
            credentials: FixedCredentialProvider(
                accessKeyID: DemoAccount.accessKeyID, secretAccessKey: DemoAccount.secretAccessKey),
            transport: transport, retryPolicy: retryPolicy, sleep: sleep)
    }
}
