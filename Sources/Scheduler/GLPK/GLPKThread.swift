import Foundation

/// What this thread's GLPK environment has been through: fatal errors and whether a call is running.
///
/// GLPK keeps one environment per thread, and after a fatal error the guard frees it, which
/// "invalidates all problem objects as if no GLPK routine were called" (GLPK 5.0, `glp_free_env`).
/// Each fatal error starts a new epoch: a problem created in an earlier epoch is dead and must not
/// be deleted again (that aborts). `isSolving` refuses re-entry from a progress closure, which
/// would let an inner fatal error free the problem the outer `glp_intopt` is working on.
final class GLPKThread {
  private static let key = "staffplan.GLPKThread"

  /// Incremented by each fatal error on this thread.
  private(set) var epoch = 0
  /// True while a solve or write runs on this thread.
  var isBusy = false

  /// The state of the current thread, created on first use.
  static var current: GLPKThread {
    let dictionary = Thread.current.threadDictionary
    if let state = dictionary[key] as? GLPKThread { return state }
    let state = GLPKThread()
    dictionary[key] = state
    return state
  }

  /// Records that GLPK freed its environment on this thread.
  func fatalErrorOccurred() { epoch += 1 }

  /// Runs `body` as this thread's only GLPK work, refusing a nested call.
  static func exclusively<T>(_ body: () throws(SolverError) -> T) throws(SolverError) -> T {
    let state = current
    precondition(
      !state.isBusy,
      "GLPK is already working on this thread: do not solve or write from a progress closure")
    state.isBusy = true
    defer { state.isBusy = false }
    return try body()
  }
}
