/// Which series CloudWatch publishes sparsely.
extension MetricKey {
    /// Whether this is a count that ALB or CloudFront reports only in minutes where it is non-zero
    /// (`RequestCount`, the `HTTPCode_*` counts, CloudFront's `Requests` and bytes).
    public var isSparseCount: Bool {
        switch namespace {
        case "AWS/ApplicationELB":
            return name == "RequestCount" || name.hasPrefix("HTTPCode_")
        case "AWS/CloudFront":
            return name == "Requests" || name == "BytesDownloaded" || name == "BytesUploaded"
        default:
            return false
        }
    }
}
