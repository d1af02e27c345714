import Foundation
import Testing

/// Same inputs, same bytes; and a failed run writes nothing (docs/reference.md, Exit codes and statuses).
@Suite struct ReproducibilityTests {
  static let demo = Fixture.root.appendingPathComponent("Data/demo").path
  static let tiny = Fixture.root.appendingPathComponent("Tests/BadInputs/base").path

  /// Runs `arguments` (with `{out}` standing for a fresh folder) twice and returns both folders' files.
  /// Calendars stamp the time they were written (DTSTAMP): `SOURCE_DATE_EPOCH` fixes it, as
  /// docs/reference.md tells a planner who wants byte-identical files (two runs a second apart
  /// differed in every .ics).
  func twice(_ arguments: [String]) throws -> [[String: Data]] {
    try (0..<2).map { _ in
      let folder = try Fixture.folder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let result = try StaffplanBinary.run(
        arguments.map { $0.replacingOccurrences(of: "{out}", with: folder.path) },
        environment: ["SOURCE_DATE_EPOCH": "1790000000"])
      #expect(result.status == 0, "\(result.stderr)")
      var files: [String: Data] = ["stdout": Data(result.stdout.utf8)]
      let enumerator = FileManager.default.enumerator(atPath: folder.path)
      while let path = enumerator?.nextObject() as? String {
        var isFolder: ObjCBool = false
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
        if !isFolder.boolValue { files[path] = try Data(contentsOf: folder.appendingPathComponent(path)) }
      }
      return files
    }
  }

  @Test func forecastAndRequireGiveTheSameBytesTwice() throws {
    let runs = try twice([
      "forecast", "--plan", Self.demo, "--start", "2026-11-29", "--weeks", "1", "--out", "{out}/forecast.csv",
    ])
    #expect(runs[0]["forecast.csv"] != nil)
    #expect(runs[0] == runs[1])

    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let forecast = folder.appendingPathComponent("forecast.csv")
    try #require(runs[0]["forecast.csv"]).write(to: forecast)
    let required = try twice([
      "require", "--plan", Self.demo, "--forecast", forecast.path, "--out", "{out}/requirements.csv",
    ])
    #expect(required[0]["requirements.csv"] != nil)
    #expect(required[0] == required[1])
  }

  @Test func seededSimulationGivesTheSameBytesTwice() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (roster, forecast) = try ValidationCLIFixture.files(agents: 30, in: folder)
    let runs = try twice([
      "validate", "--plan", ValidationCLIFixture.plan, "--roster", roster.path, "--forecast", forecast.path,
      "--simulate", "20", "--seed", "3", "--json", "--out", "{out}/validation.csv",
    ])
    #expect(runs[0]["validation.csv"] != nil)
    #expect(runs[0] == runs[1])
  }

  @Test func scheduleGivesTheSameRosterTwice() throws {
    let runs = try twice([
      "schedule", "--plan", Self.tiny, "--requirements", "\(Self.tiny)/requirements.csv", "--out", "{out}",
      "--time-limit", "2s",
    ])
    #expect(runs[0]["roster.csv"] != nil)
    for file in ["roster.csv", "coverage.csv"] { #expect(runs[0][file] == runs[1][file], "\(file)") }
    #expect(runs[0].keys.sorted() == runs[1].keys.sorted())
    for (file, data) in runs[0] where file.hasSuffix(".ics") { #expect(runs[1][file] == data, "\(file)") }
  }

  @Test func failedRequireLeavesNoOutputAndNoTemporaryFile() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let forecast = folder.appendingPathComponent("forecast.csv")
    try "channel,interval_start,volume,aht_seconds,volume_low,volume_high\nvoice,2026-03-02T09:00,30,0,25,35\n"
      .write(to: forecast, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("requirements.csv")
    let result = try StaffplanBinary.run([
      "require", "--plan", Self.tiny, "--forecast", forecast.path, "--out", out.path,
    ])
    #expect(result.status == 64)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["forecast.csv"])
  }

  @Test func outputThatCannotReplaceItsTargetLeavesNoTemporaryFile() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // The output path is a non-empty folder: the temporary file is written, the rename fails.
    let out = folder.appendingPathComponent("requirements.csv")
    try FileManager.default.createDirectory(at: out.appendingPathComponent("keep"), withIntermediateDirectories: true)
    let result = try StaffplanBinary.run([
      "require", "--plan", Self.tiny, "--forecast", "\(Self.tiny)/forecast.csv", "--out", out.path,
    ])
    #expect(result.status == 64)
    #expect(result.stderr == "\(out.path): cannot be replaced; check the folder's permissions\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["requirements.csv"])
  }
}
