import DashboardModel
import FlightdeckConfig
import Foundation
import Testing

/// Parsing the config file: stacks, every key, and errors that name file, line and key.
@Suite struct ConfigFileTests {
    static let example = """
        defaultStack: staging
        stacks:
          production:
            profile: shop-prod
            regions: [us-east-1, eu-west-1]
            selection:
              asg: [web-asg]
              loadBalancers: [shop-alb]
              distributions: [E2ABCDEF]
              databases: [shop-db]
              tags: {app: shop}
              maxResources: 50
            theme: ansi16
            color: red
            refresh: {autoScaling: 10, metrics: 120, cost: 7200}
            alerts:
              unhealthyTargetsPerZone: 2
              hitRatioFloor: 0.9
              errorRate5xxCeiling: 0.01
              alertAtCeiling: false
              staleAfterIntervals: 4
            notify: both
            readOnly: true
          staging:
            profile: shop-staging
            regions: us-west-2
            endpointURL: http://127.0.0.1:4566
        """

    @Test func readsEveryKeyOfAStack() throws {
        let file = try ConfigFile.parse(Self.example, path: "/cfg.yaml")
        let stack = try #require(try file.stack(named: "production"))
        #expect(stack.profile == "shop-prod")
        #expect(stack.regions == ["us-east-1", "eu-west-1"])
        #expect(stack.selection.groups == ["web-asg"])
        #expect(stack.selection.loadBalancers == ["shop-alb"])
        #expect(stack.selection.distributions == ["E2ABCDEF"])
        #expect(stack.selection.databases == ["shop-db"])
        #expect(stack.selection.tags == ["app": "shop"])
        #expect(stack.selection.maxResources == 50)
        #expect(stack.theme == "ansi16")
        #expect(stack.color == .red && stack.color?.roleName == "critical")
        #expect(stack.refresh == [.autoScaling: 10, .metrics: 120, .cost: 7200])
        #expect(
            stack.alerts
                == AlertThresholds(
                    unhealthyTargetsPerZone: 2, hitRatioFloor: 0.9, errorRate5xxCeiling: 0.01,
                    alertAtCeiling: false, staleAfterIntervals: 4))
        #expect(stack.notify == .both)
        #expect(stack.readOnly)
        #expect(stack.endpointURL == nil)
    }

    @Test func defaultStackIsUsedWithoutStackAndPartialStacksKeepDefaults() throws {
        let file = try ConfigFile.parse(Self.example, path: "/cfg.yaml")
        let stack = try #require(try file.stack(named: nil))
        #expect(stack.name == "staging")
        #expect(stack.regions == ["us-west-2"], "a single region may be written without brackets")
        #expect(stack.endpointURL == "http://127.0.0.1:4566")
        #expect(stack.alerts == AlertThresholds())
        #expect(!stack.readOnly && stack.color == nil && stack.refresh.isEmpty && stack.notify == nil)
    }

    @Test func noDefaultStackAndNoStackNameMeansNoStack() throws {
        let file = try ConfigFile.parse("stacks:\n  a:\n    profile: x\n", path: "/cfg.yaml")
        #expect(try file.stack(named: nil) == nil)
        #expect(try ConfigFile.parse("", path: "/empty.yaml").stack(named: nil) == nil)
    }

    @Test func colourMayBeARoleName() throws {
        let file = try ConfigFile.parse("stacks:\n  a:\n    color: warning\n", path: "/c.yaml")
        #expect(file.stacks["a"]?.color == .yellow)
    }

    /// The error's text for `yaml`.
    func error(_ yaml: String, stack: String? = nil) -> String {
        do {
            let file = try ConfigFile.parse(yaml, path: "/etc/fd.yaml")
            _ = try file.stack(named: stack)
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test func unknownKeysNameFileLineAndKey() {
        #expect(
            error("stacks:\n  prod:\n    regoins: [us-east-1]\n").hasPrefix(
                "/etc/fd.yaml:3:5: unknown key 'regoins' in stacks.prod"))
        #expect(error("stack:\n  prod: {}\n").hasPrefix("/etc/fd.yaml:1:1: unknown key 'stack'"))
        #expect(
            error("stacks:\n  p:\n    alerts:\n      hitRatio: 0.5\n").hasPrefix(
                "/etc/fd.yaml:4:7: unknown key 'hitRatio' in stacks.p.alerts"))
        #expect(
            error("stacks:\n  p:\n    refresh:\n      cloudwatch: 60\n").contains(
                "expected one of autoScaling, targetHealth"))
        #expect(
            error("stacks:\n  p:\n    selection:\n      groups: [a]\n").hasPrefix(
                "/etc/fd.yaml:4:7: unknown key 'groups' in stacks.p.selection"))
    }

    @Test func wrongTypesNameFileLineAndKey() {
        #expect(
            error("stacks:\n  p:\n    readOnly: maybe\n")
                == "/etc/fd.yaml:3:15: stacks.p.readOnly: expected true or false, got 'maybe'")
        #expect(
            error("stacks:\n  p:\n    refresh:\n      metrics: soon\n").hasPrefix(
                "/etc/fd.yaml:4:16: stacks.p.refresh.metrics: expected a number"))
        #expect(
            error("stacks:\n  p:\n    refresh:\n      metrics: 0\n").contains(
                "stacks.p.refresh.metrics: expected a number above 0"))
        #expect(
            error("stacks:\n  p:\n    alerts:\n      hitRatioFloor: 80\n").contains(
                "stacks.p.alerts.hitRatioFloor: expected a fraction"))
        #expect(
            error("stacks:\n  p:\n    profile: [a, b]\n").hasPrefix(
                "/etc/fd.yaml:3:14: expected a single value for stacks.p.profile"))
        #expect(error("stacks:\n  p:\n    color: purple\n").contains("stacks.p.color: unknown colour 'purple'"))
        #expect(
            error("stacks:\n  p:\n    notify: beep\n")
                == "/etc/fd.yaml:3:13: stacks.p.notify: unknown notification 'beep': expected one of bell, osc, both, none"
        )
        #expect(error("stacks: [a]\n").hasPrefix("/etc/fd.yaml:1:9: expected stacks as a mapping"))
    }

    @Test func badYAMLNamesFileAndLine() {
        let message = error("stacks:\n  p:\n    profile: [unclosed\n")
        #expect(message.hasPrefix("/etc/fd.yaml:"), "\(message)")
        #expect(message.contains("invalid YAML"))
        #expect(error("stacks:\n  p: {}\n  p: {}\n").contains("duplicate key"))
    }

    @Test func unknownStacksNameTheFileAndTheKnownOnes() {
        #expect(
            error(Self.example, stack: "prod")
                == "/etc/fd.yaml: --stack: no stack named 'prod' (known: production, staging)")
        #expect(
            error("defaultStack: nope\nstacks:\n  a: {}\n")
                == "/etc/fd.yaml:1: defaultStack: no stack named 'nope' (known: a)")
    }

    @Test func locationFollowsXDGAndTheOption() {
        #expect(
            ConfigFile.location(option: nil, environment: [:], home: "/home/u") == (
                "/home/u/.config/flightdeck/config.yaml", false
            ))
        #expect(
            ConfigFile.location(option: nil, environment: ["XDG_CONFIG_HOME": "/x"], home: "/home/u").path
                == "/x/flightdeck/config.yaml")
        #expect(
            ConfigFile.location(option: "/p.yaml", environment: ["XDG_CONFIG_HOME": "/x"], home: "/h") == (
                "/p.yaml", true
            ))
    }

    @Test func aMissingDefaultFileIsFineAndAMissingExplicitOneIsAnError() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("fd-none-\(UUID().uuidString).yaml")
            .path
        #expect(try ConfigFile.load(at: (missing, false)) == nil)
        #expect(throws: (any Error).self) { try ConfigFile.load(at: (missing, true)) }
        do {
            _ = try ConfigFile.load(at: (missing, true))
        } catch {
            #expect(error.description == "\(missing): no such file (given by --config)")
        }
    }

    @Test func theExampleFileInDocsParses() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("docs/config.example.yaml").path
        let file = try #require(try ConfigFile.load(at: (docs, true)))
        #expect(!file.stacks.isEmpty)
        #expect(try file.stack(named: nil) != nil)
    }
}
