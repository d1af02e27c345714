import Foundation

/// Progress and notes for the planner, on standard error (standard output stays for results).
///
/// Notes are whole lines. Solver progress (`status`) on a terminal is one line rewritten in place
/// (carriage return, clear to end of line); when standard error is a file or a pipe, each status is
/// a plain line, so logs keep every step.
enum Progress {
  /// Whether standard error is a terminal.
  static let isTerminal = isatty(FileHandle.standardError.fileDescriptor) != 0

  /// Whether a status line is on screen, waiting to be overwritten or ended.
  nonisolated(unsafe) private static var statusShown = false

  /// One line on standard error (ending a status line first).
  static func note(_ line: String) {
    var text = line + "\n"
    if statusShown {
      text = "\r\u{1B}[K" + text
      statusShown = false
    }
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// A progress line: rewritten in place on a terminal, a plain line otherwise.
  static func status(_ line: String) {
    guard isTerminal else { return note(line) }
    FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    statusShown = true
  }

  /// `1.2 s` since `start`.
  static func seconds(since start: Date) -> String {
    String(format: "%.1f s", Date().timeIntervalSince(start))
  }
}
