import Foundation
import SimulatorModel
import SimulatorServer
import Testing

/// Scenario files: faults fire at their simulated second; bad files say which event is wrong.
@Suite struct ScenarioTests {
    @Test func aScenarioFaultFiresAtItsSecondNotAtTheNextRequest() async throws {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let host = SimulationHost(seed: 5, speed: 1, wallNow: { start })
        let events = try Scenario.parse(
            Data(#"[{"at": 120, "fault": {"kind": "rds-failover"}}]"#.utf8), file: "test.json")
        await host.schedule(events)
        await host.advance(seconds: 100)
        #expect(await !host.currentModel().database.isFailingOver)
        await host.advance(seconds: 30)
        let model = await host.currentModel()
        #expect(model.database.isFailingOver)
        #expect(model.database.events.last?.time == 120, "the failover started at second 120")
        #expect(await host.scenario.isEmpty)
    }

    @Test(arguments: [
        (#"{"at": 1}"#, "not a JSON array"),
        (#"[{"fault": {"kind": "cache-flush"}}]"#, "event 1: \"at\""),
        (
            #"[{"at": 5, "fault": {"kind": "cache-flush"}}, {"at": 9, "fault": {"kind": "meteor"}}]"#,
            "event 2: unknown fault kind 'meteor'"
        ),
        (#"[{"at": 5, "fault": "rds-failover"}]"#, "event 1: \"fault\" must be an object")
    ])
    func badScenariosNameTheFileAndEvent(_ text: String, _ message: String) {
        #expect {
            try Scenario.parse(Data(text.utf8), file: "launch.json")
        } throws: { error in
            String(describing: error).hasPrefix("launch.json") && String(describing: error).contains(message)
        }
    }

    @Test func theShippedExampleParses() throws {
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
                "docs/scenario.example.json")
        #expect(try Scenario.load(path: example.path).count == 7)
    }
}
