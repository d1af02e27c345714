import Dispatch
import Forecast
import Foundation

/// Ctrl-C and SIGTERM: stop at once, leaving no partial output (docs/reference.md, Outputs: whole or not at all).
///
/// The signals are taken from their default action and handled on a dispatch queue, outside the
/// signal context, so the handler may remove files: it deletes every temporary file and staging
/// folder registered in ``PendingFiles``, says so on stderr, and exits with 130 (SIGINT) or 143
/// (SIGTERM). The solver is not asked to finish: outputs already renamed into place are complete,
/// and nothing else is left behind. It stops within milliseconds, even inside a long GLPK call.
enum Interruption {
  nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

  static func install() {
    for (number, name) in [(SIGINT, "interrupted"), (SIGTERM, "terminated")] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler {
        let removed = PendingFiles.removeAll()
        let note = removed > 0 ? "; removed \(removed) partial output\(removed == 1 ? "" : "s")" : ""
        FileHandle.standardError.write(Data("staffplan: \(name)\(note)\n".utf8))
        _exit(128 + number)
      }
      source.resume()
      sources.append(source)
    }
  }
}
