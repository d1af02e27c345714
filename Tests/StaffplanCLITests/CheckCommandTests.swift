import Foundation
import Testing

/// `staffplan check` on a one-agent plan: a clean roster exits 0, a broken one 2 with a line per violation.
@Suite struct CheckCommandTests {
  static let plan = """
    name: Check
    timezone: America/Sao_Paulo
    interval: 15m
    week: 2026-11-30
    shrinkage: 30%
    channels:
      - { id: voice, kind: voice, hours: { mon-fri: "08:00-20:00" }, target: 80/20 }
      - { id: chat, kind: chat, hours: { mon-fri: "08:00-20:00" }, target: 80/60 }
    shifts:
      start_every: 30m
      lengths: [4h]
      breaks:
        - { length: 15m, after: 2h }

    """

  static let agents = """
    id,name,skills,min_hours,max_hours,max_days,availability,cost_per_hour
    a1,Ana,voice,0,40,5,,15

    """

  /// A plan folder holding plan.yaml, agents.csv and roster.csv with these rows.
  static func folder(roster rows: [String]) throws -> URL {
    let folder = try Fixture.folder()
    try plan.write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
    try agents.write(to: folder.appendingPathComponent("agents.csv"), atomically: true, encoding: .utf8)
    let roster = (["agent_id,date,start,end,activity,channel"] + rows).joined(separator: "\n") + "\n"
    try roster.write(to: folder.appendingPathComponent("roster.csv"), atomically: true, encoding: .utf8)
    return folder
  }

  static func run(_ folder: URL, _ extra: [String] = []) throws -> StaffplanBinary.Output {
    try StaffplanBinary.run(
      ["check", "--plan", folder.path, "--roster", folder.appendingPathComponent("roster.csv").path] + extra)
  }

  @Test func cleanRosterExitsZero() throws {
    let folder = try Self.folder(roster: [
      "a1,2026-11-30,2026-11-30T09:00,2026-11-30T11:00,work,voice",
      "a1,2026-11-30,2026-11-30T11:00,2026-11-30T11:15,break,",
      "a1,2026-11-30,2026-11-30T11:15,2026-11-30T13:00,work,voice",
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try Self.run(folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "no violations\n")
  }

  @Test func brokenRosterExitsTwoWithOneLinePerViolation() throws {
    let folder = try Self.folder(roster: [
      "a1,2026-11-30,2026-11-30T09:15,2026-11-30T11:15,work,chat",
      "a1,2026-11-30,2026-11-30T11:15,2026-11-30T11:30,break,",
      "a1,2026-11-30,2026-11-30T11:30,2026-11-30T13:15,work,voice",
      "zz,2026-12-01,2026-12-01T09:00,2026-12-01T13:00,idle,",
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try Self.run(folder)
    #expect(result.status == 2, "\(result.stderr)")
    #expect(
      result.stdout.split(separator: "\n") == [
        "a1, 2026-11-30, startGrid: starts 09:15, 9h15m after midnight, off the 30m start grid",
        "a1, 2026-11-30, skills: works chat 09:15-11:15 without the skill (skills: voice)",
        "zz, 2026-12-01, breaks: misses the 15m break of its 4h shift (it must start 2h to 3h into the shift)",
        "zz, week, knownAgent: is not in agents.csv but has 1 shift in the roster",
        "4 violations",
      ])
    #expect(result.stderr.contains("check: 4 violations"))

    let json = try Self.run(folder, ["--json"])
    #expect(json.status == 2)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect(object?["count"] as? Int == 4)
    let first = try #require((object?["violations"] as? [[String: Any]])?.first)
    #expect(first["agent"] as? String == "a1")
    #expect(first["date"] as? String == "2026-11-30")
    #expect(first["rule"] as? String == "startGrid")
  }

  @Test func missingRosterExits64() throws {
    let folder = try Self.folder(roster: [])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try StaffplanBinary.run(["check", "--plan", folder.path, "--roster", folder.appendingPathComponent("none.csv").path])
    #expect(result.status == 64)
    #expect(result.stderr.contains("none.csv"))
  }
}
