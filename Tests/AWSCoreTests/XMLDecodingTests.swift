import AWSCore
import AWSSigV4
import Foundation
import Testing

@Suite struct XMLDecodingTests {
    static let reply = """
        <?xml version="1.0"?>
        <DescribeThingsResponse xmlns="https://example.amazonaws.com/doc/2011-01-01/">
          <DescribeThingsResult>
            <Things>
              <member><Name>a &amp; b</Name><Size>3</Size><On>true</On><When>2025-11-25T18:14:00.5Z</When></member>
              <member><Name><![CDATA[<raw>]]></Name><Size>x</Size></member>
            </Things>
            <NextToken>tok</NextToken>
          </DescribeThingsResult>
          <ResponseMetadata><RequestId>rid-1</RequestId></ResponseMetadata>
        </DescribeThingsResponse>
        """

    @Test func buildsATreeWithTypedAccessors() throws {
        let root = try XMLTreeParser.parse(Array(Self.reply.utf8))
        #expect(root.name == "DescribeThingsResponse")
        let result = try root.requiredChild("DescribeThingsResult")
        let things = result.list("Things")
        #expect(things.count == 2)
        #expect(things[0].string("Name") == "a & b")
        #expect(try things[0].int("Size") == 3)
        #expect(try things[0].bool("On") == true)
        #expect(try things[0].date("When") == Date(timeIntervalSince1970: 1_764_094_440.5))
        #expect(things[1].string("Name") == "<raw>")
        #expect(try things[1].bool("On") == nil)
        #expect(result.string("NextToken") == "tok")
        #expect(root.descendant("ResponseMetadata", "RequestId")?.trimmedText == "rid-1")
    }

    @Test func aBadValueNamesItsPath() throws {
        let root = try XMLTreeParser.parse(Array(Self.reply.utf8))
        let second = try #require(root.child("DescribeThingsResult")?.list("Things").last)
        let error = try #require(throws: AWSDecodingError.self) { try second.int("Size") }
        #expect(error.kind == .invalidValue)
        #expect(error.path == "DescribeThingsResponse/DescribeThingsResult/Things/member[2]/Size")
        #expect(error.description.contains("'x' is not an integer"))
    }

    @Test func aMissingRequiredFieldIsTyped() throws {
        let root = try XMLTreeParser.parse(Array("<A><B/></A>".utf8))
        let error = try #require(throws: AWSDecodingError.self) { try root.requiredString("C") }
        #expect(error.kind == .missingField)
        #expect(error.path == "A")
    }

    @Test(arguments: ["", "   ", "<A><B></A>", "not xml at all", "<A>", "{\"json\": true}"])
    func malformedXMLIsAnErrorNotATrap(_ text: String) {
        #expect(throws: AWSDecodingError.self) { try XMLTreeParser.parse(Array(text.utf8)) }
    }

    @Test func malformedXMLGivesLineAndKind() throws {
        let error = try #require(throws: AWSDecodingError.self) {
            try XMLTreeParser.parse(Array("<A>\n<B></C>\n</A>".utf8))
        }
        #expect(error.kind == .malformedXML)
        #expect(error.detail.hasPrefix("line 2, column 4"), "\(error.detail)")
        #expect(error.detail.contains("not well-formed"))
    }

    @Test func externalEntitiesAreNotResolved() throws {
        let text = """
            <?xml version="1.0"?><!DOCTYPE A [<!ENTITY x SYSTEM "file:///etc/hostname">]><A>&x;</A>
            """
        if let root = try? XMLTreeParser.parse(Array(text.utf8)) {
            #expect(root.trimmedText.isEmpty)
        }
    }

    @Test func queryResultChecksTheRoot() throws {
        let reply = AWSReply(
            response: HTTPResponse(status: 200, body: Array(Self.reply.utf8)), operation: "DescribeThings")
        #expect(try reply.queryResult().name == "DescribeThingsResult")
        let wrong = AWSReply(response: reply.response, operation: "ListOther")
        let error = try #require(throws: AWSDecodingError.self) { try wrong.queryResult() }
        #expect(error.kind == .unexpectedShape)
    }
}
