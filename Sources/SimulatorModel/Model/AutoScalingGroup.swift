/// The Auto Scaling group: its bounds, its instances and its activity history.
public struct AutoScalingGroup: Sendable, Equatable, Codable {
    /// The group's name.
    public var name: String
    /// The minimum size.
    public var minSize: Int
    /// The maximum size.
    public var maxSize: Int
    /// The desired capacity.
    public var desiredCapacity: Int
    /// The zones the group launches into.
    public var zones: [String]
    /// Every instance the group has launched, terminated ones included (EC2 keeps them listed for an hour).
    public var instances: [SimInstance] = []
    /// The activity history, oldest first.
    public var activities: [ScalingActivityRecord] = []

    /// Creates an empty group with its bounds.
    public init(name: String, minSize: Int, maxSize: Int, desiredCapacity: Int, zones: [String]) {
        self.name = name
        self.minSize = minSize
        self.maxSize = maxSize
        self.desiredCapacity = desiredCapacity
        self.zones = zones
    }

    /// Instances that count towards capacity: pending or InService, not being terminated.
    public var activeInstances: [SimInstance] {
        instances.filter { $0.lifecycle == .pending || $0.lifecycle == .inService }
    }

    /// Instances the group still lists (everything but terminated ones).
    public var listedInstances: [SimInstance] {
        instances.filter { $0.lifecycle != .terminated }
    }

    /// Validates and applies an `UpdateAutoScalingGroup` call; nil arguments keep their value.
    ///
    /// Rules and messages are Auto Scaling's: min must not exceed max, and desired must lie
    /// between them. A new min or max alone pulls desired into the new bounds.
    public mutating func update(minSize newMin: Int?, maxSize newMax: Int?, desiredCapacity newDesired: Int?)
        throws(ScalingError)
    {
        let min = newMin ?? minSize
        let max = newMax ?? maxSize
        if min < 0 || max < 0 {
            throw ScalingError(message: "Group size values must be non-negative.")
        }
        if min > max {
            throw ScalingError(message: "Max bound, \(max), must be greater than or equal to min bound, \(min)")
        }
        if let desired = newDesired {
            if desired < min || desired > max {
                throw ScalingError(
                    message:
                        "Desired capacity:\(desired) must be between the specified min size:\(min) and max size:\(max)")
            }
            desiredCapacity = desired
        } else {
            desiredCapacity = Swift.min(Swift.max(desiredCapacity, min), max)
        }
        minSize = min
        maxSize = max
    }

    /// Validates and applies a `SetDesiredCapacity` call, with Auto Scaling's messages.
    public mutating func setDesiredCapacity(_ desired: Int) throws(ScalingError) {
        if desired > maxSize {
            throw ScalingError(
                message:
                    "New SetDesiredCapacity value \(desired) is above max value \(maxSize) for the AutoScalingGroup.")
        }
        if desired < minSize {
            throw ScalingError(
                message:
                    "New SetDesiredCapacity value \(desired) is below min value \(minSize) for the AutoScalingGroup.")
        }
        desiredCapacity = desired
    }

    /// The index of the instance with `id`.
    public func index(of id: String) -> Int? {
        instances.firstIndex { $0.id == id }
    }
}
