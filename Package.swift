// swift-tools-version: 6.0
import PackageDescription

/// Flightdeck: a terminal dashboard for launch day on AWS.
///
/// Dependencies point one way: C shims → signer → AWS core → transport/services → model →
/// rendering → terminal → executable. See DECISIONS.md for why.
let package = Package(
    name: "Flightdeck",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "flightdeck", targets: ["flightdeck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // System libraries, with thin shims for what Swift cannot call. No logic here.
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl",
                       providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CNcurses", pkgConfig: "ncursesw",
                       providers: [.apt(["libncurses-dev"])]),

        // Pure SigV4 signing: no I/O, the date is a parameter.
        .target(name: "AWSSigV4", dependencies: [
            .product(name: "Crypto", package: "swift-crypto"),
        ]),

        // Credentials, regions, endpoints, protocols, errors, retries, and the transport protocol.
        .target(name: "AWSCore", dependencies: [
            "AWSSigV4",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),

        // The libcurl multi-interface transport: the only module that imports CCurl.
        .target(name: "CurlTransport", dependencies: ["CCurl", "AWSSigV4", "AWSCore"]),

        // Command implementations, kept out of the executable so tests can drive them.
        .target(name: "FlightdeckCLI", dependencies: [
            "AWSSigV4", "AWSCore", "AWSServices", "CurlTransport",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "flightdeck", dependencies: [
            "FlightdeckCLI", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "AWSSigV4Tests", dependencies: ["AWSSigV4"]),

        // Requests and decoded replies of the services Flightdeck calls, one folder per service.
        .target(name: "AWSServices", dependencies: ["AWSCore", "AWSSigV4"]),
        // Test helpers shared by test targets: scripted transport, fake clock, moto_server runner.
        .target(name: "TestSupport", dependencies: ["AWSCore", "AWSSigV4"]),
        .testTarget(name: "AWSCoreTests", dependencies: ["AWSCore", "AWSSigV4", "TestSupport", "CurlTransport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "AWSServicesTests", dependencies: ["AWSServices", "AWSCore", "AWSSigV4", "TestSupport",
                                                            "CurlTransport"],
                    exclude: ["Fixtures"]),
        // Every call against moto_server with signature checking on; fails (not skips) under CI=true without moto.
        .testTarget(name: "AWSIntegrationTests", dependencies: ["AWSServices", "AWSCore", "AWSSigV4", "TestSupport"]),
        .testTarget(name: "CurlTransportTests", dependencies: ["CurlTransport", "AWSSigV4", "AWSCore"],
                    exclude: ["Fixtures"]),
    ]
)
