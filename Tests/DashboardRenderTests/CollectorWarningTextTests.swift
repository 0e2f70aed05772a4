import DashboardModel
import DashboardRender
import Testing

/// What the collector noticed reads as it did when the collector wrote the words itself.
@Suite struct CollectorWarningTextTests {
    static let unavailable = SourceFailure(kind: .server, message: "ServiceUnavailableException: try again")

    @Test(arguments: [
        (
            CollectorWarning.repeatedPageToken(operation: "DescribeAutoScalingGroups", pages: 3),
            "DescribeAutoScalingGroups: the service repeated a page token; stopped after 3 pages"
        ),
        (
            .pageCapReached(operation: "DescribeDBInstances", pages: 20),
            "DescribeDBInstances: stopped at the safety cap of 20 pages; more remain"
        ),
        (
            .discoveryCapped(.autoScalingGroups, found: 301, cap: 200),
            "found 301 Auto Scaling groups; watching the first 200 (raise --max-resources or name them)"
        ),
        (
            .discoveryCapped(.targetGroups, found: 12, cap: 10),
            "found 12 target groups; watching the first 10 (raise --max-resources or name them)"
        ),
        (
            .discoveryCapped(.databases, found: 3, cap: 2),
            "found 3 databases; watching the first 2 (raise --max-resources or name them)"
        ),
        (
            .discoveryCapped(.distributions, found: 5, cap: 1),
            "found 5 distributions; watching the first 1 (raise --max-resources or name them)"
        ),
        (
            .bundledPrices(because: unavailable),
            "prices: using the bundled table (fallback): Pricing GetProducts failed: ServiceUnavailableException: try again"
        ),
        (
            .cacheNotWritten(path: "/ro/prices-us-east-1.json", reason: "Permission denied"),
            "cannot write the cache /ro/prices-us-east-1.json: Permission denied"
        ),
        (
            .targetZonesUnknown(count: 4, because: SourceFailure(kind: .accessDenied, message: "not allowed")),
            "cannot find the zones of 4 targets: not allowed"
        )
    ])
    func eachWarningHasItsLine(warning: CollectorWarning, line: String) {
        #expect(CollectorWarningText.line(warning) == line)
        #expect(TimelineText.message(.discoveryWarning(warning)) == line)
    }
}
