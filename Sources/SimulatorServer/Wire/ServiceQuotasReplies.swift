import SimulatorModel

/// Service Quotas (JSON 1.1, `ServiceQuotasV20190624`): EC2's Running On-Demand Standard vCPU quota,
/// the one the model's launches are held to (the `vcpu-quota` fault sets it).
public enum ServiceQuotasReplies {
    /// EC2's service code and the Standard On-Demand vCPU quota's code.
    static let serviceCode = "ec2"
    static let quotaCode = "L-1216C47A"
    /// AWS's default of that quota, what `GetAWSDefaultServiceQuota` answers.
    static let awsDefault = 5

    /// Answers `operation` in `region` from `model`: the applied quota in the shop's region;
    /// elsewhere none is applied (`NoSuchResourceException`, as accounts whose quota never changed
    /// see it), so a client falls back to AWS's default.
    public static func handle(
        _ operation: String, body: JSONBody, region: String, requestID: String,
        model: LaunchDayModel
    ) throws(QueryError) -> WireResponse {
        guard ["GetServiceQuota", "GetAWSDefaultServiceQuota"].contains(operation) else {
            throw QueryError(code: "UnknownOperationException", message: "")
        }
        guard let service = body.string("ServiceCode"), let quota = body.string("QuotaCode") else {
            throw QueryError(code: "IllegalArgumentException", message: "ServiceCode and QuotaCode are required.")
        }
        guard service == serviceCode, quota == quotaCode else {
            throw QueryError(
                code: "NoSuchResourceException",
                message: "The request failed because the specified service quota does not exist.")
        }
        let applied = operation == "GetServiceQuota"
        let value: Int
        if applied {
            guard region == model.config.region, let quota = model.vcpuQuota else {
                throw QueryError(
                    code: "NoSuchResourceException",
                    message: "The request failed because the specified service quota does not exist.")
            }
            value = quota
        } else {
            value = awsDefault
        }
        let account = applied ? model.config.accountID : ""
        let document = JSONText.object([
            (
                "Quota",
                .object([
                    ("ServiceCode", .string(serviceCode)),
                    ("ServiceName", .string("Amazon Elastic Compute Cloud (Amazon EC2)")),
                    ("QuotaArn", .string("arn:aws:servicequotas:\(region):\(account):ec2/\(quotaCode)")),
                    ("QuotaCode", .string(quotaCode)),
                    ("QuotaName", .string("Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances")),
                    ("Value", .number(Double(value))), ("Unit", .string("None")), ("Adjustable", .bool(true)),
                    ("GlobalQuota", .bool(false)),
                    (
                        "UsageMetric",
                        .object([
                            ("MetricNamespace", .string("AWS/Usage")), ("MetricName", .string("ResourceCount")),
                            (
                                "MetricDimensions",
                                .object([
                                    ("Class", .string("Standard/OnDemand")), ("Resource", .string("vCPU")),
                                    ("Service", .string("EC2")), ("Type", .string("Resource"))
                                ])
                            ),
                            ("MetricStatisticRecommendation", .string("Maximum"))
                        ])
                    )
                ])
            )
        ])
        return .json(200, document.text, requestID: requestID)
    }
}
