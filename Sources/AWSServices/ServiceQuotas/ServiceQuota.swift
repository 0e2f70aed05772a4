import AWSCore
import Foundation

extension ServiceQuotas {
    /// The service and quota a request names.
    public struct QuotaRequest: Sendable, Equatable, Encodable {
        /// The service code, e.g. `ec2`.
        public var ServiceCode: String
        /// The quota code, e.g. `L-1216C47A`.
        public var QuotaCode: String
    }

    /// One quota as Service Quotas describes it.
    public struct Quota: Sendable, Equatable, Decodable {
        /// The service code, e.g. `ec2`.
        public var serviceCode: String?
        /// The quota code, e.g. `L-1216C47A`.
        public var quotaCode: String?
        /// The quota's name, e.g. `Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances`.
        public var quotaName: String?
        /// The value: vCPUs for the EC2 instance quotas; nil when Service Quotas gave none.
        public var value: Double?
        /// The unit, e.g. `None`.
        public var unit: String?
        /// Whether an increase can be requested.
        public var adjustable: Bool?
        /// Why the value is unavailable, when Service Quotas says so (`ErrorReason.ErrorMessage`).
        public var errorReason: String?

        private enum CodingKeys: String, CodingKey {
            case serviceCode = "ServiceCode", quotaCode = "QuotaCode", quotaName = "QuotaName", value = "Value", unit =
                "Unit"
            case adjustable = "Adjustable", errorReason = "ErrorReason"
        }

        private enum ErrorReasonKeys: String, CodingKey {
            case errorCode = "ErrorCode", errorMessage = "ErrorMessage"
        }

        /// Decodes a `Quota` object; every member is optional, as in the service model.
        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            serviceCode = try container.decodeIfPresent(String.self, forKey: .serviceCode)
            quotaCode = try container.decodeIfPresent(String.self, forKey: .quotaCode)
            quotaName = try container.decodeIfPresent(String.self, forKey: .quotaName)
            value = try container.decodeIfPresent(Double.self, forKey: .value)
            unit = try container.decodeIfPresent(String.self, forKey: .unit)
            adjustable = try container.decodeIfPresent(Bool.self, forKey: .adjustable)
            if container.contains(.errorReason), !(try container.decodeNil(forKey: .errorReason)) {
                let reason = try container.nestedContainer(keyedBy: ErrorReasonKeys.self, forKey: .errorReason)
                errorReason =
                    try reason.decodeIfPresent(String.self, forKey: .errorMessage)
                    ?? reason.decodeIfPresent(String.self, forKey: .errorCode)
            } else {
                errorReason = nil
            }
        }

        /// A quota of `value` (tests and the simulator's callers).
        public init(
            serviceCode: String, quotaCode: String, quotaName: String? = nil, value: Double?, unit: String? = "None",
            adjustable: Bool? = true
        ) {
            self.serviceCode = serviceCode
            self.quotaCode = quotaCode
            self.quotaName = quotaName
            self.value = value
            self.unit = unit
            self.adjustable = adjustable
            errorReason = nil
        }
    }

    /// A reply holding one `Quota`.
    public struct QuotaReply: Sendable, Equatable, Decodable {
        /// The quota; nil when the reply has none.
        public var quota: Quota?

        private enum CodingKeys: String, CodingKey { case quota = "Quota" }
    }
}
