import Foundation
import Testing

@Suite struct RequireCommandTests {
  @Test func writesSpecColumnsForOpenIntervalsOfTheDemoPlan() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let forecast = folder.appendingPathComponent("forecast.csv")
    try """
      channel,interval_start,volume,aht_seconds,volume_low,volume_high
      voice,2026-11-29T09:00,60,190,50,70
      voice,2026-11-29T03:00,2,190,1,3
      email,2026-11-29T03:00,4,300,2,6
      """.write(to: forecast, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("requirements.csv")
    let result = try StaffplanBinary.run([
      "require", "--plan", Fixture.root.appendingPathComponent("Data/demo").path, "--forecast", forecast.path,
      "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = try String(contentsOf: out, encoding: .utf8).split(separator: "\n")
    #expect(lines.first?.hasPrefix("channel,interval_start,volume,aht_seconds,agents,model") == true)
    #expect(lines.count == 3)  // voice at 03:00 is closed; e-mail arrives at any hour
    #expect(lines[1].hasPrefix("voice,2026-11-29T09:00,60,190,"))
    #expect(lines[1].contains(",erlang-a,"))
    // 4 e-mails x 300 s in 900 s = 1.3333 agents, / (1 - 30 % shrinkage) = 1.9048.
    #expect(lines[2] == "email,2026-11-29T03:00,4,300,1.9048,deferred,,0.6667,")
  }

  @Test func badForecastRowExits64WithFileLineAndField() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let forecast = folder.appendingPathComponent("forecast.csv")
    try "channel,interval_start,volume,aht_seconds,volume_low,volume_high\nvoice,2026-11-29T09:00,6o,190,5,7\n"
      .write(to: forecast, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("requirements.csv")
    let result = try StaffplanBinary.run([
      "require", "--plan", Fixture.root.appendingPathComponent("Data/demo").path, "--forecast", forecast.path,
      "--out", out.path,
    ])
    #expect(result.status == 64)
    #expect(result.stderr == "\(forecast.path) line 2, field volume: \"6o\" is not a number of zero or more; give a number of zero or more\n")
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }
}
