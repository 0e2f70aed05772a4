// `make release` (scripts/write-build-info) rewrites this file with the commit it builds, then puts
// this default back. Builds without git (a source tarball, `swift build`) keep "unknown".

/// Facts about the build that only the build knows.
enum BuildInfo {
    /// The short git commit the binary was built from, or "unknown".
    static let commit = "unknown"
}
