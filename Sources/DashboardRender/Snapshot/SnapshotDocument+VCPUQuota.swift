import DashboardModel

extension SnapshotDocument {
    /// The Standard On-Demand vCPU quota (`L-1216C47A`) against what runs and what the watched groups need at max.
    public struct VCPUQuotaEntry: Sendable, Equatable, Codable {
        /// The region (with several, the tightest).
        public var region: String
        /// The quota in vCPUs, or null when it could not be read.
        public var quota: Int?
        /// vCPUs running in the bucket, or null when the instances could not be read.
        public var inUse: Int?
        /// vCPUs the watched groups still need to reach their max, or null when unknown.
        public var neededAtMax: Int?
        /// `service-quotas` (the applied value), `aws-default` (AWS's default), or null.
        public var source: String?

        /// The entry of `headroom`; nil when neither the quota nor the use is known.
        public init?(_ headroom: VCPUHeadroom) {
            guard headroom.quota != nil || headroom.inUse != nil else { return nil }
            region = headroom.region
            quota = headroom.quota
            inUse = headroom.inUse
            neededAtMax = headroom.neededAtMax
            source = headroom.source?.rawValue
        }

        private enum CodingKeys: String, CodingKey { case region, quota, inUse, neededAtMax, source }

        /// Encodes every field, unknowns as null.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(region, forKey: .region)
            try container.encode(quota, forKey: .quota)
            try container.encode(inUse, forKey: .inUse)
            try container.encode(neededAtMax, forKey: .neededAtMax)
            try container.encode(source, forKey: .source)
        }
    }
}
