import Foundation

/// Builds the chain the AWS CLI uses, wrapped in a refreshing cache.
public enum DefaultCredentialChain {
    /// The links, in order: environment keys (skipped when `--profile` is given), assume role,
    /// web identity, SSO, shared credentials file, `credential_process`, config file, container,
    /// instance metadata.
    public static func sources(
        environment: AWSEnvironment, profile: ProfileSelection,
        sts: any STSCredentialsClient
    ) -> [CredentialSource] {
        let context = ProfileContext(environment: environment, selection: profile, sts: sts)
        var sources: [CredentialSource] = []
        if !profile.isExplicitOption {
            sources.append(
                CredentialSource(
                    name: "environment",
                    provider: EnvironmentCredentialProvider(environment: environment.variables)))
        }
        for step in ProfileStep.allCases {
            sources.append(
                CredentialSource(
                    name: step.sourceName, provider: ProfileCredentialProvider(step: step, context: context)))
        }
        sources.append(
            CredentialSource(
                name: ContainerCredentialProvider.sourceName,
                provider: ContainerCredentialProvider(environment: environment)))
        sources.append(
            CredentialSource(
                name: InstanceMetadataCredentialProvider.sourceName, refreshWindow: 15 * 60,
                provider: InstanceMetadataCredentialProvider(environment: environment)))
        return sources
    }

    /// The default chain for `--profile` value `profileOption` (nil when not given), cached and refreshed.
    public static func make(
        environment: AWSEnvironment, profileOption: String? = nil,
        sts: any STSCredentialsClient = UnavailableSTSClient()
    ) -> CredentialCache {
        let selection = ProfileSelection.resolve(option: profileOption, environment: environment)
        let chain = CredentialChain(sources: sources(environment: environment, profile: selection, sts: sts))
        return CredentialCache(chain: chain, now: environment.now)
    }
}
