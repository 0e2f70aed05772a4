import AWSCore
import AWSSigV4
import Foundation
import Testing

@Suite struct JSONProtocolTests {
    struct Output: Decodable, Equatable {
        var Name: String
        var Count: Int?
        var When: Date?
    }

    @Test func decodesWhateverTheContentType() throws {
        let response = HTTPResponse(
            status: 200, headers: [HTTPHeader("Content-Type", "text/html; charset=utf-8")],
            body: Array(#"{"Name":"x","Count":2,"When":1700000000.5}"#.utf8))
        let output = try AWSReply(response: response, operation: "Op").json(Output.self)
        #expect(output == Output(Name: "x", Count: 2, When: Date(timeIntervalSince1970: 1_700_000_000.5)))
    }

    @Test func anEmptyBodyIsAnEmptyObject() throws {
        struct Empty: Decodable { var Items: [String]? }
        #expect(try JSONProtocol.decode(Empty.self, from: []).Items == nil)
    }

    @Test func malformedJSONIsTyped() throws {
        let error = try #require(throws: AWSDecodingError.self) {
            try JSONProtocol.decode(Output.self, from: Array("<html>".utf8))
        }
        #expect(error.kind == .malformedJSON)
    }

    @Test func aWrongTypeNamesTheKeyPath() throws {
        struct Outer: Decodable { var Items: [Output] }
        let error = try #require(throws: AWSDecodingError.self) {
            try JSONProtocol.decode(Outer.self, from: Array(#"{"Items":[{"Name":"a"},{"Name":3}]}"#.utf8))
        }
        #expect(error.kind == .invalidValue)
        #expect(error.path == "Items.[1].Name")
    }

    @Test func aMissingKeyIsTyped() throws {
        let error = try #require(throws: AWSDecodingError.self) {
            try JSONProtocol.decode(Output.self, from: Array(#"{"Count":1}"#.utf8))
        }
        #expect(error.kind == .missingField)
        #expect(error.detail.contains("Name"))
    }
}
