import SimulatorModel

/// RDS (query, 2014-10-31): the Multi-AZ instance, (no) Aurora clusters, and events.
public enum RDSReplies {
    /// Answers `call` from `model`.
    public static func handle(_ call: QueryCall, model: inout LaunchDayModel) throws(QueryError) -> WireResponse {
        switch call.action {
        case "DescribeDBInstances": return try describeInstances(call, model: model)
        case "DescribeDBClusters": return try describeClusters(call, model: model)
        case "DescribeEvents": return try describeEvents(call, model: model)
        default: throw call.unsupported
        }
    }

    /// RDS's error for a DB instance identifier it does not know.
    static func instanceNotFound(_ identifier: String) -> QueryError {
        QueryError(code: "DBInstanceNotFound", message: "DBInstance \(identifier) not found.", status: 404)
    }

    /// `DescribeDBInstances`: the Multi-AZ instance with both zones.
    static func describeInstances(_ call: QueryCall, model: LaunchDayModel) throws(QueryError) -> WireResponse {
        let config = model.config
        let database = model.database
        let wanted = call.parameters["DBInstanceIdentifier"]
        let extras = model.extraServices.filter { wanted == nil || wanted?.lowercased() == $0.databaseIdentifier }
        let includeShop = wanted == nil || wanted?.lowercased() == database.identifier || wanted == config.databaseARN
        if let wanted, !includeShop, extras.isEmpty {
            throw instanceNotFound(wanted)
        }
        // The shop's database first, then the extra services', paged as AWS pages (MaxRecords 20...100).
        let pageSize = max(20, min(try call.parameters.integer("MaxRecords") ?? 100, 100))
        let page = ShopFirstPage(shop: includeShop, extras: extras, token: call.parameters["Marker"], size: pageSize)
        return call.reply { result in
            result.element("DBInstances") { list in
                if page.includesShop {
                    list.element("DBInstance") { xml in
                        let db = database
                        xml.leaf("DBInstanceIdentifier", db.identifier)
                        xml.leaf("DBInstanceClass", config.databaseClass)
                        xml.leaf("Engine", config.databaseEngine)
                        xml.leaf("DBInstanceStatus", db.status)
                        xml.leaf("MasterUsername", "admin")
                        xml.leaf("DBName", "shop")
                        xml.element("Endpoint") { endpoint in
                            endpoint.leaf("Address", "\(db.identifier).c1a2b3c4d5e6.\(config.region).rds.amazonaws.com")
                            endpoint.leaf("Port", 3306)
                            endpoint.leaf("HostedZoneId", "Z2R2ITUGPM61AM")
                        }
                        xml.leaf("AllocatedStorage", 200)
                        xml.leaf("InstanceCreateTime", WireDate.iso(model, -86_400 * 90))
                        xml.leaf("PreferredBackupWindow", "03:00-03:30")
                        xml.leaf("BackupRetentionPeriod", 7)
                        xml.element("DBSecurityGroups") { _ in }
                        xml.members("VpcSecurityGroups", ["sg-0d1e2f3a4b5c6d7e8"], tag: "VpcSecurityGroupMembership") {
                            group, id in
                            group.leaf("VpcSecurityGroupId", id)
                            group.leaf("Status", "active")
                        }
                        xml.leaf("AvailabilityZone", db.primaryZone)
                        xml.leaf("PreferredMaintenanceWindow", "sun:05:00-sun:05:30")
                        xml.leaf("MultiAZ", true)
                        xml.leaf("EngineVersion", config.databaseEngineVersion)
                        xml.leaf("AutoMinorVersionUpgrade", true)
                        xml.element("ReadReplicaDBInstanceIdentifiers") { _ in }
                        xml.leaf("LicenseModel", "general-public-license")
                        xml.leaf("SecondaryAvailabilityZone", db.standbyZone)
                        xml.leaf("PubliclyAccessible", false)
                        xml.leaf("StorageType", "gp3")
                        xml.leaf("DbInstancePort", 0)
                        xml.leaf("StorageEncrypted", true)
                        xml.leaf("DbiResourceId", "db-SIMULATORSHOPDB0000000001")
                        xml.leaf("DBInstanceArn", config.databaseARN)
                        xml.leaf("DeletionProtection", true)
                        xml.members("TagList", ShopTags.all, tag: "Tag") { tag, pair in
                            tag.leaf("Key", pair.0)
                            tag.leaf("Value", pair.1)
                        }
                    }
                }
                for extra in page.extras {
                    list.element("DBInstance") { xml in
                        xml.leaf("DBInstanceIdentifier", extra.databaseIdentifier)
                        xml.leaf("DBInstanceClass", "db.t3.medium")
                        xml.leaf("Engine", "postgres")
                        xml.leaf("DBInstanceStatus", "available")
                        xml.leaf("AvailabilityZone", extra.zones.first ?? config.databasePrimaryZone)
                        xml.leaf("MultiAZ", false)
                        xml.leaf(
                            "DBInstanceArn",
                            "arn:aws:rds:\(config.region):\(config.accountID):db:\(extra.databaseIdentifier)")
                    }
                }
            }
            result.leaf("Marker", page.next)
        }
    }

    /// `DescribeDBClusters`: the shop has no Aurora cluster.
    static func describeClusters(_ call: QueryCall, model: LaunchDayModel) throws(QueryError) -> WireResponse {
        if let wanted = call.parameters["DBClusterIdentifier"] {
            throw QueryError(code: "DBClusterNotFoundFault", message: "DBCluster \(wanted) not found.", status: 404)
        }
        return call.reply { result in
            result.element("DBClusters") { _ in }
        }
    }

    /// `DescribeEvents`: the instance's events in the window (default: the last 60 minutes).
    static func describeEvents(_ call: QueryCall, model: LaunchDayModel) throws(QueryError) -> WireResponse {
        let parameters = call.parameters
        let config = model.config
        var end = model.now
        var start = end - 3_600
        if let text = parameters["EndTime"], let date = WireDate.parse(text) {
            end = date.timeIntervalSince(config.startDate)
        }
        if let text = parameters["StartTime"], let date = WireDate.parse(text) {
            start = date.timeIntervalSince(config.startDate)
        } else if let minutes = try parameters.integer("Duration") {
            start = end - Double(minutes) * 60
        }
        let categories = Set(parameters.list("EventCategories"))
        let sourceType = parameters["SourceType"]
        let source = parameters["SourceIdentifier"]
        let events = model.database.events.filter { event in
            event.time >= start && event.time <= end
                && (categories.isEmpty || !categories.isDisjoint(with: event.categories))
                && (sourceType == nil || sourceType == event.sourceType)
                && (source == nil || source == event.sourceIdentifier)
        }
        return call.reply { result in
            result.members("Events", events, tag: "Event") { xml, event in
                xml.leaf("SourceIdentifier", event.sourceIdentifier)
                xml.leaf("SourceType", event.sourceType)
                xml.leaf("Message", event.message)
                xml.stringMembers("EventCategories", event.categories, tag: "EventCategory")
                xml.leaf("Date", WireDate.iso(model, event.time))
                xml.leaf("SourceArn", config.databaseARN)
            }
        }
    }
}
