/// FIPS and dual-stack from the environment and the shared config's profile.
extension EndpointSettings {
    /// The settings as botocore reads them: each environment variable when set, else the profile's
    /// `use_fips_endpoint` or `use_dualstack_endpoint`, else off.
    public static func resolve(variables: [String: String], profile: ConfigProfile?) -> EndpointSettings {
        EndpointSettings(
            useFIPS: flag(variables["AWS_USE_FIPS_ENDPOINT"]) ?? flag(profile?["use_fips_endpoint"]) ?? false,
            useDualStack: flag(variables["AWS_USE_DUALSTACK_ENDPOINT"]) ?? flag(profile?["use_dualstack_endpoint"])
                ?? false)
    }

    /// The settings for the profile `--profile` (`profileOption`) or the environment selects, reading
    /// the shared files; a malformed file throws `ConfigFileError`.
    public static func load(environment: AWSEnvironment, profileOption: String? = nil) throws -> EndpointSettings {
        let selection = ProfileSelection.resolve(option: profileOption, environment: environment)
        let config = try SharedConfig.load(from: environment)
        return resolve(variables: environment.variables, profile: config.profile(selection.name))
    }
}
