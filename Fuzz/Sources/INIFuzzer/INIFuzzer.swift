import AWSCore
import Foundation
import FuzzSupport

/// Serves the fuzz input as both `~/.aws/config` and `~/.aws/credentials`.
struct InputFiles: FileAccess {
    /// The input's bytes.
    let data: Data

    /// The input, whatever the path.
    func read(_ path: String) throws -> Data? { data }

    /// Never called: loading the shared files writes nothing.
    func replace(_ path: String, with data: Data) throws {
        throw FileAccessError(path: path, writing: true, reason: "the INI fuzzer writes no file")
    }
}

/// A transport that is never used: loading the shared files makes no calls.
struct NoTransport: HTTPTransport {
    /// Refuses every request.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        throw TransportError.unavailable(detail: "the INI fuzzer makes no calls")
    }
}

/// libFuzzer's entry point: the input as an INI file, then as both shared files of a profile lookup.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    do {
        _ = try INIFile.parse(String(decoding: bytes, as: UTF8.self), path: "/fuzz/config")
    } catch {
        Fuzz.requireMessage(error, as: ConfigFileError.self, from: "INIFile.parse")
    }
    let environment = AWSEnvironment(
        variables: [:], homeDirectory: "/fuzz", files: InputFiles(data: Data(bytes)),
        transport: NoTransport())
    do {
        let config = try SharedConfig.load(from: environment)
        for name in config.profiles.keys {
            _ = config.profile(name)?.hasStaticKeys
            _ = config.profile(name)?["region"]
        }
    } catch {
        Fuzz.requireMessage(error, as: ConfigFileError.self, from: "SharedConfig.load")
    }
    return 0
}

/// The program's entry point under SwiftPM (see `Fuzz.runDriver`): libFuzzer's driver on `testOneInput`.
@_cdecl("INIFuzzer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    Fuzz.runDriver(argc, argv, testOneInput)
}
