/// Why a model could not be solved, written or read: the model was invalid, GLPK failed, or a
/// file could not be made.
///
/// These are "could not run" errors. An infeasible or unbounded model, a time limit or a reached
/// gap are not errors: they are `Solution.Outcome` values.
public enum SolverError: Error, Sendable, Equatable {
  /// A variable (column `index`) is invalid, for example NaN objective or lower > upper.
  case invalidVariable(index: Int, name: String, reason: String)
  /// A constraint (row `index`) is invalid, for example a term naming a missing column.
  case invalidConstraint(index: Int, name: String, reason: String)
  /// The model as a whole is invalid, for example it has no variables.
  case invalidModel(reason: String)
  /// GLPK raised a fatal error in `call` (it would have aborted); `message` is GLPK's text.
  /// Every GLPK problem of the thread was freed; the process and later solves are fine.
  case glpkFatal(call: String, message: String)
  /// GLPK returned a failure code from `call` (singular basis, solver failure...).
  case solverFailed(call: String, code: Int, message: String)
  /// The path's extension is neither `.lp` nor `.mps`.
  case unsupportedFileFormat(path: String)
  /// A model file could not be written or read; nothing was left at `path` when writing.
  case fileFailed(path: String, message: String)
}
