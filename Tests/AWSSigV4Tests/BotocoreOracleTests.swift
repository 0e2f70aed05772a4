import AWSSigV4
import Foundation
import Testing

/// Compares Flightdeck's signatures with botocore's on generated requests.
@Suite struct BotocoreOracleTests {
    /// A deterministic generator (SplitMix64), so a failure can be reproduced from its seed.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    struct Case: Encodable {
        var method: String
        var path: String
        var query: String
        var headers: [[String]]
        var body: String
        var service: String
        var region: String
        var date: String
        var accessKey: String
        var secretKey: String
        var token: String?
    }

    /// Characters that stress path and query encoding: reserved, percent, space, non-ASCII.
    static let pathPieces = [
        "a", "Zz9", "-._~", "!$&'()*+,;=:@", "%41", "%zz", " ", "é", "ሴ", "😀", ".", "..", "", "[x]"
    ]
    static let queryPieces = ["a", "B", "value", "-._~", "x y", "é", "ሴ", "/", "=", "&", "+", "%", "", "Z"]
    static let headerNames = [
        "X-Amz-Meta-One", "x-custom", "My-Header", "Content-Type", "X-Amz-Target", "zeta", "Alpha"
    ]
    static let headerValues = ["value", "  padded  ", "a   b\tc", "\"quoted   text\"", "MiXeD", "1,2", "", "x=y; z"]

    static func generate(count: Int, seed: UInt64) -> [Case] {
        var rng = SplitMix64(state: seed)
        func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &rng)] }
        var cases: [Case] = []
        for index in 0..<count {
            let segments = (0..<Int.random(in: 0...5, using: &rng)).map { _ in
                (0..<Int.random(in: 1...3, using: &rng)).map { _ in pick(pathPieces) }.joined()
            }
            var path = "/" + segments.joined(separator: pick(["/", "//"]))
            if Bool.random(using: &rng) { path += "/" }
            // botocore reads the query from the URL as it is, so give it the canonical encoding of
            // repeated, unsorted keys; our signer decodes and re-encodes, which must agree.
            let query = (0..<Int.random(in: 0...5, using: &rng)).map { _ -> String in
                let key = URIEncoding.encode(pick(queryPieces) + pick(queryPieces))
                if Int.random(in: 0..<6, using: &rng) == 0 { return key.isEmpty ? "k" : key }
                return "\(key.isEmpty ? "k" : key)=\(URIEncoding.encode(pick(queryPieces) + pick(queryPieces)))"
            }.joined(separator: "&")
            var headers = [["Host", "example.amazonaws.com"]]
            for _ in 0..<Int.random(in: 0...4, using: &rng) {
                headers.append([pick(headerNames), pick(headerValues)])
            }
            let bodyLength = Bool.random(using: &rng) ? 0 : Int.random(in: 1...300, using: &rng)
            let body = (0..<bodyLength).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let day = 1 + index % 28
            cases.append(
                Case(
                    method: pick(["GET", "POST", "PUT", "DELETE"]), path: path, query: query, headers: headers,
                    body: Data(body).base64EncodedString(),
                    service: pick([
                        "autoscaling", "monitoring", "elasticloadbalancing", "rds", "ec2", "cloudfront", "ce"
                    ]),
                    region: pick(["us-east-1", "eu-west-1", "ap-southeast-2"]),
                    date: String(format: "202611%02dT%02d%02d%02dZ", day, index % 24, index % 60, (index * 7) % 60),
                    accessKey: "AKIDTEST\(index)", secretKey: "secret/\(index)+KEY=\(rng.next())",
                    token: Bool.random(using: &rng) ? "token-\(rng.next())/+=" : nil))
        }
        return cases
    }

    static func flightdeckAuthorization(_ item: Case) throws -> String {
        let request = SigningRequest(
            method: item.method, path: item.path, query: item.query,
            headers: item.headers.map { HTTPHeader($0[0], $0[1]) },
            body: Array(Data(base64Encoded: item.body) ?? Data()))
        let date = try #require(AMZDate(parsing: item.date)).date
        let credentials = SigningCredentials(
            accessKeyID: item.accessKey, secretAccessKey: item.secretKey,
            sessionToken: item.token)
        return SigV4Signer(service: item.service, region: item.region)
            .sign(request, credentials: credentials, date: date).authorization
    }

    static func botocoreAuthorizations(_ cases: [Case]) throws -> [String] {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/botocore_sign.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(try JSONEncoder().encode(cases))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "botocore signer failed; is botocore installed?")
        return try JSONDecoder().decode([String].self, from: data)
    }

    @Test func twoHundredFiftyGeneratedRequestsSignLikeBotocore() throws {
        let cases = Self.generate(count: 250, seed: 20_261_125)
        let expected = try Self.botocoreAuthorizations(cases)
        try #require(expected.count == cases.count)
        var mismatches = 0
        for (item, theirs) in zip(cases, expected) {
            let ours = try Self.flightdeckAuthorization(item)
            if ours != theirs {
                mismatches += 1
                Issue.record(
                    "\(item.method) \(item.path)?\(item.query) headers=\(item.headers)\n ours:     \(ours)\n botocore: \(theirs)"
                )
            }
        }
        #expect(mismatches == 0)
        #expect(Set(cases.map(\.path)).count > 100, "the generator must vary paths")
    }
}
