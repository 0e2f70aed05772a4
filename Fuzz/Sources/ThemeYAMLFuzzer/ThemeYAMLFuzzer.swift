import DashboardRender
import FuzzSupport

/// libFuzzer's entry point: the input as a theme file, parsed and resolved over the default theme.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: Fuzz.bytes(data, size), as: UTF8.self)
    do {
        _ = try ThemeCatalog.parse(text, file: "fuzz.yaml")
    } catch {
        Fuzz.requireMessage(error, as: ThemeError.self, from: "ThemeCatalog.parse")
    }
    return 0
}

/// The program's entry point under SwiftPM (see `Fuzz.runDriver`): libFuzzer's driver on `testOneInput`.
@_cdecl("ThemeYAMLFuzzer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    Fuzz.runDriver(argc, argv, testOneInput)
}
