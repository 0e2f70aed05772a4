import CLibFuzzer

/// What every fuzz entry point shares.
public enum Fuzz {
    /// The signature of `LLVMFuzzerTestOneInput`.
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    /// Runs libFuzzer's driver on `testOneInput` with the program's arguments.
    ///
    /// SwiftPM links an executable target's `main` to `<Target>_main` (so tests can call into
    /// executables), which hides libFuzzer's own `main`; each target's `<Target>_main` calls this.
    public static func runDriver(
        _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
        _ testOneInput: TestOneInput
    ) -> CInt {
        var count = argc
        var arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments, testOneInput)
    }

    /// The fuzzer's input as a byte array (an empty input may come with a null pointer).
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Splits off the first byte, which the entry points use to choose a decoder, from the rest.
    public static func selector(_ bytes: [UInt8]) -> (selector: Int, body: [UInt8]) {
        guard let first = bytes.first else { return (0, []) }
        return (Int(first), Array(bytes.dropFirst()))
    }

    /// Traps, which libFuzzer reports as a finding, unless `error` is an `Expected` with a message.
    ///
    /// A parser that rejects an input must say why: an error of its documented type whose
    /// description is not blank.
    public static func requireMessage<Expected: Error & CustomStringConvertible>(
        _ error: any Error, as expected: Expected.Type, from parser: String
    ) {
        guard let known = error as? Expected else {
            fatalError("\(parser) threw \(type(of: error)), not \(Expected.self): \(error)")
        }
        if known.description.allSatisfy(\.isWhitespace) {
            fatalError("\(parser) threw \(Expected.self) with a blank message")
        }
    }
}
