/// Every shift the templates allow in the week, with its breaks' possible positions.
///
/// A shift belongs to the day it starts on and covers `start..<end` on the week's time line,
/// which may run into the next day (22:00 to 06:00) or past the week's end (paid in full, the
/// intervals beyond the week are next week's coverage and are not counted here).
public struct ShiftCatalog: Sendable {
  /// One shift: a day, a start and an end on the week's time line, and its break options.
  public struct Shift: Sendable, Equatable {
    /// The template it comes from.
    public var template: Int
    /// The day it starts on.
    public var day: Int
    /// Its first interval.
    public var start: Int
    /// One past its last interval (may exceed the week's `intervalCount`).
    public var end: Int
    /// Intervals paid: the length less unpaid breaks.
    public var paidIntervals: Int
    /// The breaks it has, each with its rule index and its possible start intervals.
    public var breaks: [BreakOption]

    public var length: Int { end - start }
  }

  /// The possible starts of one break of one shift.
  public struct BreakOption: Sendable, Equatable {
    /// The index of the rule in the shift's template.
    public var rule: Int
    /// The break's length in intervals.
    public var length: Int
    /// The possible first intervals, on the week's time line.
    public var starts: [Int]
  }

  /// The shifts, ordered by day, then start, then length.
  public let shifts: [Shift]
  /// The shifts of each day, as indices into `shifts`.
  public let shiftsOfDay: [[Int]]
  /// Breaks with the same start, rule and window, shared by shifts of different lengths.
  public let breakGroups: [BreakGroup]
  /// For each shift, for each of its break options, the index of its group in `breakGroups`.
  public let breakGroupOf: [[Int]]

  /// Shifts that start together and place one break in the same window.
  public struct BreakGroup: Sendable, Equatable {
    public var shiftStart: Int
    public var rule: Int
    public var length: Int
    public var starts: [Int]
    public var shifts: [Int]
  }

  /// Enumerates the shifts of every template on every day.
  public init(problem: SchedulingProblem) {
    var shifts: [Shift] = []
    for day in 0..<problem.dayCount {
      let dayRange = problem.intervals(ofDay: day)
      for (index, template) in problem.shiftTemplates.enumerated() where template.startEvery > 0 {
        var offset = template.earliestStart
        // Round the earliest start up to the template's grid.
        offset = (offset + template.startEvery - 1) / template.startEvery * template.startEvery
        while offset < dayRange.count {
          for length in template.lengths.sorted() where length > 0 {
            if let latestEnd = template.latestEnd, offset + length > latestEnd { continue }
            let start = dayRange.lowerBound + offset
            shifts.append(Self.shift(template: template, index: index, day: day, start: start, length: length))
          }
          offset += template.startEvery
        }
      }
    }
    shifts.sort { ($0.day, $0.start, $0.length, $0.template) < ($1.day, $1.start, $1.length, $1.template) }
    self.shifts = shifts
    var byDay = Array(repeating: [Int](), count: problem.dayCount)
    for (index, shift) in shifts.enumerated() { byDay[shift.day].append(index) }
    self.shiftsOfDay = byDay
    var groups: [BreakGroup] = []
    var groupIndex: [String: Int] = [:]
    var groupOf: [[Int]] = []
    for (index, shift) in shifts.enumerated() {
      groupOf.append(
        shift.breaks.map { option in
          let key = "\(shift.template)|\(shift.start)|\(option.rule)|\(option.starts)"
          if let existing = groupIndex[key] {
            groups[existing].shifts.append(index)
            return existing
          }
          groupIndex[key] = groups.count
          groups.append(
            BreakGroup(
              shiftStart: shift.start, rule: option.rule, length: option.length, starts: option.starts,
              shifts: [index]))
          return groups.count - 1
        })
    }
    self.breakGroups = groups
    self.breakGroupOf = groupOf
  }

  private static func shift(
    template: ShiftTemplate, index: Int, day: Int, start: Int, length: Int
  ) -> Shift {
    var breaks: [BreakOption] = []
    var unpaid = 0
    for (ruleIndex, rule) in template.breaks.enumerated() where length >= rule.minimumShiftLength {
      guard let offsets = rule.starts(inShiftOf: length), rule.length > 0 else { continue }
      let starts = offsets.map { start + $0 }
      breaks.append(BreakOption(rule: ruleIndex, length: rule.length, starts: starts))
      if !rule.paid { unpaid += rule.length }
    }
    return Shift(
      template: index, day: day, start: start, end: start + length,
      paidIntervals: length - unpaid, breaks: breaks)
  }
}

extension SchedulingProblem {
  /// Whether agent `agent` may work `shift`: available for every interval of it inside the week,
  /// and some channel the agent serves is open in at least one of them (no shift on a day, or at
  /// an hour, when none of the agent's channels opens: a holiday, a closed night).
  ///
  /// The shift's day must be one when some channel of the agent opens (a night shift starting on
  /// a holiday is a shift on the holiday), and the time past the week's end is checked against
  /// next week's hours and availability.
  func agent(_ agent: Int, canWork shift: ShiftCatalog.Shift) -> Bool {
    let contract = agents[agent]
    if contract.available != nil {
      for t in shift.start..<shift.end where !contract.isAvailable(t, weekLength: intervalCount) { return false }
    }
    return openForSkills(contract.skills, shift.start..<min(shift.end, intervalCount))
      && openForSkills(contract.skills, intervals(ofDay: shift.day))
  }

  /// Whether some channel of `skills` is open in some interval of `range`.
  func openForSkills(_ skills: [Int], _ range: Range<Int>) -> Bool {
    range.contains { anyOpen(skills, $0) }
  }

  /// The most working days any agent can have under the consecutive-days rule in one week.
  var maxDaysUnderConsecutiveRule: Int {
    let k = max(0, rules.maxConsecutiveDays)
    return dayCount - dayCount / (k + 1)
  }
}

extension ShiftCatalog {
  /// Shifts of `first` (one day) and `second` (a later day) closer than `rest` intervals, as
  /// cliques: for each end time `e` of `first`, from the latest down, the shifts of `first` ending
  /// at or after `e` and those of `second` starting before `e + rest`. Every pair in a clique
  /// conflicts (`start' < e + rest ≤ end + rest`), and every conflicting pair is in the clique of
  /// its first shift's end, so one row per clique replaces one per pair. A clique with no shift of
  /// `second`, or equal to the one before, is left out.
  func restCliques(first: [Int], second: [Int], rest: Int) -> [(end: Int, shifts: [Int])] {
    let ends = Set(first.map { shifts[$0].end }).sorted()
    // Most pairs of days are too far apart for any conflict: the latest end decides at once.
    guard let latest = ends.last, second.contains(where: { shifts[$0].start < latest + rest }) else { return [] }
    var cliques: [(end: Int, shifts: [Int])] = []
    var previous: Set<Int> = []
    for e in ends.reversed() {
      let late = first.filter { shifts[$0].end >= e }
      let early = second.filter { shifts[$0].start < e + rest }
      guard !early.isEmpty, Set(late + early) != previous else { continue }
      previous = Set(late + early)
      cliques.append((e, late + early))
    }
    return cliques
  }
}
