import AWSCore
import AWSSigV4
import Foundation
import Testing

/// A recorded reply from `Fixtures/` (see `Fixtures/record.py`), with its status from `index.json`.
struct Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")

    /// The status of every fixture, by relative path.
    static let statuses: [String: Int] = {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent("index.json")),
            let index = try? JSONSerialization.jsonObject(with: data) as? [String: [String: Any]]
        else { return [:] }
        return index.compactMapValues { $0["status"] as? Int }
    }()

    let path: String
    let response: HTTPResponse

    /// Loads `path`, e.g. `AutoScaling/DescribeAutoScalingGroups.xml`.
    init(_ path: String) throws {
        self.path = path
        let data = try Data(contentsOf: Self.directory.appendingPathComponent(path))
        let status = try #require(Self.statuses[path], "\(path) is not in index.json")
        response = HTTPResponse(
            status: status, headers: [HTTPHeader("Content-Type", "text/html; charset=utf-8")],
            body: Array(data))
    }

    /// Decodes a success fixture with `operation`'s decoder.
    static func decode<Operation: AWSOperation>(_ operation: Operation, _ path: String) throws -> Operation.Output {
        let fixture = try Fixture(path)
        #expect((200..<300).contains(fixture.response.status))
        return try operation.decode(AWSReply(response: fixture.response, operation: operation.name))
    }

    /// Parses an error fixture as the client would.
    static func error<Operation: AWSOperation>(_ operation: Operation, _ path: String) throws -> AWSError {
        let fixture = try Fixture(path)
        #expect(fixture.response.status >= 400)
        return AWSErrorParser.parse(
            fixture.response, wireProtocol: operation.service.wireProtocol,
            service: operation.service.serviceID, operation: operation.name)
    }
}

/// The form body of an operation's request, as a dictionary.
func formParameters<Operation: AWSOperation>(_ operation: Operation) throws -> [String: String] {
    let body = String(decoding: try operation.request().body, as: UTF8.self)
    var result: [String: String] = [:]
    for pair in body.split(separator: "&") {
        let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
        result[URIEncoding.decode(parts[0])] = parts.count > 1 ? URIEncoding.decode(parts[1]) : ""
    }
    return result
}
