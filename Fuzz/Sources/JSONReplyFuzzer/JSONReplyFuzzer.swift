import AWSServices
import Foundation
import FuzzSupport

@testable import AWSCore

/// Decodes `body` with `operation`; it must decode or throw `AWSDecodingError`.
func decode<Operation: AWSOperation>(_ operation: Operation, _ body: [UInt8]) -> Operation.Output? {
    do {
        return try operation.decode(
            AWSReply(response: HTTPResponse(status: 200, body: body), operation: operation.name))
    } catch {
        Fuzz.requireMessage(error, as: AWSDecodingError.self, from: "\(operation.name).decode")
        return nil
    }
}

/// Reads one price-list entry; it must give a price or throw `AWSDecodingError`.
func onDemandPrice(_ entry: String) {
    do {
        _ = try Pricing.OnDemandPrice.parse(entry)
    } catch {
        Fuzz.requireMessage(error, as: AWSDecodingError.self, from: "OnDemandPrice.parse")
    }
}

/// Reads credentials with the given field names; they must be read or rejected with a message.
func credentials(_ document: CredentialDocument, _ fields: [String]) {
    do {
        _ = try document.credentials(
            accessKey: fields[0], secretKey: fields[1], token: fields[2],
            expiration: fields[3], source: "fuzz")
    } catch {
        Fuzz.requireMessage(error, as: CredentialDocument.FieldError.self, from: "CredentialDocument.credentials")
    }
}

/// Reads credentials as `credential_process`, the container endpoint, IMDS and SSO replies are read.
func credentialDocument(_ body: [UInt8]) {
    guard let document = CredentialDocument(Data(body)) else { return }
    _ = document.int("Version")
    _ = document.string("Code")
    credentials(document, ["AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"])
    credentials(document, ["AccessKeyId", "SecretAccessKey", "Token", "Expiration"])
    if let role = document.document("roleCredentials") {
        credentials(role, ["accessKeyId", "secretAccessKey", "sessionToken", "expiration"])
    }
    _ = document.string("expiresAt").flatMap(ISO8601.parse)
}

/// libFuzzer's entry point: the input's first byte picks the reader (modulo 5), the rest is the body.
/// `Fuzz/make-corpus` writes the same index in front of each recorded reply.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let (selector, body) = Fuzz.selector(Fuzz.bytes(data, size))
    switch selector % 5 {
    case 0:
        _ = decode(CostExplorer.GetCostAndUsage(period: .init(start: "2025-11-01", end: "2025-11-03")), body)
    case 1:
        let page = decode(Pricing.GetProducts(serviceCode: "AmazonEC2"), body)
        page?.priceList.forEach(onDemandPrice)
    case 2:
        onDemandPrice(String(decoding: body, as: UTF8.self))
    case 3:
        let response = HTTPResponse(status: 400, headers: [], body: body)
        let error = AWSErrorParser.parse(
            response, wireProtocol: .json(version: "1.1", targetPrefix: "Fuzz"),
            service: "Fuzz", operation: "Fuzz")
        if error.code.isEmpty { fatalError("AWSErrorParser.parse gave an empty code") }
    default:
        credentialDocument(body)
    }
    return 0
}

/// The program's entry point under SwiftPM (see `Fuzz.runDriver`): libFuzzer's driver on `testOneInput`.
@_cdecl("JSONReplyFuzzer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    Fuzz.runDriver(argc, argv, testOneInput)
}
