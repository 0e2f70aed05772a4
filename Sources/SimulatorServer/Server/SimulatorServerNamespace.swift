/// The simulator's HTTP front end; filled in by the next commits.
enum SimulatorServerNamespace {}
