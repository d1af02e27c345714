import Foundation
import Testing

/// Files for another week than the plan's (Data/demo: 2026-11-29 to 2026-12-05) are refused by
/// validate, publish, require and schedule --requirements with exit 64 and one line; validation
/// counts no roster time beyond the week's end.
@Suite struct WeekCoverageCLITests {
  static let plan = Fixture.root.appendingPathComponent("Data/demo").path
  static let planWeek = "the plan's week 2026-11-29 to 2026-12-05"
  static let forecastRemedy =
    "forecast that week (staffplan forecast --start 2026-11-29 --weeks 1) or change week: in plan.yaml"

  /// A forecast of voice at 09:00 on each of `days` (local dates).
  static func forecast(days: [String]) -> String {
    "channel,interval_start,volume,aht_seconds,volume_low,volume_high\n"
      + days.map { "voice,\($0)T09:00,60,190,50,70\n" }.joined()
  }

  /// 30 agents 08:00-10:00 on `date`: keeps the demo's voice promise for the forecast above.
  static func roster(date: String) -> String {
    "agent_id,date,start,end,activity,channel\n"
      + (1...30).map { String(format: "A%03d,\(date),\(date)T08:00,\(date)T10:00,work,voice\n", $0) }.joined()
  }

  static func write(_ files: [String: String], in folder: URL) throws {
    for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
  }

  /// Runs `arguments` in a new folder holding `files`, expects exit 64 with nothing on stdout and
  /// nothing written, and returns stderr.
  static func refusal(_ files: [String: String], _ arguments: [String]) throws -> String {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try write(files, in: folder)
    let result = try StaffplanBinary.run(arguments, in: folder)
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)) == Set(files.keys))
    return result.stderr
  }

  static func validate(_ command: String = "validate", forecast days: [String], roster date: String) throws -> String {
    try refusal(
      ["forecast.csv": forecast(days: days), "roster.csv": roster(date: date)],
      [command, "--plan", plan, "--roster", "roster.csv", "--forecast", "forecast.csv", "--out", "out.md"])
  }

  @Test func validateRefusesTheFollowingWeeksForecast() throws {
    #expect(
      try Self.validate(forecast: ["2026-12-06", "2026-12-12"], roster: "2026-11-29")
        == "forecast.csv: covers 2026-12-06 to 2026-12-12, not \(Self.planWeek); \(Self.forecastRemedy)\n")
  }

  @Test func publishRefusesTheFollowingWeeksForecastAndWritesNothing() throws {
    #expect(
      try Self.validate("publish", forecast: ["2026-12-06"], roster: "2026-11-29")
        == "forecast.csv: covers 2026-12-06, not \(Self.planWeek); \(Self.forecastRemedy)\n")
  }

  @Test func validateRefusesAForecastOfSeveralWeeks() throws {
    #expect(
      try Self.validate(forecast: ["2026-11-29", "2026-12-06"], roster: "2026-11-29")
        == "forecast.csv: covers 2 weeks (2026-11-29 to 2026-12-06); the plan's week is 2026-11-29 to 2026-12-05; "
        + "\(Self.forecastRemedy)\n")
  }

  @Test func validateRefusesARosterWithShiftsOutsideTheWeek() throws {
    #expect(
      try Self.validate(forecast: ["2026-11-29"], roster: "2026-12-06")
        == "roster.csv: covers 2026-12-06, not \(Self.planWeek); schedule that week (staffplan schedule) "
        + "or change week: in plan.yaml\n")
  }

  @Test func requireRefusesAnotherWeeksForecast() throws {
    let stderr = try Self.refusal(
      ["forecast.csv": Self.forecast(days: ["2026-11-22", "2026-11-28"])],
      ["require", "--plan", Self.plan, "--forecast", "forecast.csv", "--out", "requirements.csv"])
    #expect(stderr == "forecast.csv: covers 2026-11-22 to 2026-11-28, not \(Self.planWeek); \(Self.forecastRemedy)\n")
  }

  @Test func scheduleRefusesFourWeeksOfRequirements() throws {
    var requirements = "channel,interval_start,volume,aht_seconds,agents,model\n"
    for day in ["2026-11-29", "2026-12-06", "2026-12-13", "2026-12-26"] {
      requirements += "voice,\(day)T09:00,60,190,12.5,erlang-a\n"
    }
    let stderr = try Self.refusal(
      ["requirements.csv": requirements],
      ["schedule", "--plan", Self.plan, "--requirements", "requirements.csv", "--out", "out", "--time-limit", "2s"])
    #expect(
      stderr
        == "requirements.csv: covers 4 weeks (2026-11-29 to 2026-12-26); the plan's week is 2026-11-29 to 2026-12-05; "
        + "cut the file to that week or change week: in plan.yaml\n")
  }

  /// A shift on the week's last day from 22:00 to 06:00 is one agent in that day's last two hours
  /// and none in the week's first morning (the next week's morning is not this week's).
  @Test func aNightShiftOfTheLastDayDoesNotWrapOntoTheFirstMorning() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var forecast = "channel,interval_start,volume,aht_seconds,volume_low,volume_high\n"
    for day in ["2026-11-29", "2026-12-05"] {
      for hour in day == "2026-11-29" ? Array(0..<6) : [22, 23] {
        for minute in [0, 15, 30, 45] {
          forecast += String(format: "voice,\(day)T%02d:%02d,1,180,0,2\n", hour, minute)
        }
      }
    }
    try Self.write(
      [
        "forecast.csv": forecast,
        "roster.csv": "agent_id,date,start,end,activity,channel\nA001,2026-12-05,2026-12-05T22:00,2026-12-06T06:00,work,voice\n",
      ], in: folder)
    let result = try StaffplanBinary.run(
      ["validate", "--plan", Self.plan, "--roster", "roster.csv", "--forecast", "forecast.csv", "--out", "v.csv"],
      in: folder)
    #expect(result.status == 2, "\(result.stderr)")  // 24 intervals without an agent break the promise
    let rows = try String(contentsOf: folder.appendingPathComponent("v.csv"), encoding: .utf8)
      .split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    let voice = rows.filter { $0[0] == "voice" }
    let firstMorning = voice.filter { $0[1].hasPrefix("2026-11-29T0") }
    let lastNight = voice.filter { $0[1].hasPrefix("2026-12-05T2") }
    #expect(firstMorning.count == 24)
    #expect(lastNight.count == 8)
    #expect(firstMorning.allSatisfy { $0[4] == "0" }, "\(firstMorning.map { $0.joined(separator: ",") })")
    #expect(lastNight.allSatisfy { $0[4] == "1" }, "\(lastNight.map { $0.joined(separator: ",") })")
  }
}
