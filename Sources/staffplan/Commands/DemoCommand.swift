import ArgumentParser
import Forecast
import Foundation

/// `staffplan demo`: the whole pipeline on the bundled demo plan (docs/reference.md, Outputs).
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Run plan on the bundled demo (Data/demo) into a new folder; print the report's path.",
    discussion: HelpText.paragraphs(
      """
      The demo is a bank's contact center: real voice traffic (Anonymous Bank, Technion SEE lab, 1999,
      moved to 2026) plus generated chat, e-mail and WhatsApp, 60 agents. The output goes into a new
      folder staffplan-demo[-N] under the current directory; the last line printed is report.html's path.

      Example:
        staffplan demo
      """))

  @Option(name: .customLong("time-limit"), help: "Solver time limit, e.g. 30s.")
  var timeLimit: String = "30s"

  func run() throws {
    let limit = try CLI.parse("--time-limit", timeLimit) { text throws(ValueError) in try Duration(parsing: text) }
    guard let folder = Self.demoFolder() else {
      throw InputError(
        file: "Data/demo", problem: "the bundled demo plan was not found",
        remedy: "run staffplan demo from the staffplan repository (it reads Data/demo)")
    }
    let out = Self.newFolder()
    Progress.note("demo: plan \(folder) -> \(out)")
    let summary = try PlanPipeline(folder: folder, out: out, timeLimit: limit, gap: Percentage(fraction: 0.01), replications: 30).run()
    FileHandle.standardError.write(Data(summary.utf8))
    print(URL(fileURLWithPath: out).appendingPathComponent("report.html").path)
  }

  /// Data/demo: next to the working directory, above the executable (`.build/debug/staffplan`), or
  /// beside this source file in the repository the binary was built from.
  static func demoFolder() -> String? {
    let manager = FileManager.default
    var candidates = [URL(fileURLWithPath: manager.currentDirectoryPath)]
    var executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    if let path = Bundle.main.executableURL { executable = path.resolvingSymlinksInPath() }
    var parent = executable.deletingLastPathComponent()
    for _ in 0..<5 {
      candidates.append(parent)
      parent = parent.deletingLastPathComponent()
    }
    candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent())
    for root in candidates {
      let plan = root.appendingPathComponent("Data/demo/plan.yaml")
      if manager.fileExists(atPath: plan.path) { return plan.deletingLastPathComponent().path }
    }
    return nil
  }

  /// `./staffplan-demo`, or `-2`, `-3`... when taken.
  static func newFolder() -> String {
    let manager = FileManager.default
    let base = URL(fileURLWithPath: manager.currentDirectoryPath).appendingPathComponent("staffplan-demo").path
    var candidate = base
    var number = 2
    while manager.fileExists(atPath: candidate) {
      candidate = "\(base)-\(number)"
      number += 1
    }
    return candidate
  }
}
