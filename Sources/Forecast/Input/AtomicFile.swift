import Foundation

/// Writes files whole or not at all.
///
/// The content goes to a temporary file in the same folder, which is then renamed over the
/// destination: `rename(2)` within one file system is atomic, so a reader (or a crash) sees either
/// the old file, or the new one complete, never half of it.
public enum AtomicFile {
  /// Writes `data` to `path` atomically, creating the parent folder if needed.
  public static func write(_ data: Data, to path: String) throws(InputError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw InputError(
        file: path, problem: "its folder cannot be created",
        remedy: "choose a writable location")
    }
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    PendingFiles.begin(temporary.path)
    defer { PendingFiles.finish(temporary.path) }
    do {
      try data.write(to: temporary)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw InputError(file: path, problem: "cannot be written", remedy: "choose a writable location")
    }
    if rename(temporary.path, url.path) != 0 {
      try? FileManager.default.removeItem(at: temporary)
      throw InputError(file: path, problem: "cannot be replaced", remedy: "check the folder's permissions")
    }
  }

  /// Writes `text` as UTF-8 to `path` atomically.
  public static func write(_ text: String, to path: String) throws(InputError) {
    try write(Data(text.utf8), to: path)
  }
}
