import Foundation
import Testing

/// The bad-input corpus of `Tests/BadInputs` (its README says how a case is written), run through the built
/// binary: every bad case exits 64 with exactly the one line of `cases.tsv`, and writes nothing.
@Suite struct BadInputTests {
  /// One line of `cases.tsv`.
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var exit: Int32
    var arguments: [String]
    /// The whole stderr for a bad case; for a good one, `ok`, `ok:TEXT` (stderr contains TEXT) or
    /// `unmet:CHANNEL` (schedule.json reports unmet demand on CHANNEL).
    var expected: String
    var testDescription: String { name }
  }

  static let corpus = Fixture.root.appendingPathComponent("Tests/BadInputs")

  static let cases: [Case] = {
    guard let text = try? String(contentsOf: corpus.appendingPathComponent("cases.tsv"), encoding: .utf8) else {
      return []
    }
    return text.split(separator: "\n").compactMap { line in
      guard !line.hasPrefix("#"), !line.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
      let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      precondition(parts.count == 4, "cases.tsv: \(line) needs 4 tab-separated fields")
      return Case(
        name: parts[0], exit: Int32(parts[1])!, arguments: parts[2].split(separator: " ").map(String.init),
        expected: parts[3])
    }
  }()

  /// `plan --plan DIR`, as the other commands take the folder, is answered with the form plan takes.
  @Test func planWithAPlanOptionSaysItTakesTheFolder() throws {
    let result = try StaffplanBinary.run(["plan", "--plan", "Tests/BadInputs/base", "--out", "/tmp/never-written"], in: Fixture.root)
    #expect(result.status == 64)
    #expect(result.stderr == "plan: takes the plan folder as an argument, not --plan Tests/BadInputs/base; write staffplan plan Tests/BadInputs/base --out OUT\n")
    #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written"))
  }

  @Test func corpusHasAtLeastFortyBadCases() {
    #expect(Self.cases.filter { $0.exit == 64 }.count >= 40)
    let names = Self.cases.map(\.name)
    #expect(Set(names).count == names.count, "case names are unique")
  }

  @Test(arguments: cases) func badInputGetsOneLocatedLineAndNoOutput(_ testCase: Case) throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let manager = FileManager.default
    let base = Self.corpus.appendingPathComponent("base")
    for file in try manager.contentsOfDirectory(atPath: base.path) {
      try manager.copyItem(at: base.appendingPathComponent(file), to: folder.appendingPathComponent(file))
    }
    let own = Self.corpus.appendingPathComponent("cases/\(testCase.name)")
    if manager.fileExists(atPath: own.path) {
      for file in try manager.contentsOfDirectory(atPath: own.path) {
        let target = folder.appendingPathComponent(file)
        try? manager.removeItem(at: target)
        try manager.copyItem(at: own.appendingPathComponent(file), to: target)
      }
    }
    let before = Set(try manager.contentsOfDirectory(atPath: folder.path))
    let result = try StaffplanBinary.run(testCase.arguments, in: folder)
    #expect(result.status == testCase.exit, "\(result.stderr)")
    if testCase.exit == 64 {
      #expect(result.stderr == testCase.expected + "\n")
      let after = Set(try manager.contentsOfDirectory(atPath: folder.path))
      #expect(after == before, "a failed run leaves nothing behind")
      #expect(result.stdout.isEmpty)
    } else if testCase.expected.hasPrefix("ok:") {
      #expect(result.stderr.contains(testCase.expected.dropFirst(3)), "\(result.stderr)")
    } else if testCase.expected.hasPrefix("unmet:") {
      let channel = String(testCase.expected.dropFirst(6))
      let data = try Data(contentsOf: folder.appendingPathComponent("out/schedule.json"))
      let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
      let unmet = json?["unmetAgentHours"] as? [String: Double]
      #expect((unmet?[channel] ?? 0) > 0, "\(String(decoding: data, as: UTF8.self))")
    } else {
      #expect(testCase.expected == "ok")
    }
  }
}
