import DashboardModel
import Foundation

/// Small text helpers shared by the panels.
public enum Text {
    /// `text` cut to `width` columns, with `…` (or `~` in ASCII) when cut.
    public static func fit(_ text: String, _ width: Int, ascii: Bool = false) -> String {
        guard width > 0 else { return "" }
        if CharacterWidth.of(text) <= width { return text }
        var out = ""
        var used = 0
        for character in text {
            let columns = CharacterWidth.of(character)
            if used + columns > width - 1 { break }
            out.append(character)
            used += columns
        }
        return out + (ascii ? "~" : "…")
    }

    /// `text` in `width` columns by dropping whole words from its end (marked with `…`, or `~` in
    /// ASCII), so a number is never cut in two; a first word that alone does not fit is cut as `fit` does.
    public static func fitWords(_ text: String, _ width: Int, ascii: Bool = false) -> String {
        guard width > 0 else { return "" }
        if CharacterWidth.of(text) <= width { return text }
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let mark = ascii ? "~" : "…"
        while words.count > 1 {
            words.removeLast()
            let kept = words.joined(separator: " ").trimmingCharacters(in: .whitespaces)
            if !kept.isEmpty, CharacterWidth.of(kept) + 1 <= width { return kept + mark }
        }
        return fit(text, width, ascii: ascii)
    }

    /// The first of `variants` (longest first) that fits in `width` columns; the last one with its
    /// words dropped (`fitWords`) when none does.
    public static func firstFitting(_ variants: [String], _ width: Int, ascii: Bool = false) -> String {
        variants.first { CharacterWidth.of($0) <= width } ?? fitWords(variants.last ?? "", width, ascii: ascii)
    }

    /// `text` padded with spaces (or cut) to exactly `width` columns, left-aligned.
    public static func pad(_ text: String, _ width: Int, ascii: Bool = false) -> String {
        let fitted = fit(text, width, ascii: ascii)
        return fitted + String(repeating: " ", count: max(0, width - CharacterWidth.of(fitted)))
    }

    /// A money figure: `$1,234.56`, or `$0.0042` for amounts under a cent.
    public static func dollars(_ value: Double) -> String {
        if value != 0 && abs(value) < 0.01 { return "$" + NumberText.fixed(value, decimals: 4) }
        let fixed = NumberText.fixed(abs(value), decimals: 2)
        let parts = fixed.split(separator: ".")
        let whole = Array(parts.first ?? "0")
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0 && (whole.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (value < 0 ? "-$" : "$") + grouped + "." + (parts.count > 1 ? String(parts[1]) : "00")
    }

    /// A unit price to the tenth of a cent where it has one: `$0.096`, `$0.0225`, `$0.24`.
    public static func unitPrice(_ value: Double) -> String {
        var digits = NumberText.fixed(value, decimals: 4)
        while digits.hasSuffix("0"), let dot = digits.firstIndex(of: "."),
            digits.distance(from: dot, to: digits.endIndex) > 3
        {
            digits.removeLast()
        }
        return "$" + digits
    }

    /// A quantity: whole numbers as they are (`3`), others to two decimals (`79.30` GB per hour).
    public static func quantity(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : NumberText.fixed(value, decimals: 2)
    }

    /// A count with a `k` or `M` suffix when large: `950`, `12.3k`, `4.5M`.
    public static func count(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude >= 1_000_000 { return NumberText.fixed(value / 1_000_000, decimals: 1) + "M" }
        if magnitude >= 10_000 { return NumberText.fixed(value / 1_000, decimals: 1) + "k" }
        return NumberText.fixed(value, decimals: 0)
    }

    /// A fraction as a percentage with one decimal: `95.2%`.
    public static func percent(_ fraction: Double) -> String {
        NumberText.fixed(fraction * 100, decimals: 1) + "%"
    }
}
