/// RDS (query protocol, 2014-10-31): instances, Aurora clusters and events (failover state).
///
/// RDS names list entries after their type (`<DBInstances><DBInstance>`), not `member`.
public enum RDS {}
