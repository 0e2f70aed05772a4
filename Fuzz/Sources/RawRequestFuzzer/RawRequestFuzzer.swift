import AWSSigV4
import Foundation
import FuzzSupport

/// The suite's example credentials and date: what `flightdeck sign` would sign with.
let credentials = SigningCredentials(
    accessKeyID: "AKIDEXAMPLE",
    secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    sessionToken: nil)
/// 2015-08-30T12:36:00Z.
let date = Date(timeIntervalSince1970: 1_440_938_160)

/// libFuzzer's entry point: the input as `flightdeck sign`'s stdin, parsed, then signed.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let request: SigningRequest
    do {
        request = try RawRequestParser.parse(Fuzz.bytes(data, size))
    } catch {
        Fuzz.requireMessage(error, as: RawRequestParser.ParseError.self, from: "RawRequestParser.parse")
        return 0
    }
    _ = request.header("X-Amz-Date").flatMap(AMZDate.init(parsing:))
    let signature = SigV4Signer(service: "service", region: "us-east-1").sign(
        request, credentials: credentials, date: date)
    if signature.authorization.isEmpty { fatalError("empty Authorization") }
    return 0
}

/// The program's entry point under SwiftPM (see `Fuzz.runDriver`): libFuzzer's driver on `testOneInput`.
@_cdecl("RawRequestFuzzer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    Fuzz.runDriver(argc, argv, testOneInput)
}
