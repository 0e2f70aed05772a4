import AWSCore

extension ServiceQuotas {
    /// `GetServiceQuota`: the quota's value applied to the account in the client's region.
    /// Some accounts answer `NoSuchResourceException` for a quota never changed; `GetAWSDefaultServiceQuota` then gives AWS's default.
    public struct GetServiceQuota: JSONAction {
        /// The reply: `{"Quota": {...}}`.
        public typealias Output = QuotaReply

        /// The request body.
        public var input: QuotaRequest

        /// Asks for `quotaCode` of `serviceCode`.
        public init(
            serviceCode: String = ServiceQuotas.ec2ServiceCode, quotaCode: String = ServiceQuotas.standardOnDemandVCPUs
        ) {
            input = QuotaRequest(ServiceCode: serviceCode, QuotaCode: quotaCode)
        }

        /// Service Quotas.
        public var service: AWSService { .serviceQuotas }
        /// `GetServiceQuota`.
        public var name: String { "GetServiceQuota" }
    }
}
