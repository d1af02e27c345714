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
}
