import AWSSigV4
import Foundation
import SimulatorServer

/// Builds SigV4-signed `WireRequest`s the way an SDK would, for tests that need no sockets.
enum SignedRequests {
    /// The fixed signing moment of the tests.
    static let date = Date(timeIntervalSince1970: 1_795_788_300)

    /// A query-protocol POST to `service` in `region` with form `parameters`, signed with `secret`.
    static func query(
        service: String, region: String = "us-east-1", _ parameters: [(String, String)],
        secret: String = DemoAccount.secretAccessKey
    ) -> WireRequest {
        let body = parameters.map { "\(URIEncoding.encode($0.0))=\(URIEncoding.encode($0.1))" }.joined(separator: "&")
        return signed(
            service: service, method: "POST", path: "/",
            headers: [
                HTTPHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            ], body: Array(body.utf8), region: region, secret: secret)
    }

    /// A JSON 1.1 POST with `target`, signed with `secret`.
    static func json(service: String, target: String, _ body: String, secret: String = DemoAccount.secretAccessKey)
        -> WireRequest
    {
        signed(
            service: service, method: "POST", path: "/",
            headers: [
                HTTPHeader("Content-Type", "application/x-amz-json-1.1"), HTTPHeader("X-Amz-Target", target)
            ], body: Array(body.utf8), secret: secret)
    }

    /// A signed request of any shape.
    static func signed(
        service: String, method: String, path: String, headers: [HTTPHeader], body: [UInt8] = [],
        region: String = "us-east-1", secret: String = DemoAccount.secretAccessKey
    ) -> WireRequest {
        let request = SigningRequest(
            method: method, path: path, headers: [HTTPHeader("Host", "127.0.0.1:4566")] + headers, body: body)
        let credentials = SigningCredentials(accessKeyID: DemoAccount.accessKeyID, secretAccessKey: secret)
        let signed = SigV4Signer(service: service, region: region).sign(request, credentials: credentials, date: date)
            .signedRequest
        return WireRequest(
            method: method, rawPath: path,
            headers: signed.headers
                + [HTTPHeader("User-Agent", "flightdeck-tests")], body: body)
    }
}
