import AWSSigV4
import Foundation
import Testing

/// The `get-vanilla` case of AWS's SigV4 suite, so the package's declared signer test target has a test.
@Test func signsSuiteGetVanilla() throws {
    let request = SigningRequest(method: "GET", path: "/", headers: [HTTPHeader("Host", "example.amazonaws.com")])
    let date = try #require(AMZDate(parsing: "20150830T123600Z")).date
    let credentials = SigningCredentials(
        accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    let signature = SigV4Signer(service: "service", region: "us-east-1").sign(
        request, credentials: credentials, date: date)
    #expect(signature.signature == "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")
}
