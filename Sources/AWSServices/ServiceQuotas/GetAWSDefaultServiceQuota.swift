import AWSCore

extension ServiceQuotas {
    /// `GetAWSDefaultServiceQuota`: AWS's default value of a quota, whatever the account was granted.
    public struct GetAWSDefaultServiceQuota: JSONAction {
        /// The reply: `{"Quota": {...}}`.
        public typealias Output = QuotaReply

        /// The request body.
        public var input: QuotaRequest

        /// Asks for AWS's default of `quotaCode` of `serviceCode`.
        public init(
            serviceCode: String = ServiceQuotas.ec2ServiceCode, quotaCode: String = ServiceQuotas.standardOnDemandVCPUs
        ) {
            input = QuotaRequest(ServiceCode: serviceCode, QuotaCode: quotaCode)
        }

        /// Service Quotas.
        public var service: AWSService { .serviceQuotas }
        /// `GetAWSDefaultServiceQuota`.
        public var name: String { "GetAWSDefaultServiceQuota" }
    }
}
