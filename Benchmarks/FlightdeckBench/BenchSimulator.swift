import TestSupport

/// A `flightdeck simulate` process for a benchmark section, with the endpoint and keys it printed.
struct BenchSimulator {
    /// The process (stop it when the section ends).
    let process: SimulatorProcess
    /// Its loopback endpoint.
    let endpoint: String
    /// Its region.
    let region: String
    /// `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` for it.
    let keys: [String: String]

    /// Starts the simulator with `arguments`; nil, after a `SECTION: NOT RUN` line saying why, when it
    /// could not be started or printed no endpoint or keys.
    static func start(_ arguments: [String], section: String) -> BenchSimulator? {
        let process: SimulatorProcess
        do {
            process = try SimulatorProcess(arguments: arguments)
        } catch {
            print("\(section): NOT RUN: \(error) (make bench builds the flightdeck binary beside the benchmark)")
            return nil
        }
        let environment = process.environment
        guard let endpoint = environment["AWS_ENDPOINT_URL"], let key = environment["AWS_ACCESS_KEY_ID"],
            let secret = environment["AWS_SECRET_ACCESS_KEY"]
        else {
            process.stop()
            print("\(section): NOT RUN: the simulator printed no endpoint or keys")
            return nil
        }
        return BenchSimulator(
            process: process, endpoint: endpoint, region: environment["AWS_REGION"] ?? "us-east-1",
            keys: ["AWS_ACCESS_KEY_ID": key, "AWS_SECRET_ACCESS_KEY": secret])
    }
}
