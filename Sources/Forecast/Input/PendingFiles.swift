import Foundation
import Synchronization

/// Files and folders being written right now, so an interrupted run can remove them.
///
/// ``AtomicFile`` registers each temporary file for the moment it exists, and pipelines register
/// their staging folders; on Ctrl-C or SIGTERM the command line removes whatever is registered, so
/// an interrupted run leaves either the previous outputs or complete new ones, never a partial file.
public enum PendingFiles {
  private static let paths = Mutex<Set<String>>([])

  /// Marks `path` as incomplete until ``finish(_:)``.
  public static func begin(_ path: String) { _ = paths.withLock { $0.insert(path) } }

  /// Marks `path` as complete (or already removed).
  public static func finish(_ path: String) { _ = paths.withLock { $0.remove(path) } }

  /// Removes every registered file or folder; returns how many there were.
  @discardableResult
  public static func removeAll() -> Int {
    let pending = paths.withLock { current in
      defer { current.removeAll() }
      return current
    }
    for path in pending { try? FileManager.default.removeItem(atPath: path) }
    return pending.count
  }
}
