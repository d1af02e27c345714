import Foundation
import Testing

/// `staffplan whatif` on a tiny plan folder: 2 channels, 8 agents, 30-minute intervals, 3 open days,
/// four weeks of generated history.
@Suite struct WhatIfCommandTests {
  static let planYAML = """
    name: Tiny Center
    timezone: Europe/London
    interval: 30m
    week: 2026-11-30
    shrinkage: 20%
    channels:
      - id: voice
        kind: voice
        hours: { mon-wed: "09:00-13:00" }
        target: 80/20
      - id: chat
        kind: chat
        concurrency: 2
        hours: { mon-tue: "09:00-12:00" }
        target: 80/60
    shifts:
      start_every: 30m
      lengths: [4h]
    rules:
      min_rest: 11h
      max_consecutive_days: 6

    """

  static let agentsCSV = """
    id,name,skills,min_hours,max_hours,max_days,availability,cost_per_hour
    A001,Ana,voice,0,20,3,,15
    A002,Bruno,voice,0,20,3,,15
    A003,Carla,voice,0,20,3,,15
    A004,Dan,voice|chat,0,20,3,,16
    A005,Eva,voice|chat,0,20,3,,16
    A006,Fay,chat,0,20,3,,14
    A007,Gil,chat,0,20,3,,14
    A008,Hugo,voice|chat,0,20,3,,16

    """

  /// Four weeks before the plan's week: voice Mon-Wed 09:00-13:00 about 12-15 calls per interval,
  /// chat Mon-Tue 09:00-12:00 about 10-13 chats.
  static func history() -> String {
    var text = "timestamp,channel,volume,aht_seconds\n"
    let days = ["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-09", "2026-11-10", "2026-11-11",
                "2026-11-16", "2026-11-17", "2026-11-18", "2026-11-23", "2026-11-24", "2026-11-25"]
    for (index, day) in days.enumerated() {
      for slot in 0..<8 {
        let time = String(format: "%02d:%02d", 9 + slot / 2, 30 * (slot % 2))
        text += "\(day)T\(time),voice,\(12 + slot % 3 + index % 2),180\n"
        if index % 3 != 2, slot < 6 { text += "\(day)T\(time),chat,\(10 + slot % 3 + index % 2),300\n" }
      }
    }
    return text
  }

  /// A plan folder with the files above and the scenario, in a new temporary folder.
  static func folder(scenario: String) throws -> URL {
    let folder = try Fixture.folder()
    try planYAML.write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
    try agentsCSV.write(to: folder.appendingPathComponent("agents.csv"), atomically: true, encoding: .utf8)
    try history().write(to: folder.appendingPathComponent("history.csv"), atomically: true, encoding: .utf8)
    try scenario.write(to: folder.appendingPathComponent("late.yaml"), atomically: true, encoding: .utf8)
    return folder
  }

  @Test func comparesBaseWithAScenarioInTableCSVAndJSON() throws {
    let folder = try Self.folder(scenario: """
      name: late chat
      hours: { chat: { mon-tue: "09:00-13:00" } }
      volume: { voice: +10% }
      headcount: { add: { like: A004, count: 1 } }
      """)
    defer { try? FileManager.default.removeItem(at: folder) }
    let csv = folder.appendingPathComponent("whatif.csv"), json = folder.appendingPathComponent("whatif.json")
    let result = try StaffplanBinary.run([
      "whatif", "--plan", folder.path, "--scenario", folder.appendingPathComponent("late.yaml").path,
      "--out", csv.path, "--out", json.path, "--time-limit", "5s",
    ])
    #expect(result.status == 0, "\(result.stderr)")

    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0] == "Tiny Center, week of 2026-11-30: 1 scenario(s) against the base plan")
    #expect(lines[1].split(separator: " ", omittingEmptySubsequences: true) == ["base", "late", "chat"])
    let labels = ["paid hours", "FTE (paid h / 40)", "cost", "agents", "service level voice", "promise voice",
                  "unmet agent-h voice", "service level chat", "promise chat", "unmet agent-h chat",
                  "promises kept", "solver"]
    for (offset, label) in labels.enumerated() { #expect(lines[2 + offset].hasPrefix(label), "\(lines[2 + offset])") }
    #expect(lines[5].split(separator: " ") == ["agents", "8", "9"])  // one copy of A004 added
    #expect(result.stdout.contains(
      "late chat: chat: 4 new intervals (mon,tue 12:00-13:00) are not in the forecast; assumed the forecast of the nearest open interval of the same day x 100% (new_hours_volume: nearest)"))
    #expect(result.stdout.contains("late chat: headcount: added A004-new1 as copies of A004 (9 agents)"))
    #expect(result.stderr.contains("whatif: 1/2 base\n"))
    #expect(result.stderr.contains("whatif: 2/2 late chat ("))

    let rows = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    #expect(rows[0] == ["metric", "base", "late chat"])
    #expect(rows.map { String($0[0]) } == [
      "metric", "paid_hours", "fte", "cost", "agents", "service_level_voice", "promise_voice",
      "unmet_agent_hours_voice", "service_level_chat", "promise_chat", "unmet_agent_hours_chat",
      "promises_kept", "promises", "solver_status",
    ])
    #expect(rows.allSatisfy { $0.count == 3 })
    let figure = { (key: String, column: Int) in Double(rows.first { $0[0] == key }![column])! }
    #expect(abs(figure("fte", 1) - figure("paid_hours", 1) / 40) < 1e-3)
    // More volume and longer chat hours: never fewer paid hours (4-hour shifts can absorb it all).
    #expect(figure("paid_hours", 2) >= figure("paid_hours", 1))
    #expect(rows.first { $0[0] == "promises" }?[1] == "2")

    let document = try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any]
    let scenarios = try #require(document?["scenarios"] as? [[String: Any]])
    #expect(scenarios.map { $0["name"] as? String } == ["base", "late chat"])
    #expect((scenarios[1]["notes"] as? [String])?.count == 2)
    #expect((scenarios[0]["channels"] as? [[String: Any]])?.map { $0["channel"] as? String } == ["voice", "chat"])
  }

  @Test func unknownScenarioKeyExits64WithTheNearestKey() throws {
    let folder = try Self.folder(scenario: "name: typo\nhandle_tme: +5%\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    let scenario = folder.appendingPathComponent("late.yaml").path
    let result = try StaffplanBinary.run(["whatif", "--plan", folder.path, "--scenario", scenario])
    #expect(result.status == 64)
    #expect(result.stderr == "\(scenario) line 2, field handle_tme: unknown key; did you mean \"handle_time\"?\n")
    #expect(result.stdout.isEmpty)
  }

  @Test func outputNeitherCSVNorJSONExits64BeforeWork() throws {
    let folder = try Self.folder(scenario: "volume: +5%\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try StaffplanBinary.run([
      "whatif", "--plan", folder.path, "--scenario", folder.appendingPathComponent("late.yaml").path,
      "--out", "table.txt",
    ])
    #expect(result.status == 64)
    #expect(result.stderr == "--out: \"table.txt\" ends in neither .csv nor .json; name the file like whatif.csv or whatif.json\n")
  }
}
