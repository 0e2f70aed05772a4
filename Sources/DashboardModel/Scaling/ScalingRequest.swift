/// A group's three limits.
public struct ScalingLimits: Sendable, Equatable, Codable {
    /// Minimum size.
    public var min: Int
    /// Maximum size.
    public var max: Int
    /// Desired capacity.
    public var desired: Int

    /// Creates limits.
    public init(min: Int, max: Int, desired: Int) {
        self.min = min
        self.max = max
        self.desired = desired
    }

    /// The limits of `group` now.
    public init(of group: AutoScalingGroupStatus) {
        self.init(min: group.min, max: group.max, desired: group.desired)
    }
}

/// What the operator asked to change on one group; fields left nil stay as they are.
public struct ScalingRequest: Sendable, Equatable, Codable {
    /// The group's name.
    public var group: String
    /// The new minimum, if asked.
    public var min: Int?
    /// The new maximum, if asked.
    public var max: Int?
    /// The new desired capacity, if asked.
    public var desired: Int?
    /// When the operator asked for a step (`+`/`-`), its size: the intent is relative to desired capacity.
    public var desiredStep: Int?

    /// Creates a request.
    public init(group: String, min: Int? = nil, max: Int? = nil, desired: Int? = nil) {
        self.group = group
        self.min = min
        self.max = max
        self.desired = desired
    }

    /// A step of `step` from `current` desired capacity (`+N`/`-N`).
    public static func step(_ step: Int, group: String, from current: Int) -> ScalingRequest {
        var request = ScalingRequest(group: group, desired: current + step)
        request.desiredStep = step
        return request
    }

    /// The same intent against a group that now has `limits`: a step stays a step from the new desired
    /// capacity; absolute values stay as asked.
    public func replanned(for limits: ScalingLimits) -> ScalingRequest {
        guard let desiredStep else { return self }
        return .step(desiredStep, group: group, from: limits.desired)
    }

    /// Whether nothing is asked.
    public var isEmpty: Bool { min == nil && max == nil && desired == nil }
}

/// One of a group's three limits, as a prompt asks for it.
public enum ScalingField: String, Sendable, Equatable {
    /// Minimum size.
    case min
    /// Maximum size.
    case max
    /// Desired capacity.
    case desired
}
