import Forecast
import Foundation
import Testing

@Suite struct ForecastCommandTests {
  @Test func demoForecastHasContractColumnsAndEveryOpenInterval() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("forecast.csv")
    let result = try StaffplanBinary.run([
      "forecast", "--plan", Fixture.root.appendingPathComponent("Data/demo").path, "--start", "2026-11-29",
      "--weeks", "1", "--backtest", "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("voice: chosen "))
    #expect(result.stdout.contains("WAPE"))
    #expect(result.stdout.contains(" CalendarTopDown "), "the calendar-aware candidate is backtested")
    // The demo's history holds two holidays: the factors found print with the days behind them.
    #expect(result.stdout.contains("calendar factors on volume"))
    #expect(result.stdout.contains("open day 1 after a closure"))
    #expect(result.stdout.contains("calendar factors on handle time"))
    #expect(result.stdout.contains("    by block: 06-08 "))
    #expect(result.stdout.contains("    by weekday: sun "))
    let lines = try String(contentsOf: out, encoding: .utf8).split(separator: "\n")
    #expect(lines[0].hasPrefix("channel,interval_start,volume,aht_seconds,volume_low,volume_high"))
    var counts: [String: Int] = [:]
    for line in lines.dropFirst() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false)
      counts[String(fields[0]), default: 0] += 1
      let volume = Double(fields[2])!, low = Double(fields[4])!, high = Double(fields[5])!
      #expect(low <= volume && volume <= high && low >= 0)
    }
    // Voice: Sunday-Thursday 07:00-24:00 (68 intervals), Friday is a holiday, Saturday 20:00-24:00 (16).
    #expect(counts["voice"] == 5 * 68 + 16)
    // Chat: Sunday-Thursday 08:00-22:00 (56), Friday holiday, Saturday 20:00-23:00 (12).
    #expect(counts["chat"] == 5 * 56 + 12)
    // Deferred work arrives at any hour: every interval of the week.
    #expect(counts["email"] == 672)
    #expect(counts["whatsapp"] == 672)
  }

  @Test func unknownMethodExits64() throws {
    let result = try StaffplanBinary.run([
      "forecast", "--plan", Fixture.root.appendingPathComponent("Data/demo").path, "--start", "2026-11-29",
      "--method", "prophet", "--out", "/tmp/never.csv",
    ])
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix("--method: unknown method \"prophet\"; use auto or one of SeasonalNaive"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  /// The bad-input corpus' tiny plan (Tests/BadInputs/base) with `aht` on voice, its history cut to
  /// `columns` fields per row; the rows of `emptyHandleDates` lose their aht_seconds.
  static func tinyPlan(columns: Int, emptyHandleDates: [String] = []) throws -> URL {
    let folder = try Fixture.folder()
    let base = Fixture.root.appendingPathComponent("Tests/BadInputs/base")
    let plan = try String(contentsOf: base.appendingPathComponent("plan.yaml"), encoding: .utf8)
      .replacingOccurrences(of: "    target: 80/20\n", with: "    target: 80/20\n    aht: 240s\n")
      .replacingOccurrences(of: "    target: 80/60\n", with: "    target: 80/60\n    aht: 5m\n")
    try plan.write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
    let history = try String(contentsOf: base.appendingPathComponent("history.csv"), encoding: .utf8)
      .split(separator: "\n").map { line -> String in
        var fields = line.split(separator: ",", omittingEmptySubsequences: false).prefix(columns).map(String.init)
        if emptyHandleDates.contains(where: { line.hasPrefix($0) }) && fields.count == 4 { fields[3] = "" }
        return fields.joined(separator: ",")
      }.joined(separator: "\n") + "\n"
    try history.write(to: folder.appendingPathComponent("history.csv"), atomically: true, encoding: .utf8)
    return folder
  }

  /// `aht_seconds` of each forecast row, by channel.
  static func handleTimes(_ folder: URL) throws -> [String: [Double]] {
    let text = try String(contentsOf: folder.appendingPathComponent("forecast.csv"), encoding: .utf8)
    var result: [String: [Double]] = [:]
    for line in text.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: ",")
      result[String(fields[0]), default: []].append(Double(fields[3])!)
    }
    return result
  }

  /// Voice doubles over the last three weeks of a 12-week history: every method's backtest runs low,
  /// and the notes say so for voice, not for steady chat.
  @Test func aBacktestRunningLowIsNamed() throws {
    let folder = try Self.tinyPlan(columns: 4)
    defer { try? FileManager.default.removeItem(at: folder) }
    var history = "timestamp,channel,volume,aht_seconds\n"
    let first = LocalDate(year: 2026, month: 3, day: 2).adding(days: -7 * 12)
    for day in 0..<(7 * 12) {
      let date = first.adding(days: day)
      guard ![Weekday.saturday, .sunday].contains(date.weekday) else { continue }
      let voice = day >= 7 * 9 ? 40 + (day - 7 * 9) * 2 : 20
      for hour in 9..<13 {
        let time = "\(date.text)T\(hour < 10 ? "0" : "")\(hour):00"
        history += "\(time),voice,\(voice),200\n\(time),chat,10,300\n"
      }
    }
    try history.write(to: folder.appendingPathComponent("history.csv"), atomically: true, encoding: .utf8)
    let result = try StaffplanBinary.run(
      ["forecast", "--plan", ".", "--start", "2026-03-02", "--out", "forecast.csv"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("low over its backtest weeks") && result.stderr.contains("note: voice:"), "\(result.stderr)")
    #expect(!result.stderr.split(separator: "\n").contains { $0.hasPrefix("note: chat:") && $0.contains("backtest weeks") })
  }

  @Test func volumeOnlyHistoryTakesThePlansHandleTime() throws {
    let folder = try Self.tinyPlan(columns: 3)
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try StaffplanBinary.run(
      ["forecast", "--plan", ".", "--start", "2026-03-02", "--out", "forecast.csv"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let aht = try Self.handleTimes(folder)
    #expect(aht["voice"]?.count == 20 && aht["voice"]!.allSatisfy { $0 == 240 })
    #expect(aht["chat"]?.count == 20 && aht["chat"]!.allSatisfy { $0 == 300 })
  }

  @Test func plansHandleTimeFillsOnlyIntervalsWithoutOne() throws {
    // The base history's handle times lie near 196 s (voice) and 296 s (chat); the first three of its
    // four weeks (to 02-19) lose theirs and take the plan's 240 s / 300 s.
    let folder = try Self.tinyPlan(columns: 4, emptyHandleDates: ["2026-02-0", "2026-02-1"])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try StaffplanBinary.run(
      ["forecast", "--plan", ".", "--start", "2026-03-02", "--out", "forecast.csv"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let voice = try #require(try Self.handleTimes(folder)["voice"])
    #expect(voice.allSatisfy { $0 > 150 && $0 < 240 }, "between the history's and the plan's: \(voice)")
    let whole = try Self.tinyPlan(columns: 4)
    defer { try? FileManager.default.removeItem(at: whole) }
    _ = try StaffplanBinary.run(["forecast", "--plan", ".", "--start", "2026-03-02", "--out", "forecast.csv"], in: whole)
    let untouched = try #require(try Self.handleTimes(whole)["voice"])
    #expect(zip(voice, untouched).allSatisfy { $0 > $1 }, "the plan's 240 s raised the mix")
  }
}
