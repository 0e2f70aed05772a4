import AWSCore

extension CloudFront {
    /// `GetMonitoringSubscription`: whether a distribution's paid additional metrics
    /// (`CacheHitRate`, `OriginLatency`, per-code error rates) are on.
    ///
    /// A distribution that never had a subscription answers 404 `NoSuchMonitoringSubscription`;
    /// `AWSClient.additionalMetricsEnabled(distributionID:)` reads that as "off".
    public struct GetMonitoringSubscription: AWSOperation {
        /// The distribution id.
        public var distributionID: String

        /// Asks about `distributionID`.
        public init(distributionID: String) {
            self.distributionID = distributionID
        }

        /// CloudFront.
        public var service: AWSService { .cloudFront }
        /// `GetMonitoringSubscription`.
        public var name: String { "GetMonitoringSubscription" }

        /// `GET /2020-05-31/distributions/{id}/monitoring-subscription`.
        public func request() throws -> OperationRequest {
            .rest(pathSegments: [
                service.wireProtocol.apiVersion, "distributions", distributionID, "monitoring-subscription"
            ])
        }

        /// True when `RealtimeMetricsSubscriptionStatus` is `Enabled`.
        public func decode(_ reply: AWSReply) throws -> Bool {
            let root = try reply.restXMLRoot("MonitoringSubscription")
            let status = root.descendant("RealtimeMetricsSubscriptionConfig", "RealtimeMetricsSubscriptionStatus")?
                .trimmedText
            return status == "Enabled"
        }
    }
}

extension AWSClient {
    /// Whether `distributionID` has the additional metrics on; a missing subscription means off.
    public func additionalMetricsEnabled(distributionID: String) async throws -> Bool {
        do {
            return try await send(CloudFront.GetMonitoringSubscription(distributionID: distributionID))
        } catch let error as AWSError where error.code == "NoSuchMonitoringSubscription" {
            return false
        }
    }
}
