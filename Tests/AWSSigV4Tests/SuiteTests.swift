import AWSSigV4
import Foundation
import Testing

/// AWS's published SigV4 test suite (2015 edition), case by case.
@Suite struct SuiteTests {
    /// The suite's own defects, per its SOURCE.txt and KNOWN-DEFECTS.txt; each has a dedicated test below.
    static let defective: Set<String> = [
        "post-x-www-form-urlencoded", "post-x-www-form-urlencoded-parameters", "get-header-value-multiline"
    ]

    static let sound = SuiteCase.all().filter { !defective.contains($0.name) }

    @Test func suiteIsPresentAndComplete() {
        #expect(SuiteCase.all().count == 31, "expected the 31 cases in \(SuiteCase.suiteRoot.path)")
        #expect(Self.sound.count == 28)
        #expect(
            SuiteCase.knownDefects() == Self.defective, "the suite's KNOWN-DEFECTS.txt, which scripts/sigv4-suite skips"
        )
    }

    @Test(arguments: sound)
    func canonicalRequestStringToSignAndAuthorizationMatch(_ suiteCase: SuiteCase) throws {
        let signature = try suiteCase.sign()
        #expect(signature.canonicalRequest == suiteCase.canonicalRequest)
        #expect(signature.stringToSign == suiteCase.stringToSign)
        #expect(signature.authorization == suiteCase.authorization)
    }

    /// The published signature was computed without Content-Length, although `.req` and `.creq` have it.
    @Test func formURLEncodedDefectIsExplainedByTheMissingContentLength() throws {
        let suiteCase = try #require(SuiteCase.named("post-x-www-form-urlencoded"))
        let signed = try suiteCase.sign()
        #expect(signed.canonicalRequest == suiteCase.canonicalRequest, "our canonical request is the published one")
        #expect(signed.authorization != suiteCase.authorization)
        let withoutLength = try suiteCase.sign { $0.headers.removeAll { $0.name == "Content-Length" } }
        #expect(withoutLength.authorization == suiteCase.authorization)
    }

    /// The published signature is of a request with `charset=utf8` and no Content-Length: not this `.req`.
    @Test func formURLEncodedParametersDefectIsExplainedByAnotherRequest() throws {
        let suiteCase = try #require(SuiteCase.named("post-x-www-form-urlencoded-parameters"))
        let signed = try suiteCase.sign()
        #expect(signed.canonicalRequest == suiteCase.canonicalRequest, "our canonical request is the published one")
        let other = try suiteCase.sign {
            $0.headers.removeAll { $0.name == "Content-Length" }
            $0.setHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf8")
        }
        #expect(other.signature == "1a72ec8f64bd914b0e42e42607c7fbce7fb2c7465f63e3092b3b0d39fa77a6fe")
    }

    /// Folded header lines are joined with a space (RFC 7230), the signature aws-c-auth adopted in 2020.
    @Test func multilineHeaderIsUnfoldedWithSpaces() throws {
        let suiteCase = try #require(SuiteCase.named("get-header-value-multiline"))
        let signed = try suiteCase.sign()
        #expect(signed.canonicalRequest.contains("\nmy-header1:value1 value2 value3\n"))
        #expect(signed.signature == "cfd34249e4b1c8d6b91ef74165d41a32e5fab3306300901bb65a51a73575eefd")
        #expect(
            suiteCase.authorization.contains("ba17b383a53190154eb5fa66a1b836cc297cc0a3d70a5d00705980573d8ff790"),
            "the suite itself expects the comma form")
    }

    @Test func sessionTokenIsAddedBeforeSigning() throws {
        let suiteCase = try #require(SuiteCase.named("post-sts-header-before"))
        let token = try #require(
            try RawRequestParser.parse(Array(suiteCase.request.utf8)).header("X-Amz-Security-Token"))
        var withoutToken = try RawRequestParser.parse(Array(suiteCase.request.utf8))
        withoutToken.headers.removeAll { $0.name == "X-Amz-Security-Token" }
        var credentials = SuiteCase.credentials
        credentials.sessionToken = token
        let signed = SuiteCase.signer.sign(withoutToken, credentials: credentials, date: SuiteCase.date)
        #expect(signed.authorization == suiteCase.authorization)
        #expect(signed.signedRequest.header("X-Amz-Security-Token") == token)
    }
}
