import ArgumentParser
import Logging

/// Where and as whom to call AWS: shared by every command that talks to it.
struct AWSOptions: ParsableArguments {
    /// The profile of the shared config and credentials files.
    @Option(help: "The profile to use (default: AWS_PROFILE, then the default chain).")
    var profile: String?

    /// Regions to watch; repeatable.
    @Option(
        name: .customLong("region"),
        help: "A region to watch; repeat for several (default: AWS_REGION, the profile, instance metadata).")
    var regions: [String] = []

    /// An endpoint for every service (testing, proxies, the simulator).
    @Option(help: "Send every request to this endpoint (as AWS_ENDPOINT_URL does).")
    var endpointURL: String?

    /// Seconds to wait for a connection.
    @Option(help: "Seconds to wait for a connection.")
    var connectTimeout: Double = 3

    /// Seconds a whole request may take.
    @Option(help: "Seconds a whole request may take.")
    var timeout: Double = 10

    /// A file to append the debug log to.
    @Option(help: "Append a log of every AWS request to this file (secrets redacted).")
    var logFile: String?

    /// The least severe level logged.
    @Option(
        help:
            "Log level: trace (request headers too), debug (each request), info, warning or error (default: debug with --log-file; without it, logs go to stderr)."
    )
    var logLevel: String?

    /// The levels `--log-level` accepts.
    static let logLevels = ["trace", "debug", "info", "warning", "error"]

    /// Rejects timeouts that are not positive and unknown log levels.
    func validate() throws {
        guard connectTimeout > 0, timeout > 0 else {
            throw ValidationError("--connect-timeout and --timeout must be above 0")
        }
        if let logLevel, !Self.logLevels.contains(logLevel) {
            throw ValidationError(
                "--log-level must be one of \(Self.logLevels.joined(separator: ", ")), got '\(logLevel)'")
        }
    }
}

/// Which resources to watch.
struct SelectionOptions: ParsableArguments {
    /// Auto Scaling group names.
    @Option(name: .customLong("asg"), help: "An Auto Scaling group to watch; repeatable.")
    var groups: [String] = []

    /// Load balancer names or ARNs.
    @Option(name: .customLong("load-balancer"), help: "A load balancer (name or ARN) to watch; repeatable.")
    var loadBalancers: [String] = []

    /// CloudFront distribution ids.
    @Option(name: .customLong("distribution"), help: "A CloudFront distribution id to watch; repeatable.")
    var distributions: [String] = []

    /// RDS instance or cluster ids.
    @Option(name: .customLong("db"), help: "An RDS instance or cluster to watch; repeatable.")
    var databases: [String] = []

    /// Tags, KEY=VALUE.
    @Option(name: .customLong("tag"), help: "Watch the Auto Scaling groups carrying this tag (KEY=VALUE); repeatable.")
    var tags: [String] = []

    /// The discovery cap; nil when not given (the stack's, else 200).
    @Option(help: "When nothing is named, watch at most this many resources of each kind (default: 200).")
    var maxResources: Int?

    /// Rejects a malformed tag or cap.
    func validate() throws {
        for tag in tags where !tag.contains("=") || tag.hasPrefix("=") {
            throw ValidationError("--tag must look like KEY=VALUE, got '\(tag)'")
        }
        guard (maxResources ?? 1) > 0 else { throw ValidationError("--max-resources must be above 0") }
    }

    /// The tags as a dictionary.
    var tagPairs: [String: String] {
        Dictionary(
            tags.map { tag in
                let parts = tag.split(separator: "=", maxSplits: 1).map(String.init)
                return (parts[0], parts.count > 1 ? parts[1] : "")
            }, uniquingKeysWith: { _, last in last })
    }
}
