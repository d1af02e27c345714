import CGLPK

/// One GLPK problem object, owned: deleted exactly once, unless a fatal error already freed it.
///
/// Every GLPK call goes through a guarded `sp_*` function of `shim.h`, which returns `SP_FATAL`
/// instead of aborting. Methods here do not validate their arguments: that is
/// `LinearModel.validate()`'s job, and tests use these methods to reach GLPK's abort path on
/// purpose. Use on the thread that created it, inside one synchronous call.
struct GLPKProblem: ~Copyable {
  /// A guarded C function's signature tail: message buffer and its capacity.
  typealias Message = (UnsafeMutablePointer<CChar>, Int)

  let pointer: OpaquePointer
  private let thread: GLPKThread
  private let epoch: Int

  /// Creates an empty problem in this thread's GLPK environment.
  init() throws(SolverError) {
    let thread = GLPKThread.current
    var created: OpaquePointer?
    try Self.guarded("glp_create_prob", thread: thread) { message in
      sp_create_prob(&created, message.0, message.1)
    }
    guard let created else { throw .glpkFatal(call: "glp_create_prob", message: "no problem") }
    self.pointer = created
    self.thread = thread
    self.epoch = thread.epoch
  }

  deinit {
    // A fatal error since creation freed this problem with the whole environment.
    if isAlive {
      _ = try? Self.guarded("glp_delete_prob", thread: thread) { message in
        sp_delete_prob(pointer, message.0, message.1)
      }
    }
  }

  /// False once a fatal error on this thread freed the problem.
  var isAlive: Bool { thread.epoch == epoch }

  /// Runs one guarded call on this problem; a fatal status becomes `SolverError.glpkFatal`.
  func call(_ name: String, _ body: (OpaquePointer, Message) -> Int32) throws(SolverError) {
    precondition(thread === GLPKThread.current, "a GLPK problem was used on another thread")
    guard isAlive else {
      throw .glpkFatal(call: name, message: "the problem was freed by an earlier GLPK fatal error")
    }
    let pointer = pointer
    try Self.guarded(name, thread: thread) { message in body(pointer, message) }
  }

  /// Runs a guarded C function with a message buffer; `SP_FATAL` starts a new thread epoch.
  static func guarded(
    _ name: String, thread: GLPKThread, _ body: (Message) -> Int32
  ) throws(SolverError) {
    let capacity = 2 * Int(SP_LINE_CAPACITY)
    let failure: String? = withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) {
      buffer in
      let message = buffer.baseAddress!
      message[0] = 0
      guard body((message, capacity)) != Int32(SP_OK) else { return nil }
      return String(cString: message)
    }
    if let failure {
      thread.fatalErrorOccurred()
      throw .glpkFatal(call: name, message: Self.trimmed(failure))
    }
  }

  /// Runs a guarded call that returns a GLPK code through `result`, with GLPK's last two lines.
  func callReturningCode(
    _ name: String, _ body: (OpaquePointer, UnsafeMutablePointer<Int32>, Message) -> Int32
  ) throws(SolverError) -> (code: Int, text: String) {
    var code: Int32 = 0
    var text = ""
    try call(name) { pointer, message in
      let status = body(pointer, &code, message)
      text = String(cString: message.0)
      return status
    }
    return (Int(code), Self.trimmed(text))
  }

  /// GLPK's text without the "Error detected in file ..." line and trailing newlines.
  static func trimmed(_ text: String) -> String {
    text.split(separator: "\n")
      .filter { !$0.hasPrefix("Error detected in file") }
      .joined(separator: "\n")
  }
}
