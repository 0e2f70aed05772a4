import DashboardModel

/// The words of where prices came from.
public enum PriceText {
    /// Why the bundled table stands in: the Pricing API's failure.
    public static func fallbackReason(_ failure: SourceFailure) -> String {
        "Pricing GetProducts failed: \(failure.message)"
    }
}
