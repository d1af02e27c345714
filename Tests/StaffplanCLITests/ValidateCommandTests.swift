import Foundation
import Testing

/// Hand-made inputs for the demo plan: one voice interval (60 calls of 190 s at Sunday 09:00) and a
/// crew of demo agents working 08:00-10:00. 30 agents x 70 % = 21 answer (kept); 20 x 70 % = 14 do
/// not (Erlang A gives 74 % within 20 s).
enum ValidationCLIFixture {
  static let plan = Fixture.root.appendingPathComponent("Data/demo").path

  static func files(agents: Int, in folder: URL) throws -> (roster: URL, forecast: URL) {
    let forecast = folder.appendingPathComponent("forecast.csv")
    try """
      channel,interval_start,volume,aht_seconds,volume_low,volume_high
      voice,2026-11-29T09:00,60,190,50,70
      """.write(to: forecast, atomically: true, encoding: .utf8)
    var roster = "agent_id,date,start,end,activity,channel\n"
    for index in 1...agents {
      roster += String(format: "A%03d,2026-11-29,2026-11-29T08:00,2026-11-29T10:00,work,voice\n", index)
    }
    let url = folder.appendingPathComponent("roster.csv")
    try roster.write(to: url, atomically: true, encoding: .utf8)
    return (url, forecast)
  }

  static func json(_ text: String) throws -> [[String: Any]] {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    return try #require(object?["channels"] as? [[String: Any]])
  }
}

@Suite struct ValidateCommandTests {
  @Test func keptPromisesExitZeroWithJSONFields() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (roster, forecast) = try ValidationCLIFixture.files(agents: 30, in: folder)
    let out = folder.appendingPathComponent("intervals.csv")
    let result = try StaffplanBinary.run([
      "validate", "--plan", ValidationCLIFixture.plan, "--roster", roster.path, "--forecast", forecast.path, "--json",
      "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let channels = try ValidationCLIFixture.json(result.stdout)
    #expect(channels.map { $0["channel"] as? String } == ["voice", "chat", "email", "whatsapp"])
    let voice = channels[0]
    #expect(voice["target"] as? String == "80/20")
    #expect(voice["kept"] as? Bool == true)
    #expect((voice["serviceLevel"] as? Double ?? 0) > 0.95)
    #expect(voice["strongestKept"] as? String != nil)
    #expect(voice["simulatedServiceLevel"] == nil)
    #expect(channels[2]["target"] as? String == "90%/24h")
    let lines = try String(contentsOf: out, encoding: .utf8).split(separator: "\n")
    #expect(lines[0].hasPrefix("channel,interval_start,volume,aht_seconds,agents,service_level,asa,abandonment"))
    #expect(lines.contains { $0.hasPrefix("voice,2026-11-29T09:00,60,190,30,") })
  }

  @Test func brokenPromiseExitsTwoNamingTheStrongestKept() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (roster, forecast) = try ValidationCLIFixture.files(agents: 20, in: folder)
    let result = try StaffplanBinary.run([
      "validate", "--plan", ValidationCLIFixture.plan, "--roster", roster.path, "--forecast", forecast.path, "--json",
      "--simulate", "3", "--seed", "5",
    ])
    #expect(result.status == 2, "\(result.stderr)")
    let voice = try ValidationCLIFixture.json(result.stdout)[0]
    #expect(voice["kept"] as? Bool == false)
    #expect((voice["serviceLevel"] as? Double ?? 1) < 0.8)
    let strongest = try #require(voice["strongestKept"] as? String)
    #expect(strongest.hasPrefix("80/"))
    #expect(Int(strongest.dropFirst(3)) ?? 0 > 20)
    #expect(voice["simulatedServiceLevel"] is Double)
    #expect(voice["probabilityKept"] is Double)
    #expect(result.stderr.contains("voice: 80/20 is not kept"))
    #expect(result.stderr.contains("the roster keeps \(strongest)"))
  }

  @Test func sameSeedGivesIdenticalOutput() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (roster, forecast) = try ValidationCLIFixture.files(agents: 22, in: folder)
    func run(_ seed: String) throws -> String {
      try StaffplanBinary.run([
        "validate", "--plan", ValidationCLIFixture.plan, "--roster", roster.path, "--forecast", forecast.path,
        "--json", "--simulate", "20", "--seed", seed, "--forecast-error",
      ]).stdout
    }
    let first = try run("11")
    #expect(first.contains("probabilityKept"))
    #expect(try run("11") == first)
    #expect(try run("12") != first)
  }

  @Test func badRosterLineExits64WithFileLineAndField() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (_, forecast) = try ValidationCLIFixture.files(agents: 1, in: folder)
    let roster = folder.appendingPathComponent("bad.csv")
    try """
      agent_id,date,start,end,activity,channel
      A001,2026-11-29,2026-11-29T08:00,2026-11-29T10:00,work,voice
      A002,2026-11-29,2026-11-29T8h,2026-11-29T10:00,work,voice
      """.write(to: roster, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("intervals.csv")
    let result = try StaffplanBinary.run([
      "validate", "--plan", ValidationCLIFixture.plan, "--roster", roster.path, "--forecast", forecast.path,
      "--out", out.path,
    ])
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix("\(roster.path) line 3, field start: "))
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test func badSimulateFlagExits64() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (roster, forecast) = try ValidationCLIFixture.files(agents: 1, in: folder)
    let result = try StaffplanBinary.run([
      "validate", "--plan", ValidationCLIFixture.plan, "--roster", roster.path, "--forecast", forecast.path,
      "--simulate", "many",
    ])
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix("--simulate: "))
  }

  /// A channel nobody in agents.csv is skilled for and nobody is rostered on: validate names the
  /// skill, not hours to add (the bad-input corpus' tiny plan, voice-only agents, no chat rostered).
  @Test func aChannelNobodyIsSkilledForIsNamed() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let base = Fixture.root.appendingPathComponent("Tests/BadInputs/base")
    for name in ["plan.yaml", "forecast.csv"] {
      try FileManager.default.copyItem(at: base.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    try "id,name,skills,min_hours,max_hours,max_days,availability,cost_per_hour\nA1,Ana,voice,0,20,5,,15.00\n"
      .write(to: folder.appendingPathComponent("agents.csv"), atomically: true, encoding: .utf8)
    try "agent_id,date,start,end,activity,channel\nA1,2026-03-02,2026-03-02T09:00,2026-03-02T13:00,work,voice\n"
      .write(to: folder.appendingPathComponent("roster.csv"), atomically: true, encoding: .utf8)
    let path = { (name: String) in folder.appendingPathComponent(name).path }
    let result = try StaffplanBinary.run([
      "validate", "--plan", folder.path, "--roster", path("roster.csv"), "--forecast", path("forecast.csv"),
    ])
    #expect(result.status == 2)
    #expect(result.stderr.contains("validate: chat: 80/60 is not kept (0.0 % in the week); the roster keeps no promise at that share; no agent in agents.csv has the skill chat"), "\(result.stderr)")
    #expect(result.stderr.contains("validate: voice: 80/20 is not kept") && result.stderr.contains("keeping it takes at least"))
  }
}
