import Foundation
import Scheduler
import Testing

/// The rosters planners could not publish (issue 13), each reproduced through the binary.
@Suite struct TrustCasesTests {
  /// A 30-minute week with a Wednesday holiday, 8-hour shifts with an unpaid 1-hour lunch, and
  /// minimums the holiday makes unreachable: this gave every shift at 00:00-08:00, `feasible`,
  /// bound 0 and service levels of 0-1 %.
  static let plan = """
    name: Holiday week
    timezone: America/Sao_Paulo
    interval: 30m
    week: 2026-11-30
    shrinkage: 30%
    holidays: [2026-12-02]
    channels:
      - id: voice
        kind: voice
        hours: { mon-fri: "08:00-18:00" }
        target: 80/20
    shifts:
      start_every: 30m
      lengths: [8h]
      breaks:
        - { length: 1h, window: [3h, 5h], paid: false }
    rules:
      min_rest: 11h
      max_consecutive_days: 6

    """

  /// Runs forecast -> require -> schedule on `plan` and `agents`; returns the output folder.
  static func schedule(plan: String, agents: String, in folder: URL, volume: Int = 40) throws -> URL {
    try plan.write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
    try agents.write(to: folder.appendingPathComponent("agents.csv"), atomically: true, encoding: .utf8)
    let parsed = try PlanReader.read(folder: folder.path)
    var forecast = "channel,interval_start,volume,aht_seconds,volume_low,volume_high\n"
    for interval in parsed.calendar.weekIntervals() where parsed.calendar.isOpen(interval, parsed.channels[0].hours) {
      forecast += "voice,\(parsed.calendar.text(for: interval.start)),\(volume),240,\(volume * 3 / 4),\(volume * 5 / 4)\n"
    }
    try forecast.write(to: folder.appendingPathComponent("forecast.csv"), atomically: true, encoding: .utf8)
    try RosterFiles.requireAndSchedule(folder, timeLimit: "5s", context: "trust case")
    return folder.appendingPathComponent("out")
  }

