import AWSCore
import Testing

@Suite struct EndpointSettingsTests {
    @Test func theEnvironmentWinsOverTheProfile() {
        let profile = ConfigProfile(
            name: "gov", configProperties: ["use_fips_endpoint": "true", "use_dualstack_endpoint": "true"])
        #expect(
            EndpointSettings.resolve(variables: [:], profile: profile)
                == EndpointSettings(useFIPS: true, useDualStack: true))
        let off = ["AWS_USE_FIPS_ENDPOINT": "false", "AWS_USE_DUALSTACK_ENDPOINT": ""]
        #expect(
            EndpointSettings.resolve(variables: off, profile: profile)
                == EndpointSettings(useFIPS: false, useDualStack: true))
        #expect(EndpointSettings.resolve(variables: [:], profile: nil) == EndpointSettings())
    }

    @Test func theSelectedProfileIsReadFromTheConfigFile() throws {
        let test = try TestEnvironment()
        try test.config("[profile gov]\nregion = us-gov-west-1\nuse_fips_endpoint = True\n")
        let environment = test.make(["AWS_PROFILE": "gov"])
        #expect(try EndpointSettings.load(environment: environment) == EndpointSettings(useFIPS: true))
        #expect(try EndpointSettings.load(environment: environment, profileOption: "other") == EndpointSettings())
    }
}
