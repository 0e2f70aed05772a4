import DashboardModel

/// The words of the burn rate's lines.
public enum CostText {
    /// What a line prices, e.g. `m5.large`, `db.r5.large Multi-AZ (eu-west-1)`, `ALB`, `CloudFront GB/h`,
    /// with `(no price)` when its price was not known.
    public static func item(_ line: CostLine) -> String {
        let name =
            switch line.item {
            case let .instances(type): type
            case let .databases(instanceClass, multiAZ): instanceClass + (multiAZ ? " Multi-AZ" : "")
            case .loadBalancers: "ALB"
            case .cloudFrontTransfer: "CloudFront GB/h"
            }
        return name + (line.region.map { " (\($0))" } ?? "") + (line.priced ? "" : " (no price)")
    }

    /// `cost`'s lines, the largest per hour first, by name when equal: how the cost panel and the
    /// snapshot list them.
    public static func linesByCost(_ cost: CostStatus) -> [(line: CostLine, item: String)] {
        cost.lines.map { ($0, item($0)) }.sorted { ($0.line.perHour, $1.item) > ($1.line.perHour, $0.item) }
    }
}
