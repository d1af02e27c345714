import CGLPK
import Foundation

extension LinearModel {
  /// Writes the model as CPLEX LP (`.lp`) or free MPS (`.mps`), chosen by the path's extension.
  ///
  /// The file is written by GLPK (`glp_write_lp`, `glp_write_mps` with `GLP_MPS_FILE`) under a
  /// temporary name in the same folder, then renamed, so a failure leaves nothing at `path`.
  /// Names are made valid for the format by `LPNames` (`cover[voice,Mon 09:00]` is written
  /// `cover(voice,Mon_09.00)`); any LP or MPS reader, `glpsol --lp FILE` for one, can solve it.
  ///
  /// Two limits of the formats as GLPK 5.0 writes them: free MPS has no objective sense (readers
  /// minimize; solve a maximization with `glpsol --freemps FILE --max`), and GLPK writes no LP
  /// for a model without constraints, so such a model is refused here. Neither format carries an
  /// objective constant (GLPK writes it in an LP comment, which readers skip), so a nonzero
  /// constant is written as a column `objective_constant` fixed at 1 with the constant as its
  /// cost: any reader's optimum is then the model's objective, constant included.
  public func write(to path: String) throws(SolverError) {
    let lowered = path.lowercased()
    let isMPS = lowered.hasSuffix(".mps")
    guard isMPS || lowered.hasSuffix(".lp") else { throw .unsupportedFileFormat(path: path) }
    try validate()
    guard !constraints.isEmpty else {
      throw .invalidModel(reason: "a model without constraints cannot be written (GLPK writes it empty)")
    }
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
    defer { _ = unlink(temporary) }  // after a successful rename there is nothing to remove
    let (code, text) = try GLPKThread.exclusively {
      () throws(SolverError) -> (code: Int, text: String) in
      let problem = try GLPKProblem()
      try problem.load(self.withConstantColumn)
      return try problem.callReturningCode(isMPS ? "glp_write_mps" : "glp_write_lp") {
        p, result, m in
        isMPS
          ? sp_write_mps(p, temporary, result, m.0, m.1)
          : sp_write_lp(p, temporary, result, m.0, m.1)
      }
    }
    guard code == 0 else {
      throw .fileFailed(path: path, message: text.replacingOccurrences(of: temporary, with: path))
    }
    guard rename(temporary, path) == 0 else {
      throw .fileFailed(path: path, message: String(cString: strerror(errno)))
    }
  }

  /// The same model with its objective constant as the cost of a column fixed at 1.
  var withConstantColumn: LinearModel {
    guard objectiveConstant != 0 else { return self }
    var copy = self
    copy.objectiveConstant = 0
    _ = copy.addVariable(.init(name: "objective_constant", lower: 1, upper: 1, objective: objectiveConstant))
    return copy
  }
}
