import Foundation

/// Progress and notes for the planner, on standard error (standard output stays for results).
enum Progress {
  /// One line on standard error.
  static func note(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  /// `1.2 s` since `start`.
  static func seconds(since start: Date) -> String {
    String(format: "%.1f s", Date().timeIntervalSince(start))
  }
}
