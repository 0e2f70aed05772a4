import DashboardModel
import Foundation

extension AuditRecord: Codable {
    /// The file's keys; written sorted, an absent optional left out.
    enum CodingKeys: String, CodingKey {
        case time, caller, profile, region, group, before, after, result, detail, requestID, origin, wallTime
        case scheduledAction, scheduledTime
    }

    /// Writes the record as the file holds it: the detail as `AuditText`'s words.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(time, forKey: .time)
        try container.encodeIfPresent(caller, forKey: .caller)
        try container.encodeIfPresent(profile, forKey: .profile)
        try container.encode(region, forKey: .region)
        try container.encode(group, forKey: .group)
        try container.encode(before, forKey: .before)
        try container.encode(after, forKey: .after)
        try container.encode(result, forKey: .result)
        try container.encode(AuditText.detail(detail), forKey: .detail)
        try container.encodeIfPresent(requestID, forKey: .requestID)
        try container.encode(origin, forKey: .origin)
        try container.encodeIfPresent(wallTime, forKey: .wallTime)
        try container.encodeIfPresent(scheduledAction, forKey: .scheduledAction)
        try container.encodeIfPresent(scheduledTime, forKey: .scheduledTime)
    }

    /// Reads a record back; its detail is the file's words (`ScalingDetail.recorded`), since words are
    /// never read back into facts.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            time: try container.decode(Date.self, forKey: .time),
            caller: try container.decodeIfPresent(String.self, forKey: .caller),
            profile: try container.decodeIfPresent(String.self, forKey: .profile),
            region: try container.decode(String.self, forKey: .region),
            group: try container.decode(String.self, forKey: .group),
            before: try container.decode(ScalingLimits.self, forKey: .before),
            after: try container.decode(ScalingLimits.self, forKey: .after),
            result: try container.decode(ScalingResult.self, forKey: .result),
            detail: .recorded(try container.decodeIfPresent(String.self, forKey: .detail) ?? ""),
            requestID: try container.decodeIfPresent(String.self, forKey: .requestID),
            origin: try container.decode(AuditOrigin.self, forKey: .origin),
            wallTime: try container.decodeIfPresent(Date.self, forKey: .wallTime))
        scheduledAction = try container.decodeIfPresent(String.self, forKey: .scheduledAction)
        scheduledTime = try container.decodeIfPresent(Date.self, forKey: .scheduledTime)
    }
}
