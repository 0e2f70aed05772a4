import AWSSigV4
import Foundation

/// One case of AWS's SigV4 test suite: the raw request and the published expectations.
struct SuiteCase: CustomStringConvertible, Sendable {
    let name: String
    let request: String
    let canonicalRequest: String
    let stringToSign: String
    let authorization: String

    var description: String { name }

    /// The suite's fixed parameters (SOURCE.txt in the suite folder).
    static let credentials = SigningCredentials(
        accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    static let signer = SigV4Signer(service: "service", region: "us-east-1")
    static let date = AMZDate(parsing: "20150830T123600Z")?.date ?? Date(timeIntervalSince1970: 0)

    /// The suite as vendored in the repository, `Tests/Fixtures/sigv4-test-suite`.
    static let suiteRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/sigv4-test-suite")

    /// Every case folder holding a `.req`, sorted by name.
    static func all() -> [SuiteCase] {
        guard let walker = FileManager.default.enumerator(at: suiteRoot, includingPropertiesForKeys: nil) else {
            return []
        }
        var cases: [SuiteCase] = []
        for case let url as URL in walker where url.pathExtension == "req" {
            let base = url.deletingPathExtension()
            func read(_ ext: String) -> String {
                (try? String(contentsOf: base.appendingPathExtension(ext), encoding: .utf8)) ?? ""
            }
            cases.append(
                SuiteCase(
                    name: base.lastPathComponent, request: read("req"), canonicalRequest: read("creq"),
                    stringToSign: read("sts"), authorization: read("authz")))
        }
        return cases.sorted { $0.name < $1.name }
    }

    /// The suite's faulty cases, as its `KNOWN-DEFECTS.txt` lists them (`case: why` lines).
    static func knownDefects() -> Set<String> {
        let text =
            (try? String(contentsOf: suiteRoot.appendingPathComponent("KNOWN-DEFECTS.txt"), encoding: .utf8)) ?? ""
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") && $0.contains(":") }
        return Set(lines.map { String($0.prefix { $0 != ":" }) })
    }

    /// The named case; nil when the suite folder does not hold it.
    static func named(_ name: String) -> SuiteCase? { all().first { $0.name == name } }

    /// Signs this case's raw request with the suite's parameters.
    func sign(editing edit: (inout SigningRequest) -> Void = { _ in }) throws -> SigV4Signer.Signature {
        var parsed = try RawRequestParser.parse(Array(request.utf8))
        edit(&parsed)
        return Self.signer.sign(parsed, credentials: Self.credentials, date: Self.date)
    }
}
