import AWSSigV4
import Testing

/// `SigningCredentials` renders without its secret parts.
@Suite struct SigningCredentialsRedactionTests {
    /// Neither `description` nor `debugDescription` shows the secret key or the token.
    @Test func descriptionsHideSecrets() {
        let credentials = SigningCredentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "s3cr3t-key", sessionToken: "t0k3n")
        for text in [credentials.description, credentials.debugDescription, String(describing: credentials)] {
            #expect(text.contains("AKIDEXAMPLE"))
            #expect(!text.contains("s3cr3t-key"))
            #expect(!text.contains("t0k3n"))
        }
    }
}
