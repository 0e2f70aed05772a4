/// One extra, quiet service of `--scale N`: a steady Auto Scaling group with its target group and a
/// single-AZ database. No traffic moves it; scaling calls change its limits and instance list at once.
public struct ExtraService: Sendable, Equatable, Codable {
    /// Its number, from 1.
    public var index: Int
    /// The zones its instances spread over.
    public var zones: [String]
    /// Minimum size.
    public var minSize = 1
    /// Maximum size.
    public var maxSize = 4
    /// Desired capacity (all in service).
    public var desiredCapacity = 2

    /// The instance type its instances run.
    public static let instanceType = "t3.medium"

    /// Creates service number `index`.
    public init(index: Int, zones: [String]) {
        self.index = index
        self.zones = zones
    }

    /// A four-digit tag, e.g. `0042`.
    var tag: String {
        let digits = String(index)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The group's name, e.g. `svc-0042-asg`.
    public var groupName: String { "svc-\(tag)-asg" }
    /// The target group's name.
    public var targetGroupName: String { "svc-\(tag)-tg" }
    /// The target group's id part of its ARN.
    public var targetGroupSuffix: String { "5ca1e" + String(repeating: "0", count: 7) + tag }
    /// The database identifier.
    public var databaseIdentifier: String { "svc-\(tag)-db" }

    /// Its instances: ids and zones, as many as desired.
    public var instances: [(id: String, zone: String)] {
        (0..<desiredCapacity).map { number in
            (
                id: "i-5ca1e\(tag)\(String(format: "%07x", number))",
                zone: zones.isEmpty ? "" : zones[number % zones.count]
            )
        }
    }

    /// Applies new limits with Auto Scaling's validation.
    public mutating func update(minSize newMin: Int?, maxSize newMax: Int?, desiredCapacity newDesired: Int?)
        throws(ScalingError)
    {
        let min = newMin ?? minSize
        let max = newMax ?? maxSize
        guard min >= 0, max >= 0, (newDesired ?? 0) >= 0 else {
            throw ScalingError(message: "Group size values must be non-negative.")
        }
        guard max >= min else {
            throw ScalingError(message: "Max bound, \(max), must be greater than or equal to min bound, \(min)")
        }
        var desired = newDesired ?? Swift.min(Swift.max(desiredCapacity, min), max)
        if let newDesired, newDesired < min || newDesired > max {
            throw ScalingError(
                message:
                    "Desired capacity:\(newDesired) must be between the specified min size:\(min) and max size:\(max)")
        }
        desired = Swift.min(Swift.max(desired, min), max)
        minSize = min
        maxSize = max
        desiredCapacity = desired
    }
}

extension LaunchDayModel {
    /// The index of the extra service whose group is called `name`.
    public func extraService(group name: String) -> Int? {
        extraServices.firstIndex { $0.groupName == name }
    }

    /// Changes an extra service's limits.
    public mutating func updateExtra(_ index: Int, minSize: Int?, maxSize: Int?, desiredCapacity: Int?)
        throws(ScalingError)
    {
        try extraServices[index].update(minSize: minSize, maxSize: maxSize, desiredCapacity: desiredCapacity)
    }
}
