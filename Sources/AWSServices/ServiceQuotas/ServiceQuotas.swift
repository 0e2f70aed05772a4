/// Service Quotas (JSON 1.1, `ServiceQuotasV20190624`; regional): the account's quotas, here EC2's vCPU quota.
public enum ServiceQuotas {
    /// EC2's service code.
    public static let ec2ServiceCode = "ec2"
    /// Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances, counted in vCPUs.
    public static let standardOnDemandVCPUs = "L-1216C47A"
}
