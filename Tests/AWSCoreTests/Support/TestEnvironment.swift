import AWSCore
import Foundation

/// Builds `AWSEnvironment`s rooted in a temporary home directory.
struct TestEnvironment {
    /// The fake home directory (files go under `.aws/`).
    let home: TemporaryDirectory
    /// The clock the environment reads.
    let clock: TestClock

    /// Creates a fresh home and clock.
    init(clock: TestClock = TestClock()) throws {
        home = try TemporaryDirectory()
        self.clock = clock
    }

    /// An environment with `variables` (PATH added), real files and processes, and `transport`.
    func make(_ variables: [String: String] = [:], transport: any HTTPTransport = HandlerTransport.unreachable())
        -> AWSEnvironment
    {
        var all = variables
        if all["PATH"] == nil { all["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin" }
        all["AWS_EC2_METADATA_DISABLED"] = all["AWS_EC2_METADATA_DISABLED"] ?? "true"
        return AWSEnvironment(variables: all, homeDirectory: home.path, transport: transport, now: clock.closure)
    }

    /// Writes `~/.aws/config`.
    func config(_ text: String) throws {
        try home.write(".aws/config", text)
    }

    /// Writes `~/.aws/credentials`.
    func credentials(_ text: String) throws {
        try home.write(".aws/credentials", text)
    }
}
