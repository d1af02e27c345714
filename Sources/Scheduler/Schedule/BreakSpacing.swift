/// The breaks of one shift at least `min_work_between_breaks` of work apart: the one rule the plan
/// check (`WeekProblem.checkBreaksFit`), the break placement and `RosterCheck` share.
enum BreakSpacing {
  /// True when two breaks (start and length, in intervals) do not overlap and leave at least
  /// `minWork` intervals of work between them.
  static func apart(_ a: (start: Int, length: Int), _ b: (start: Int, length: Int), minWork: Int) -> Bool {
    a.start + a.length + minWork <= b.start || b.start + b.length + minWork <= a.start
  }

  /// One start per break, each from its `starts`, pairwise `apart`, searched from `preferred` (each
  /// break's nearest starts first); nil when the windows allow none.
  static func placement(_ options: [(length: Int, starts: [Int])], minWork: Int, preferred: [Int]) -> [Int]? {
    var chosen: [Int] = []
    func extend(_ k: Int) -> Bool {
      if k == options.count { return true }
      let order = options[k].starts.sorted { (abs($0 - preferred[k]), $0) < (abs($1 - preferred[k]), $1) }
      for start in order
      where chosen.indices.allSatisfy({ j in
        apart((start, options[k].length), (chosen[j], options[j].length), minWork: minWork)
      }) {
        chosen.append(start)
        if extend(k + 1) { return true }
        chosen.removeLast()
      }
      return false
    }
    return extend(0) ? chosen : nil
  }
}
