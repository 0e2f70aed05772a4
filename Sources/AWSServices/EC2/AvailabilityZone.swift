import AWSCore

extension EC2 {
    /// One Availability Zone of the region.
    public struct AvailabilityZone: Sendable, Equatable {
        /// The zone name, e.g. `eu-west-1a` (account-specific mapping).
        public var name: String
        /// The zone id, e.g. `euw1-az1` (the same physical zone in every account).
        public var zoneID: String?
        /// `available`, `information`, `impaired`, `unavailable`, `constrained`.
        public var state: String?
        /// The region name.
        public var regionName: String?
        /// `availability-zone`, `local-zone` or `wavelength-zone`.
        public var zoneType: String?

        /// Decodes an `<item>` of `availabilityZoneInfo`.
        public init(xml node: XMLNode) throws {
            name = try node.requiredString("zoneName")
            zoneID = node.string("zoneId")
            state = node.string("zoneState")
            regionName = node.string("regionName")
            zoneType = node.string("zoneType")
        }
    }

    /// `DescribeAvailabilityZones`: the region's zones (not paginated).
    public struct DescribeAvailabilityZones: QueryAction {
        /// Zone names; empty for all.
        public var zoneNames: [String]

        /// Describes the given zones, or all.
        public init(zoneNames: [String] = []) {
            self.zoneNames = zoneNames
        }

        /// EC2.
        public var service: AWSService { .ec2 }
        /// `DescribeAvailabilityZones`.
        public var name: String { "DescribeAvailabilityZones" }

        /// `ZoneName.N`.
        public var parameters: QueryParameters {
            var params = QueryParameters()
            params.addList("ZoneName", zoneNames, member: nil)
            return params
        }

        /// Decodes `availabilityZoneInfo`.
        public func decode(_ reply: AWSReply) throws -> [AvailabilityZone] {
            try reply.ec2Result().map("availabilityZoneInfo", member: "item", AvailabilityZone.init(xml:))
        }
    }
}
