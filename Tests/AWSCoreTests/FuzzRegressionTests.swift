import AWSCore
import Foundation
import Testing

/// Inputs the fuzzers in Fuzz/ found crashing (`scripts/fuzz`), each kept as a test once fixed.
///
/// A fuzzer's artefact is kept verbatim in `Fixtures/Fuzz/<Fuzzer>-crash-<hash>`; for the reply
/// fuzzers its first byte only chose the decoder, so the body is the rest.
@Suite struct FuzzRegressionTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Fuzz")

    /// The artefact's body: its bytes without the decoder-choosing first byte.
    static func replyBody(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixtures.appendingPathComponent(name)).dropFirst())
    }

    /// XMLReplyFuzzer: an element name with a byte that is not UTF-8 (`<MonitoringSubscrip\u{D2}ion`)
    /// trapped in FoundationXML, which force-unwraps names as UTF-8 while libxml2 recovers past them.
    @Test func xmlWithInvalidUTF8InANameIsAnError() throws {
        let body = try Self.replyBody("XMLReplyFuzzer-crash-c676560e")
        let error = try #require(throws: AWSDecodingError.self) { try XMLTreeParser.parse(body) }
        #expect(error.kind == .malformedXML)
        #expect(error.detail == "byte 58 is not valid UTF-8")
        let reply = AWSErrorParser.parse(
            HTTPResponse(status: 503, body: body), wireProtocol: .restXML(version: "2020-05-31"),
            service: "CloudFront", operation: "GetMonitoringSubscription")
        #expect(reply.code == "HTTP 503")
        #expect(reply.message.hasPrefix("reply is not an AWS error document: <?xml"))
    }

    /// The same trap in every place FoundationXML unwrapped: element and attribute names, comments,
    /// processing instructions, text. One rule now covers them all: AWS replies are UTF-8.
    @Test(arguments: [
        [UInt8]("<a".utf8) + [0xD2] + Array("i/>".utf8),
        [UInt8]("<a b".utf8) + [0xD2] + Array("=\"1\"/>".utf8),
        [UInt8]("<a><!--".utf8) + [0xD2] + Array("--></a>".utf8),
        [UInt8]("<?p".utf8) + [0xD2] + Array(" x?><a/>".utf8),
        [UInt8]("<a>".utf8) + [0xFF] + Array("</a>".utf8)
    ])
    func invalidUTF8AnywhereIsAnError(_ body: [UInt8]) throws {
        let error = try #require(throws: AWSDecodingError.self) { try XMLTreeParser.parse(body) }
        #expect(error.detail.hasSuffix("is not valid UTF-8"))
    }

    /// XMLReplyFuzzer: a processing instruction without data (`<?xm?>`) made FoundationXML call
    /// `strlen` on the null pointer libxml2 passes for it (SIGSEGV). The parser of our own that
    /// replaced FoundationXML skips processing instructions; this reply is still malformed elsewhere.
    @Test func xmlProcessingInstructionWithoutDataIsAnErrorNotATrap() throws {
        let body = try Self.replyBody("XMLReplyFuzzer-crash-6f8940d5")
        let error = try #require(throws: AWSDecodingError.self) { try XMLTreeParser.parse(body) }
        #expect(error.kind == .malformedXML)
    }

    /// Processing instructions, which AWS replies never hold, are skipped; DTDs and markup
    /// declarations are refused (no entity can expand).
    @Test(arguments: ["<a><?pi?></a>", "\n<?xml version=\"1.0\"?><a/>", "<?xml version=\"1.0\"?><?pi data?><a/>"])
    func processingInstructionsAreSkipped(_ text: String) throws {
        #expect(try XMLTreeParser.parse(Array(text.utf8)).name == "a")
    }

    @Test(arguments: [
        ("<!DOCTYPE a [<!ATTLIST a b CDATA #IMPLIED>]><a/>", "document type declarations are not accepted"),
        ("<a><!NOTATION n SYSTEM 'x'></a>", "markup declarations are not accepted")
    ])
    func declarationsAreRefused(_ text: String, _ reason: String) throws {
        let error = try #require(throws: AWSDecodingError.self) { try XMLTreeParser.parse(Array(text.utf8)) }
        #expect(error.detail.contains(reason), "\(error.detail)")
    }

    /// The XML declaration, and `<?` or `<!` inside comments and CDATA, are still read.
    @Test func declarationCommentsAndCDATAStillParse() throws {
        let text =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a><!-- <?x?> <!y --><b><![CDATA[<?z?><!DOCTYPE]]></b></a>"
        let root = try XMLTreeParser.parse(Array(text.utf8))
        #expect(root.string("b") == "<?z?><!DOCTYPE")
    }

    /// Valid multi-byte UTF-8 (and a byte-order mark) still parses.
    @Test func validUTF8StillParses() throws {
        let root = try XMLTreeParser.parse([0xEF, 0xBB, 0xBF] + Array("<Zoné a=\"ü\"><!-- ☃ --><B>日本</B></Zoné>".utf8))
        #expect(root.name == "Zoné")
        #expect(root.string("B") == "日本")
    }
}
