/// The instance types the simulated region offers, with EC2's `VCpuInfo.DefaultVCpus` of each.
public enum InstanceTypeCatalog {
    /// vCPUs by instance type.
    public static let vcpus: [String: Int] = [
        "t3.micro": 2, "t3.small": 2, "t3.medium": 2, "t3.large": 2, "m5.large": 2, "m5.xlarge": 4, "m5.2xlarge": 8,
        "m6i.large": 2, "m6i.xlarge": 4, "m7g.large": 2, "c5.large": 2, "c5.xlarge": 4, "c6i.large": 2, "r5.large": 2,
        "r6i.large": 2, "g4dn.xlarge": 4, "p3.2xlarge": 8
    ]
}
