import ArgumentParser
import Forecast
import Foundation
import Scheduler

/// The one place where errors become text and exit codes (docs/reference.md, Exit codes and statuses):
/// bad input or flags → one line on stderr, exit 64; a broken promise → exit 2; other failures → one
/// line, exit 1.
enum CLI {
  /// Exit status for bad input or flags (`EX_USAGE`).
  static let usageExit: Int32 = 64
  /// Exit status for other failures.
  static let failureExit: Int32 = 1
  /// Exit status when a promise is not kept (`validate`, `publish`).
  static let promiseExit: Int32 = 2

  /// Parses `arguments` as `Root` (or a subcommand), runs it, and exits with the codes of docs/reference.md.
  ///
  /// ArgumentParser's own usage errors (unknown flag, missing value) become one line, exit 64,
  /// instead of its multi-line message; `--help` and `--version` keep their normal output.
  static func main<Root: ParsableCommand>(_ root: Root.Type, arguments: [String]? = nil) -> Never {
    Interruption.install()
    do {
      var command = try root.parseAsRoot(arguments)
      try command.run()
      exit(0)
    } catch let error as InputError {
      fail(error.message, code: usageExit)
    } catch let broken as PromiseBroken {
      fail(broken.message, code: promiseExit)
    } catch {
      let code = root.exitCode(for: error)
      if code == .success { root.exit(withError: error) }  // --help, --version
      let message = root.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
      if code == .validationFailure { fail("\(message); see --help", code: usageExit) }
      fail("error: \(message)", code: code.rawValue)
    }
  }

  /// Reads a flag value with a parser of `Forecast` units, naming the flag when it fails.
  static func parse<Value>(
    _ flag: String, _ text: String, _ parser: (String) throws(ValueError) -> Value
  ) throws(InputError) -> Value {
    do {
      return try parser(text)
    } catch {
      throw InputError(file: flag, error)
    }
  }

  /// `--objective promise|requirement`.
  static func objective(_ text: String) throws(InputError) -> ScheduleObjective {
    try parse("--objective", text) { text throws(ValueError) in
      guard let objective = ScheduleObjective(rawValue: text.lowercased()) else {
        throw ValueError("\"\(text)\" is not an objective", remedy: "use promise or requirement")
      }
      return objective
    }
  }

  static func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(code)
  }
}
