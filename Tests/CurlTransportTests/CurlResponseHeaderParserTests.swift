import AWSSigV4
import Testing

@testable import CurlTransport

/// How header lines from libcurl become the final response's headers.
struct CurlResponseHeaderParserTests {
    /// The headers after feeding `lines`.
    private func parse(_ lines: [String]) -> [HTTPHeader] {
        var parser = CurlResponseHeaderParser()
        lines.forEach { parser.consume($0) }
        return parser.headers
    }

    @Test func onlyTheLastResponseCounts() {
        let headers = parse([
            "HTTP/1.1 200 Connection established\r\n", "Via: proxy\r\n", "\r\n",
            "HTTP/1.1 100 Continue\r\n", "X-Interim: yes\r\n", "\r\n",
            "HTTP/2 200\r\n", "content-type: text/xml\r\n", "x-amzn-requestid: abc\r\n", "\r\n"
        ])

        #expect(headers == [HTTPHeader("content-type", "text/xml"), HTTPHeader("x-amzn-requestid", "abc")])
    }

    @Test func valuesAreTrimmedAndFoldedLinesJoined() {
        let headers = parse([
            "HTTP/1.1 200 OK\r\n", "X-A:   spaced \t\r\n", "X-Long: one\r\n", "\t two\r\n", "X-Empty:\r\n", "\r\n"
        ])

        #expect(headers == [HTTPHeader("X-A", "spaced"), HTTPHeader("X-Long", "one two"), HTTPHeader("X-Empty", "")])
    }

    @Test func repeatedNamesStayInOrder() {
        let headers = parse(["HTTP/1.1 200 OK\n", "Set-Cookie: a=1\n", "Set-Cookie: b=2\n", "\n"])

        #expect(headers.map(\.value) == ["a=1", "b=2"])
    }
}
