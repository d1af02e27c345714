import Foundation
import Scheduler
import Testing

@Suite struct DemoCommandTests {
  /// `staffplan demo` (docs/reference.md, Outputs): runs plan on Data/demo into a new folder under the current
  /// directory and prints the path of its report.html.
  @Test func demoWritesEveryFileAndPrintsTheReportPath() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try StaffplanBinary.run(["demo", "--time-limit", "5s"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let printed = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let expected = folder.appendingPathComponent("staffplan-demo/report.html").resolvingSymlinksInPath().path
    #expect(URL(fileURLWithPath: printed).resolvingSymlinksInPath().path == expected)
    let out = folder.appendingPathComponent("staffplan-demo")
    for name in [
      "forecast.csv", "requirements.csv", "roster.csv", "coverage.csv", "schedule.json", "validation.json",
      "validation.csv", "report.html",
    ] {
      #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
    }
    let calendars = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("calendars").path)
    #expect(calendars.count > 30 && calendars.allSatisfy { $0.hasSuffix(".ics") })
    // The roster passes the independent check, and the files tell one roster.
    let check = try StaffplanBinary.run([
      "check", "--plan", Fixture.root.appendingPathComponent("Data/demo").path, "--roster",
      out.appendingPathComponent("roster.csv").path,
    ])
    #expect(check.status == 0, "\(check.stdout)")
    let file = { (name: String) in out.appendingPathComponent(name).path }
    try RosterFiles.checkAgreement(
      plan: PlanReader.read(folder: Fixture.root.appendingPathComponent("Data/demo").path),
      roster: file("roster.csv"), coverage: file("coverage.csv"), validation: file("validation.csv"),
      context: "demo")
    // schedule.json predicts what validation measures: the same figures per channel.
    let json = { (name: String) throws -> [[String: Any]] in
      let object = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent(name)))
      return (object as? [String: Any])?["channels"] as? [[String: Any]] ?? []
    }
    let predicted = try json("schedule.json"), measured = try json("validation.json")
    #expect(predicted.count == 4 && predicted.count == measured.count)
    for (p, m) in zip(predicted, measured) {
      #expect(p["channel"] as? String == m["channel"] as? String && p["target"] as? String == m["target"] as? String)
      #expect(abs((p["serviceLevel"] as? Double ?? -1) - (m["serviceLevel"] as? Double ?? -2)) < 1e-9)
      #expect(p["kept"] as? Bool == m["kept"] as? Bool)
      // The week is simulated by default: validation.json carries each channel's simulated figures.
      #expect((m["probabilityKept"] as? Double).map { (0...1).contains($0) } == true)
    }
    #expect(result.stderr.contains("simulated (30 weeks, seed 1): voice "))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
    #expect(leftovers.isEmpty)
    // A second run goes into a new folder.
    let again = try StaffplanBinary.run(["demo", "--time-limit", "5s"], in: folder)
    #expect(again.stdout.contains("staffplan-demo-2/report.html"))
  }
}
