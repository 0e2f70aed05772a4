// swift-tools-version: 6.0
import PackageDescription

/// Flightdeck: a terminal dashboard for launch day on AWS.
///
/// Two stacks meet at Collectors: the AWS stack (CCurl → AWSSigV4 → AWSCore → CurlTransport,
/// AWSServices) and the dashboard stack (DashboardModel → DashboardRender → TerminalUI); DashboardApp
/// runs the loop, FlightdeckCLI wires the commands. The simulator (SimulatorModel → SimulatorServer)
/// stands beside them. The README's "How the code is laid out" has the table. Targets are declared
/// in dependency order: each after everything it depends on.
let package = Package(
    name: "Flightdeck",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "flightdeck", targets: ["flightdeck"]),
        // The parser modules, as products so that Fuzz/Package.swift (`make fuzz`) can depend on this
        // package by path. Add the YAML config module here when it lands.
        .library(name: "AWSSigV4", targets: ["AWSSigV4"]),
        .library(name: "AWSCore", targets: ["AWSCore"]),
        .library(name: "AWSServices", targets: ["AWSServices"]),
        .library(name: "DashboardRender", targets: ["DashboardRender"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0")
    ],
    targets: [
        // System libraries, with thin shims for what Swift cannot call. No logic here.
        .systemLibrary(
            name: "CCurl", pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(
            name: "CNcurses", pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]),

        // The process's side effects on the platform: the clock, the environment, stderr, temporary files.
        .target(name: "FlightdeckPlatform"),

        // hypot/hypotf at their first glibc version, for release builds' --wrap (scripts/release-flags).
        .target(name: "CGlibcCompat", linkerSettings: [.linkedLibrary("m")]),

        // Pure SigV4 signing: no I/O, the date is a parameter.
        .target(
            name: "AWSSigV4",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto")
            ]),

        // Credentials, regions, endpoints, protocols, errors, retries, and the transport protocol.
        .target(
            name: "AWSCore",
            dependencies: [
                "AWSSigV4", "FlightdeckPlatform",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto")
            ],
            exclude: [
                "Endpoints/Botocore/LICENSE.txt", "Endpoints/Botocore/NOTICE", "Endpoints/Botocore/README.md",
                "Endpoints/Botocore/generate.py"
            ]),

        // The libcurl multi-interface transport: the only module that imports CCurl.
        .target(name: "CurlTransport", dependencies: ["CCurl", "AWSSigV4", "AWSCore", "FlightdeckPlatform"]),

        // Requests and decoded replies of the services Flightdeck calls, one folder per service.
        .target(name: "AWSServices", dependencies: ["AWSCore", "AWSSigV4"]),

        // The dashboard's pure state: domain values, polling schedule, failover, alerts, history.
        .target(name: "DashboardModel"),

        // Yams nodes read into located values, and YAML errors as file:line:column messages.
        .target(name: "YAMLReading", dependencies: [.product(name: "Yams", package: "Yams")]),

        // Pollers that map AWS replies into the model, and the effect runner for scaling changes.
        .target(name: "Collectors", dependencies: ["AWSCore", "AWSServices", "DashboardModel", "FlightdeckPlatform"]),

        // Drawing the model into a cell buffer: widgets, panels, layout, themes. No terminal here.
        .target(
            name: "DashboardRender",
            dependencies: [
                "DashboardModel", "YAMLReading", "FlightdeckPlatform", .product(name: "Yams", package: "Yams")
            ]),

        // The config file: named stacks of profile, regions, selection, theme, intervals, thresholds.
        .target(
            name: "FlightdeckConfig",
            dependencies: [
                "DashboardModel", "YAMLReading", .product(name: "Yams", package: "Yams")
            ]),

        // The ncurses back end: the only importer of CNcurses. Paints cell buffers, reads keys, restores.
        .target(name: "TerminalUI", dependencies: ["CNcurses", "DashboardRender", "FlightdeckPlatform"]),

        // The dashboard's loop: input, polls and time in, state updated, screen painted.
        .target(
            name: "DashboardApp",
            dependencies: ["Collectors", "DashboardModel", "DashboardRender", "FlightdeckPlatform"]),

        // The launch-day simulator: a pure model on a simulated clock, and its AWS-speaking HTTP front end.
        .target(name: "SimulatorModel"),
        .target(
            name: "SimulatorServer",
            dependencies: [
                "SimulatorModel", "AWSSigV4", "FlightdeckPlatform",
                .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox")
            ]),

        // Command implementations, kept out of the executable so tests can drive them.
        .target(
            name: "FlightdeckCLI",
            dependencies: [
                "AWSSigV4", "AWSCore", "AWSServices", "CurlTransport", "Collectors", "DashboardModel",
                "DashboardRender",
                "DashboardApp", "TerminalUI", "SimulatorServer", "FlightdeckConfig", "FlightdeckPlatform",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log")
            ]),

        // Test helpers shared by test targets: paths, child processes, scripted transport, fake clock, moto.
        .target(name: "TestSupport", dependencies: ["AWSCore", "AWSSigV4", "SimulatorServer", "FlightdeckPlatform"]),

        // The executable: argument parsing and wiring only.
        .executableTarget(
            name: "flightdeck",
            dependencies: [
                "FlightdeckCLI", "CGlibcCompat", .product(name: "ArgumentParser", package: "swift-argument-parser")
            ]),

        // Benchmarks (`make bench`): each figure with its ratio against a baseline of the same run.
        .executableTarget(
            name: "flightdeck-bench",
            dependencies: [
                "DashboardModel", "DashboardRender", "DashboardApp", "Collectors",
                "AWSSigV4", "AWSCore", "CurlTransport", "TestSupport", "CGlibcCompat"
            ],
            path: "Benchmarks/FlightdeckBench"),

        .testTarget(name: "AWSSigV4Tests", dependencies: ["AWSSigV4"], exclude: ["Fixtures"]),
        .testTarget(
            name: "AWSCoreTests",
            dependencies: [
                "AWSCore", "AWSSigV4", "TestSupport", "CurlTransport",
                .product(name: "Logging", package: "swift-log"), .product(name: "Crypto", package: "swift-crypto")
            ],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "AWSServicesTests",
            dependencies: [
                "AWSServices", "AWSCore", "AWSSigV4", "TestSupport",
                "CurlTransport"
            ],
            exclude: ["Fixtures"]),
        .testTarget(name: "FlightdeckCLITests", dependencies: ["TestSupport", "CGlibcCompat"]),
        .testTarget(name: "DashboardModelTests", dependencies: ["DashboardModel", "DashboardRender"]),
        .testTarget(
            name: "DashboardRenderTests", dependencies: ["DashboardRender", "DashboardModel"], exclude: ["Snapshots"]),
        .testTarget(
            name: "CollectorsTests",
            dependencies: [
                "Collectors", "DashboardApp", "DashboardModel", "DashboardRender", "AWSCore", "AWSServices", "AWSSigV4",
                "TestSupport", "SimulatorServer", "SimulatorModel", "CurlTransport"
            ]),
        .testTarget(
            name: "DashboardAppTests",
            dependencies: [
                "DashboardApp", "Collectors", "DashboardModel", "DashboardRender",
                "AWSCore", "TestSupport", "SimulatorServer"
            ]),
        .testTarget(
            name: "SimulatorTests", dependencies: ["SimulatorModel", "SimulatorServer", "AWSSigV4"],
            exclude: ["Scripts"]),
        // Every call against moto_server with signature checking on; fails (not skips) under CI=true without moto.
        .testTarget(
            name: "AWSIntegrationTests",
            dependencies: [
                "AWSServices", "AWSCore", "Collectors", "DashboardModel", "AWSSigV4", "TestSupport", "CurlTransport"
            ]),
        .testTarget(name: "FlightdeckConfigTests", dependencies: ["FlightdeckConfig", "DashboardModel"]),
        .testTarget(name: "ThemeTests", dependencies: ["DashboardRender", "TestSupport"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "DashboardRender", "TestSupport"]),
        // Draws a known screen through TerminalUI for the tmux tests; not shipped.
        .executableTarget(
            name: "terminal-probe", dependencies: ["TerminalUI", "DashboardRender"],
            path: "Tests/TerminalProbe"),
        .testTarget(
            name: "CurlTransportTests", dependencies: ["CurlTransport", "AWSSigV4", "AWSCore"],
            exclude: ["Fixtures"])
    ]
)
