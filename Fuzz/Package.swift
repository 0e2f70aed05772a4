// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer targets for the parsers that read what Flightdeck did not write. Not part of the
/// normal build or CI: `scripts/fuzz` (or `make fuzz`) builds them with
/// `-sanitize=fuzzer,address` and runs each one. See the "Fuzzing" entry in DECISIONS.md.
///
/// Each target is one `LLVMFuzzerTestOneInput` that feeds the input to the real parser and its
/// decoders: errors are fine, a trap is a finding, and so is a rejection without a message.
let package = Package(
    name: "FlightdeckFuzz",
    dependencies: [
        .package(name: "Flightdeck", path: "..")
    ],
    targets: [
        // What every entry point shares: the input as bytes, and "a rejection carries a message".
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer"]),
        // The declaration of libFuzzer's `LLVMFuzzerRunDriver`, which has no header of its own.
        .target(name: "CLibFuzzer"),
        // XML replies: every query/EC2/rest-xml decoder in AWSServices, and the XML error parser.
        .executableTarget(
            name: "XMLReplyFuzzer",
            dependencies: [
                "FuzzSupport",
                .product(name: "AWSCore", package: "Flightdeck"),
                .product(name: "AWSServices", package: "Flightdeck"),
                .product(name: "AWSSigV4", package: "Flightdeck")
            ]),
        // JSON replies (Cost Explorer, Pricing and its price-list entries, JSON errors) and the
        // credential documents of credential_process, the container endpoint and IMDS.
        .executableTarget(
            name: "JSONReplyFuzzer",
            dependencies: [
                "FuzzSupport",
                .product(name: "AWSCore", package: "Flightdeck"),
                .product(name: "AWSServices", package: "Flightdeck")
            ]),
        // The shared config and credentials files: INIFile and SharedConfig's profile merge.
        .executableTarget(
            name: "INIFuzzer",
            dependencies: [
                "FuzzSupport",
                .product(name: "AWSCore", package: "Flightdeck")
            ]),
        // Theme files: Yams, ThemeDocument's structure checks and resolution over the default theme.
        .executableTarget(
            name: "ThemeYAMLFuzzer",
            dependencies: [
                "FuzzSupport",
                .product(name: "DashboardRender", package: "Flightdeck")
            ]),
        // The YAML config file: add `ConfigYAMLFuzzer` here when its parser lands, depending on
        // the product that holds it (add that product to ../Package.swift), with a corpus in
        // Corpus/ConfigYAMLFuzzer and `yaml.dict`; scripts/fuzz runs every target listed in it.
        //
        // The raw request `flightdeck sign` reads, then signed: canonical request included.
        .executableTarget(
            name: "RawRequestFuzzer",
            dependencies: [
                "FuzzSupport",
                .product(name: "AWSSigV4", package: "Flightdeck")
            ])
    ]
)
