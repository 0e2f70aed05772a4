/// Which of EC2's On-Demand vCPU quotas an instance type counts against.
public enum InstanceBucket {
    /// The series letters of Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances: the
    /// letters before a type's generation digit (`m` of `m5.large`, `im` of `im4gn.large`). `dl`, `inf`,
    /// `trn`, `hpc`, `mac`, `p`, `g`, `f`, `vt`, `x` and `u` are other quotas.
    public static let standardSeries: Set<String> = ["a", "c", "d", "h", "i", "m", "r", "t", "z", "im", "is"]

    /// The series of `instanceType`: its lower-case letters before the first digit (`m` of `m7i-flex.large`).
    public static func series(of instanceType: String) -> String {
        String(instanceType.lowercased().prefix { $0.isLetter })
    }

    /// Whether `instanceType` counts against the Standard On-Demand vCPU quota (`L-1216C47A`).
    public static func isStandard(_ instanceType: String) -> Bool {
        standardSeries.contains(series(of: instanceType))
    }
}
