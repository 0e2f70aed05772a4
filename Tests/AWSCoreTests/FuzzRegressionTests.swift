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
        let reply = AWSErrorParser.parse(HTTPResponse(status: 503, body: body), wireProtocol: .restXML(version: "2020-05-31"),
                                         service: "CloudFront", operation: "GetMonitoringSubscription")
        #expect(reply.code == "HTTP 503")
        #expect(reply.message.hasPrefix("reply is not an AWS error document: <?xml"))
    }

    /// The same trap in every place FoundationXML unwraps: element and attribute names, comments,
    /// processing instructions; and in text, which Foundation repaired, for one rule: AWS replies are UTF-8.
    @Test(arguments: [
        [UInt8]("<a".utf8) + [0xD2] + Array("i/>".utf8),
        [UInt8]("<a b".utf8) + [0xD2] + Array("=\"1\"/>".utf8),
        [UInt8]("<a><!--".utf8) + [0xD2] + Array("--></a>".utf8),
        [UInt8]("<?p".utf8) + [0xD2] + Array(" x?><a/>".utf8),
        [UInt8]("<a>".utf8) + [0xFF] + Array("</a>".utf8),
    ])
    func invalidUTF8AnywhereIsAnError(_ body: [UInt8]) throws {
        let error = try #require(throws: AWSDecodingError.self) { try XMLTreeParser.parse(body) }
        #expect(error.detail.hasSuffix("is not valid UTF-8"))
    }

    /// XMLReplyFuzzer: a processing instruction without data (`<?xm?>`) made FoundationXML call
    /// `strlen` on the null pointer libxml2 passes for it (SIGSEGV).
    @Test func xmlProcessingInstructionWithoutDataIsAnError() throws {
        let body = try Self.replyBody("XMLReplyFuzzer-crash-6f8940d5")
        let error = try #require(throws: AWSDecodingError.self) { try XMLTreeParser.parse(body) }
        #expect(error.kind == .malformedXML)
        #expect(error.detail == "byte 0: a processing instruction ('<?') is not accepted")
    }

    /// FoundationXML's other null and UTF-8 unwraps sit behind processing instructions and DTD
    /// declarations, which AWS replies never hold: both are refused before parsing.
    @Test(arguments: [
        ("<a><?pi?></a>", "byte 3: a processing instruction ('<?') is not accepted"),
        ("\n<?xml version=\"1.0\"?><a/>", "byte 1: a processing instruction ('<?') is not accepted"),
        ("<?xml version=\"1.0\"?><?pi data?><a/>", "byte 21: a processing instruction ('<?') is not accepted"),
        ("<!DOCTYPE a [<!ATTLIST a b CDATA #IMPLIED>]><a/>", "byte 0: a DTD or declaration ('<!') is not accepted"),
        ("<a><!NOTATION n SYSTEM 'x'></a>", "byte 3: a DTD or declaration ('<!') is not accepted"),
    ])
    func processingInstructionsAndDTDsAreRefused(_ text: String, _ detail: String) throws {
        let error = try #require(throws: AWSDecodingError.self) { try XMLTreeParser.parse(Array(text.utf8)) }
        #expect(error.detail == detail)
    }

    /// The XML declaration, and `<?` or `<!` inside comments and CDATA, are still read.
    @Test func declarationCommentsAndCDATAStillParse() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a><!-- <?x?> <!y --><b><![CDATA[<?z?><!DOCTYPE]]></b></a>"
        let root = try XMLTreeParser.parse(Array(text.utf8))
        #expect(root.string("b") == "<?z?><!DOCTYPE")
    }

    /// A body that cannot be XML (JSON, plain text) is refused before FoundationXML, which leaks
    /// each parse error's strings: the JSON fuzzer's RSS grew through the error parser's XML fallback.
    @Test(arguments: ["{\"__type\": \"Throttling\"}", "upstream connect error", "\u{FEFF}x<a/>"])
    func aBodyThatIsNotXMLIsRefusedUpFront(_ text: String) throws {
        let error = try #require(throws: AWSDecodingError.self) { try XMLTreeParser.parse(Array(text.utf8)) }
        #expect(error.detail == "the body does not start with '<'")
    }

    /// Valid multi-byte UTF-8 (and a byte-order mark) still parses.
    @Test func validUTF8StillParses() throws {
        let root = try XMLTreeParser.parse([0xEF, 0xBB, 0xBF] + Array("<Zoné a=\"ü\"><!-- ☃ --><B>日本</B></Zoné>".utf8))
        #expect(root.name == "Zoné")
        #expect(root.string("B") == "日本")
    }
}