  @Test func holidayWithUnpaidLunchAndUnreachableMinimumsGivesAPublishableRoster() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var agents = "id,name,skills,min_hours,max_hours,max_days,availability,cost_per_hour\n"
    for index in 1...8 { agents += "a\(index),Agent \(index),voice,\(index <= 4 ? 35 : 40),40,5,,15\n" }
    let out = try Self.schedule(plan: Self.plan, agents: agents, in: folder)
    let report = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("schedule.json")))
      as! [String: Any]
    #expect((report["lowerBound"] as! Double) > 0)
    #expect((report["rosterViolations"] as! [Any]).isEmpty)
    let roster = try RosterFiles.table(out.appendingPathComponent("roster.csv").path)
    // Nothing on the holiday, nothing while voice is closed, every shift inside 08:00-18:00.
    #expect(!roster.isEmpty && roster.allSatisfy { $0["date"] != "2026-12-02" })
    #expect(roster.allSatisfy { row in
      let start = row["start"]!.suffix(5), end = row["end"]!.suffix(5)
      return start >= "08:00" && end <= "18:00" && row["activity"] != "idle"
    })
    // 35 h less a day's share (7 h) is 28 h: four 8-hour shifts less the unpaid lunches. 40 h less
    // 8 h is 32 h, above the 28 h four days allow: named, never silent.
    let conflicts = (report["conflicts"] as! [[String: Any]]).map { "\($0["agent"] ?? ""): \($0["problem"]!) \($0["relaxedTo"]!)" }
    for index in 5...8 {
      #expect(conflicts.contains { $0.hasPrefix("a\(index): minimum hours 32 exceed the 28 h") }, "\(conflicts)")
    }
    for index in 1...8 {
      #expect(conflicts.contains { $0.hasPrefix("a\(index): holiday 2026-12-02") }, "\(conflicts)")
    }
    // The check holds the contract as written: it finds exactly the four minimums schedule.json
    // names, and passes the roster because they are named there.
    let rosterPath = out.appendingPathComponent("roster.csv").path
    let check = try StaffplanBinary.run(["check", "--plan", folder.path, "--roster", rosterPath])
    let lines = check.stdout.split(separator: "\n")
    #expect(check.status == 0 && lines.count == 5 && lines.last == "no violations; 4 minimums named in schedule.json", "\(check.stdout)")
    #expect(lines.dropLast().allSatisfy { $0.hasPrefix("named: ") && $0.contains("weeklyHours: is paid 28h in the week, below the minimum 32h") })
    let strict = try StaffplanBinary.run(["check", "--plan", folder.path, "--roster", rosterPath, "--schedule", "none"])
    #expect(strict.status == 2 && strict.stdout.hasSuffix("4 violations\n"), "\(strict.stdout)")
  }

  /// An emergency line open every hour, with `holidays: "00:00-24:00"`: the Wednesday holiday is
  /// staffed, the check passes, and no agent's minimum is lowered for a holiday they may work.
  /// Without the key the holiday closes the line, and `schedule` says so.
  @Test func anEmergencyLineWithHolidayHoursIsStaffedOnTheHoliday() throws {
    for holidayHours in [true, false] {
      let folder = try Fixture.folder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let hours = holidayHours ? "{ daily: \"00:00-24:00\", holidays: \"00:00-24:00\" }" : "{ daily: \"00:00-24:00\" }"
      let plan = Self.plan.replacingOccurrences(of: "{ mon-fri: \"08:00-18:00\" }", with: hours)
        .replacingOccurrences(of: "start_every: 30m", with: "start_every: 2h")
      var agents = "id,name,skills,min_hours,max_hours,max_days,availability,cost_per_hour\n"
      for index in 1...16 { agents += "a\(index),Agent \(index),voice,32,40,5,,15\n" }
      let out = try Self.schedule(plan: plan, agents: agents, in: folder, volume: 4)
      let roster = try RosterFiles.table(out.appendingPathComponent("roster.csv").path)
      let onHoliday = roster.filter { $0["date"] == "2026-12-02" && $0["activity"] == "work" }
      let report = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("schedule.json")))
        as! [String: Any]
      let conflicts = (report["conflicts"] as! [[String: Any]]).map { "\($0["problem"]!)" }
      let check = try StaffplanBinary.run(["check", "--plan", folder.path, "--roster", out.appendingPathComponent("roster.csv").path])
      #expect(check.status == 0, "\(check.stdout)")
      if holidayHours {
        // Every half hour of the holiday has someone on the line.
        let coverage = try RosterFiles.table(out.appendingPathComponent("coverage.csv").path)
          .filter { $0["interval_start"]!.hasPrefix("2026-12-02") }
        #expect(coverage.count == 48 && coverage.allSatisfy { Double($0["scheduled"]!)! >= 1 }, "\(coverage.map { $0["scheduled"]! })")
        #expect(!onHoliday.isEmpty && !conflicts.contains { $0.hasPrefix("holiday 2026-12-02") }, "\(conflicts)")
        let published = folder.appendingPathComponent("coordinates.md")
        let publish = try StaffplanBinary.run([
          "publish", "--plan", folder.path, "--roster", out.appendingPathComponent("roster.csv").path,
          "--forecast", folder.appendingPathComponent("forecast.csv").path, "--out", published.path, "--promise", "strongest",
        ])
        try #require(publish.status == 0, "\(publish.stderr)")
        let text = try String(contentsOf: published, encoding: .utf8)
        #expect(text.contains("- **On holidays:** 00:00-24:00\n") && text.contains("## Holidays\n"), "\(text)")
      } else {
        #expect(onHoliday.isEmpty)
        #expect(conflicts.contains { $0.hasPrefix("holiday 2026-12-02") })
        let again = try StaffplanBinary.run([
          "schedule", "--plan", folder.path, "--requirements", folder.appendingPathComponent("requirements.csv").path,
          "--out", folder.appendingPathComponent("again").path, "--time-limit", "2s",
        ])
        #expect(again.stderr.contains("note: plan.yaml: holiday 2026-12-02 closes voice, open every other hour of the week"), "\(again.stderr)")
      }
    }
  }

  @Test func minDaysOffCapsTheDaysEachAgentWorks() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let plan = Self.plan.replacingOccurrences(of: "holidays: [2026-12-02]", with: "holidays: []")
      .replacingOccurrences(of: "mon-fri: \"08:00-18:00\"", with: "mon-sun: \"08:00-18:00\"")
      .replacingOccurrences(of: "max_consecutive_days: 6", with: "max_consecutive_days: 6\n  min_days_off: 3")
    var agents = "id,name,skills,min_hours,max_hours,max_days,availability,cost_per_hour\n"
    for index in 1...3 { agents += "a\(index),Agent \(index),voice,0,56,7,,15\n" }
    let out = try Self.schedule(plan: plan, agents: agents, in: folder)
    let roster = try RosterFiles.table(out.appendingPathComponent("roster.csv").path)
    for index in 1...3 {
      let days = Set(roster.filter { $0["agent_id"] == "a\(index)" }.map { $0["date"]! })
      #expect(days.count == 4, "a\(index) works \(days.count) days")
    }
  }
}
