import AWSSigV4

/// The demo account's credentials: what `flightdeck simulate` prints and what every request must be signed with.
public enum DemoAccount {
    /// The access key id.
    public static let accessKeyID = "AKIAFLIGHTDECKDEMO01"
    /// The secret access key (public by design: it opens nothing but the simulator).
    public static let secretAccessKey = "fLiGhTdEcK/SiMuLaToR/dEmO/sEcReT/kEy/000"
    /// The region the simulated shop runs in.
    public static let region = "us-east-1"

    /// The pair as signing credentials.
    public static var credentials: SigningCredentials {
        SigningCredentials(accessKeyID: accessKeyID, secretAccessKey: secretAccessKey)
    }
}
