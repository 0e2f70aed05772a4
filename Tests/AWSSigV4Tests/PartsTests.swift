import AWSSigV4
import Foundation
import Testing

/// The signer's parts on their own: dates, encoding, path normalisation, the raw request reader.
@Suite struct PartsTests {
    @Test(arguments: [
        ("20150830T123600Z", "20150830"), ("20000229T235959Z", "20000229"), ("19700101T000000Z", "19700101"),
        ("20991231T000001Z", "20991231")
    ])
    func amzDateRoundTrips(_ stamp: String, _ scope: String) throws {
        let date = try #require(AMZDate(parsing: stamp))
        #expect(date.timestamp == stamp)
        #expect(date.scopeDate == scope)
    }

    @Test(arguments: [
        "", "2015-08-30T12:36:00Z", "20151330T123600Z", "20150830T253600Z", "20150830T123600", "2015083OT123600Z"
    ])
    func amzDateRejects(_ text: String) {
        #expect(AMZDate(parsing: text) == nil)
    }

    @Test func amzDateMatchesFoundationForManyMoments() {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        for step in stride(from: 0.0, to: 4_000_000_000.0, by: 7_777_777.0) {
            let date = Date(timeIntervalSince1970: step)
            #expect(AMZDate(date).timestamp == formatter.string(from: date))
        }
    }

    @Test func encodingKeepsUnreservedAndEncodesTheRestInUpperHex() {
        #expect(URIEncoding.encode("aZ09-._~") == "aZ09-._~")
        #expect(URIEncoding.encode("a b/c+ሴ") == "a%20b%2Fc%2B%E1%88%B4")
        #expect(URIEncoding.encode("/a b/", keepSlash: true) == "/a%20b/")
        #expect(URIEncoding.decode("a%20b%2fc+%zz%4") == "a b/c+%zz%4")
    }

    @Test(arguments: [
        ("", "/"), ("/", "/"), ("//", "/"), ("/./", "/"), ("/a/../b", "/b"), ("/a/b/../../..", "/"),
        ("//example//", "/example/"), ("/a/.", "/a"), ("/a/./b/", "/a/b/")
    ])
    func pathNormalisation(_ path: String, _ expected: String) {
        #expect(CanonicalRequest.normalizedPath(path) == expected)
    }

    @Test func rawRequestWithCRLFBodyAndQuery() throws {
        let raw = "POST /a%20b?x=1&y HTTP/1.1\r\nHost: h\r\nX-Two:  a  \r\n\r\nbody\r\n"
        let request = try RawRequestParser.parse(Array(raw.utf8))
        #expect(request.method == "POST")
        #expect(request.path == "/a%20b")
        #expect(request.query == "x=1&y")
        #expect(request.headers == [HTTPHeader("Host", " h"), HTTPHeader("X-Two", "  a  ")])
        #expect(request.body == Array("body\r\n".utf8))
    }

    @Test(arguments: [
        ("", 1, "empty request"),
        ("GET\n", 1, "request line"),
        ("GET / FTP/1\n", 1, "HTTP version"),
        ("GET nohost HTTP/1.1\n", 1, "must start with '/'"),
        ("GET / HTTP/1.1\nHost: x\nbad header\n", 3, "no ':'"),
        ("GET / HTTP/1.1\n  folded first\n", 2, "continuation"),
        ("GET / HTTP/1.1\nBad Name: x\n", 2, "white space")
    ])
    func rawRequestErrorsNameTheLine(_ raw: String, _ line: Int, _ reason: String) {
        #expect {
            try RawRequestParser.parse(Array(raw.utf8))
        } throws: { error in
            guard let error = error as? RawRequestParser.ParseError else { return false }
            return error.line == line && error.reason.contains(reason)
        }
    }

    @Test func credentialsNeverPrintTheirSecrets() {
        let credentials = SigningCredentials(
            accessKeyID: "AKID", secretAccessKey: "SECRET-XYZ", sessionToken: "TOKEN-XYZ")
        var dumped = ""
        dump(credentials, to: &dumped)
        for text in [
            dumped, credentials.description, credentials.debugDescription, "\(credentials)",
            String(reflecting: credentials)
        ] {
            #expect(!text.contains("SECRET-XYZ") && !text.contains("TOKEN-XYZ"))
        }
    }
}
