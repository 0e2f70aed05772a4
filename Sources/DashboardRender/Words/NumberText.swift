#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Numbers as text through the C library's printf, so drawing a frame does not go through
/// Foundation's `String(format:)` and CoreFoundation (see DECISIONS.md, 2026-11-25 memory).
public enum NumberText {
    /// `value` with `decimals` digits after the point, exactly as printf's `%.Nf` writes it.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        let format = "%.\(max(0, decimals))f"
        var buffer = [CChar](repeating: 0, count: 48)
        var written = withVaList([value]) { vsnprintf(&buffer, buffer.count, format, $0) }
        if written >= buffer.count {
            buffer = [CChar](repeating: 0, count: Int(written) + 1)
            written = withVaList([value]) { vsnprintf(&buffer, buffer.count, format, $0) }
        }
        guard written > 0 else { return "" }
        return String(decoding: buffer.prefix(Int(written)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `value` in decimal, zero-padded to at least `width` digits: `zeroPadded(7, width: 2)` is `07`.
    public static func zeroPadded(_ value: Int, width: Int) -> String {
        let digits = String(value.magnitude)
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
