import Forecast

extension WeeklyScheduler {
  /// The stage-1 shift-count model as a MIP, for `--write-model`: any solver can check the bound.
  ///
  /// Rows and columns are named for what they mean (`cover[voice,Sun 09:00]`); see FORMULATION.md.
  public static func shiftCountModel(_ problem: SchedulingProblem) throws(SchedulingError) -> LinearModel {
    try problem.checkShape()
    let catalog = ShiftCatalog(problem: problem)
    let (_, minHours) = problem.ruleConflicts(catalog: catalog)
    let classes = AgentClass.classes(of: problem, catalog: catalog, minHours: minHours)
    return ShiftCountModel(problem: problem, catalog: catalog, classes: classes, integer: true).model
  }
}
