import Foundation
import Testing

/// `staffplan capacity` through the binary: the three files and the report describe one plan,
/// scenarios sit beside it, and sizing from a forecast agrees with `require`.
@Suite struct CapacityCommandTests {
  static let fixtures = Fixture.root.appendingPathComponent("Tests/Fixtures")

  static func rows(_ url: URL) throws -> [[String: String]] {
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(lines[0], $0)) }
  }

  @Test func filesAgreeAndScenariosSitBeside() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let scenario = folder.appendingPathComponent("busier.yaml")
    try "name: busier summer\nvolume: +10%\nattrition: { tenured: 2% }\n".write(to: scenario, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("out")
    let run = try StaffplanBinary.run([
      "capacity", "--plan", Fixture.root.appendingPathComponent("Data/demo").path,
      "--assumptions", Self.fixtures.appendingPathComponent("capacity26/capacity.yaml").path,
      "--workload", Self.fixtures.appendingPathComponent("capacity26/workload.csv").path,
      "--scenario", scenario.path, "--out", out.path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let header = try String(contentsOf: out.appendingPathComponent("capacity.csv"), encoding: .utf8).prefix { $0 != "\n" }
    #expect(header.hasPrefix(
      "week,required_fte,headcount,in_training,effective_fte,attrition,hires,overtime_fte,shortfall_fte,surplus_fte,cost"))
    let weeks = try Self.rows(out.appendingPathComponent("capacity.csv"))
    let classes = try Self.rows(out.appendingPathComponent("hiring_plan.csv"))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("capacity.json"))) as? [String: Any])
    #expect(weeks.count == 26)
    let hires = weeks.reduce(0) { $0 + Int($1["hires"]!)! }
    #expect(hires == json["hires"] as? Int)
    #expect(hires == classes.reduce(0) { $0 + Int($1["hires"]!)! })
    #expect(hires == 30)  // the independent HiGHS solve (Tests/Fixtures/capacity26/highs.json)
    let cost = weeks.reduce(0.0) { $0 + Double($1["cost"]!)! }
    let objective = try #require(json["objective"] as? Double)
    #expect(abs(cost - objective) < 0.005 * 26)
    #expect(abs(objective - 1797.7394) < 1e-3)
    for item in classes {
      // Training is 4 weeks: a class produces 28 days after it starts, in a week where the csv shows its hires.
      let start = try #require(weeks.firstIndex { $0["week"] == item["class_start"] })
      #expect(weeks[start]["hires"] == item["hires"])
      #expect(weeks.firstIndex { $0["week"] == item["productive_from"] } == start + 4 || start + 4 >= weeks.count)
    }
    for week in weeks {
      let balance = Double(week["effective_fte"]!)! + Double(week["overtime_fte"]!)! + Double(week["shortfall_fte"]!)!
        - Double(week["surplus_fte"]!)!
      #expect(abs(balance - Double(week["required_fte"]!)!) < 0.03)
    }
    let report = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(report.contains("<svg") && report.contains("30 hires in 6 classes"))
    let scenarioFolder = out.appendingPathComponent("scenario-busier-summer")
    for name in ["capacity.csv", "hiring_plan.csv", "capacity.json", "report.html"] {
      #expect(FileManager.default.fileExists(atPath: scenarioFolder.appendingPathComponent(name).path))
    }
    let table = try Self.rows(out.appendingPathComponent("scenarios.csv"))
    let scenarioHires = try #require(table.first { $0["measure"] == "hires" }?["busier summer"].flatMap { Int($0) })
    #expect(scenarioHires > hires)  // more volume and attrition need more hires
    #expect(run.stdout.contains("busier summer"))
  }

  /// Sized from a forecast, each channel's productive hours equal require's agents (after the
  /// plan's shrinkage) x interval length x (1 - shrinkage): the same sizing engine.
  @Test func forecastSizingAgreesWithRequire() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let demo = Fixture.root.appendingPathComponent("Data/demo").path
    let forecast = folder.appendingPathComponent("forecast.csv").path
    let requirements = folder.appendingPathComponent("requirements.csv").path
    let assumptions = folder.appendingPathComponent("capacity.yaml")
    try """
      start: 2026-11-29
      weeks: 1
      headcount: 50
      attrition: { training: 0%, ramp: 0%, tenured: 0% }
      hiring: { lead_time: 0w, class_every: 1w, training: 2w, class_max: 5 }
      """.write(to: assumptions, atomically: true, encoding: .utf8)
    for arguments in [
      ["forecast", "--plan", demo, "--start", "2026-11-29", "--weeks", "1", "--out", forecast],
      ["require", "--plan", demo, "--forecast", forecast, "--out", requirements],
      ["capacity", "--plan", demo, "--assumptions", assumptions.path, "--forecast", forecast, "--out", folder.appendingPathComponent("out").path],
    ] {
      let run = try StaffplanBinary.run(arguments)
      #expect(run.status == 0, "\(run.stderr)")
    }
    let week = try #require(try Self.rows(folder.appendingPathComponent("out/capacity.csv")).first)
    var hours: [String: Double] = [:]
    for row in try Self.rows(URL(fileURLWithPath: requirements)) {
      hours[row["channel"]!, default: 0] += Double(row["agents"]!)! * 0.25  // 15-minute intervals
    }
    // capacity.yaml gives no shrinkage: the plan's 30 % applies, efficiency 1, 40 h per FTE.
    for (channel, required) in hours {
      let fte = try #require(week["required_fte_\(channel)"].flatMap(Double.init))
      #expect(abs(fte * 40 - required) < 0.01 * 40 + 1e-6 * required, "\(channel)")
    }
  }
}
