import Forecast
import Foundation
import Testing

@testable import Scheduler

/// Written LP and MPS files, checked by `glpsol` when installed and by re-reading through GLPK.
@Suite struct GLPKFileTests {
  static let glpsol = "/usr/bin/glpsol"

  /// A fresh folder under the temporary directory.
  func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("staffplan-glpk-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Runs glpsol on a file and returns the objective from its `-o` report ("Objective:  obj = 11").
  func glpsolObjective(_ arguments: [String], folder: URL) throws -> Double? {
    let report = folder.appendingPathComponent("report.txt").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.glpsol)
    process.arguments = arguments + ["-o", report]
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    let text = try String(contentsOfFile: report, encoding: .utf8)
    guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Objective:") }),
      let equals = line.firstIndex(of: "=")
    else { return nil }
    return Double(line[line.index(after: equals)...].split(separator: " ").first ?? "")
  }

  @Test func writtenLPSolvesToTheSameOptimum() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var random = SplitMix64(seed: 11)
    let values = (0..<12).map { _ in Double(Int.random(in: 5...60, using: &random)) }
    let weights = (0..<12).map { _ in Double(Int.random(in: 3...40, using: &random)) }
    // A constant is written as a fixed column (the formats have none): the optimum keeps it.
    var constant = GLPKTestModels.toyLP
    constant.objectiveConstant = -14.5
    for model in [
      GLPKTestModels.toyLP, GLPKTestModels.knapsack(values: values, weights: weights, capacity: 90), constant,
    ] {
      let expected = try #require(try GLPKSolver().solve(model).objective)
      for name in ["model.lp", "model.mps"] {
        let path = folder.appendingPathComponent(name).path
        try model.write(to: path)
        let reread = try GLPKSolver().solve(fileAt: path, mpsSense: model.sense)
        #expect(reread.outcome == .optimal)
        #expect(abs(reread.objective! - expected) < 1e-6, "\(model.name) \(name)")
        if FileManager.default.isExecutableFile(atPath: Self.glpsol) {
          let flag = name.hasSuffix(".lp") ? "--lp" : "--freemps"
          var arguments = [flag, path]
          // MPS has no objective sense; glpsol minimizes unless told.
          if flag == "--freemps", model.sense == .maximize { arguments.append("--max") }
          let objective = try #require(try glpsolObjective(arguments, folder: folder))
          #expect(abs(objective - expected) < 1e-6, "glpsol \(model.name) \(name)")
        }
      }
      let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      #expect(leftovers.allSatisfy { !$0.hasSuffix(".tmp") })
    }
  }

  @Test func awkwardNamesAreWrittenReadablyAndReadBack() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let names = [
      "cover[voice,Mon 09:00]", "a-b", "a~b", "inf", "e1", "1st", "", "a\\b", "é", "cover[voice,Mon 09:00]",
    ]
    var model = LinearModel(name: "demo bank", sense: .minimize)
    for name in names { model.addVariable(.init(name: name, lower: 1, upper: 3, objective: 1)) }
    model.addConstraint(
      .init(name: "cover[chat,Tue 10:00]", bounds: .atLeast(12),
        terms: names.indices.map { (column: $0, coefficient: 1.0) }))
    model.addConstraint(.init(name: "obj", bounds: .atMost(100), terms: [(0, 1)]))
    let path = folder.appendingPathComponent("names.lp").path
    try model.write(to: path)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("cover(voice,Mon_09.00)"))
    #expect(text.contains("cover(voice,Mon_09.00)~2"))
    #expect(text.contains("cover(chat,Tue_10.00)"))
    #expect(text.contains("_inf") && text.contains("_e1") && text.contains("_1st"))
    #expect(!text.contains("x_"))  // GLPK did not have to replace any name
    #expect(try GLPKSolver().solve(fileAt: path).objective == 12)
    if FileManager.default.isExecutableFile(atPath: Self.glpsol) {
      #expect(try glpsolObjective(["--lp", path], folder: folder) == 12)
    }
  }

  @Test func sanitizedNamesAreUniqueAndValid() {
    let names = LPNames.sanitized(["a-b", "a~b", "a_b", "a b", "", "", "r1"], fallbackPrefix: "r")
    #expect(Set(names).count == names.count)
    #expect(names == ["a_b", "a~b", "a_b~2", "a_b~3", "r5", "r6", "r1"])
    #expect(LPNames.sanitized(String(repeating: "x", count: 300)).count == 240)
  }

  @Test func failedWriteLeavesNothing() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let missing = folder.appendingPathComponent("missing/model.lp").path
    #expect(throws: SolverError.self) { try GLPKTestModels.toyLP.write(to: missing) }
    let text = folder.appendingPathComponent("model.txt").path
    #expect(throws: SolverError.unsupportedFileFormat(path: text)) {
      try GLPKTestModels.toyLP.write(to: text)
    }
    var invalid = GLPKTestModels.toyLP
    invalid.variables[0].objective = .infinity
    #expect(throws: SolverError.self) {
      try invalid.write(to: folder.appendingPathComponent("bad.lp").path)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }
}
