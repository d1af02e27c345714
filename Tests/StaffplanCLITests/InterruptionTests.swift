import Foundation
import Testing

@Suite struct InterruptionTests {
  /// Ctrl-C during the solve stops within 2 s and leaves no output folder behind.
  @Test func interruptedPlanLeavesNothingBehind() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("out")
    let process = Process()
    process.executableURL = StaffplanBinary.url
    process.arguments = ["plan", Fixture.root.appendingPathComponent("Data/demo").path, "--out", out.path, "--time-limit", "120s"]
    let errors = folder.appendingPathComponent("stderr.txt")
    FileManager.default.createFile(atPath: errors.path, contents: nil)
    process.standardError = try FileHandle(forWritingTo: errors)
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    // Wait until the solver is running (the staging folder exists), then interrupt.
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline, !(try String(contentsOf: errors, encoding: .utf8)).contains("plan: 3/5 schedule") {
      Thread.sleep(forTimeInterval: 0.1)
    }
    process.interrupt()
    let interrupted = Date()
    process.waitUntilExit()
    // Stops at once, not at the 60 s time limit; the margin is for a loaded machine.
    #expect(Date().timeIntervalSince(interrupted) < 10)
    #expect(process.terminationStatus == 130)
    #expect(!FileManager.default.fileExists(atPath: out.path))
    #expect(try String(contentsOf: errors, encoding: .utf8).contains("staffplan: interrupted"))
  }
}
