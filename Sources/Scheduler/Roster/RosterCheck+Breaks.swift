import Forecast
import Foundation

extension RosterCheck {
  /// How a shift's break runs meet the breaks its length is due: each run one or more breaks in a
  /// row, a due break out of its window, or nothing the policy asks for.
  struct BreakMatch {
    /// What one run of break time is.
    enum Fit: Equatable {
      /// These due breaks, in this order, each inside its window.
      case breaks([Int])
      /// The due break of this length, outside its window.
      case misplaced(Int)
      /// No break of the policy.
      case unmatched
    }

    /// The breaks due for the shift's length.
    var due: [BreakPolicy]
    /// One fit per run, in run order.
    var fits: [Fit]
    /// Due breaks taken by no run, in policy order.
    var missing: [Int]
    /// Each run's start as seconds into the shift, and its length.
    var runs: [(offset: Int, length: Int)]

    init(runs ranges: [Range<Date>], shiftStart: Date, due: [BreakPolicy]) {
      let runs = ranges.map { (offset: RosterCheck.seconds(shiftStart, $0.lowerBound), length: RosterCheck.seconds($0.lowerBound, $0.upperBound)) }
      let lengths = due.map { RosterCheck.seconds($0.length) }
      let candidates = runs.map { run in Self.sequences(filling: run, due: due, lengths: lengths) }
      var best: (fits: [Fit], score: Int) = (Array(repeating: .unmatched, count: runs.count), -1)
      func search(_ index: Int, _ used: Set<Int>, _ fits: [Fit], _ score: Int) {
        if index == candidates.count {
          if score > best.score { best = (fits, score) }
          return
        }
        for sequence in candidates[index] where used.isDisjoint(with: sequence) {
          search(index + 1, used.union(sequence), fits + [.breaks(sequence)], score + 1 + sequence.count)
        }
        search(index + 1, used, fits + [.unmatched], score)
      }
      search(0, [], [], 0)
      var fits = best.fits
      var missing = due.indices.filter { rule in !fits.contains { Self.uses($0, rule) } }
      // A run of a missing break's length is that break misplaced, not an unknown one.
      for index in fits.indices where fits[index] == .unmatched {
        if let rule = missing.first(where: { lengths[$0] == runs[index].length }) {
          fits[index] = .misplaced(rule)
          missing.removeAll { $0 == rule }
        }
      }
      self.due = due
      self.runs = runs
      self.fits = fits
      self.missing = missing
    }

    /// Unpaid seconds: the unpaid due breaks taken, in or out of their windows.
    var unpaidSeconds: Int {
      fits.reduce(0) { total, fit in
        switch fit {
        case .breaks(let rules): total + rules.filter { !due[$0].paid }.reduce(0) { $0 + RosterCheck.seconds(due[$1].length) }
        case .misplaced(let rule): total + (due[rule].paid ? 0 : RosterCheck.seconds(due[rule].length))
        case .unmatched: total
        }
      }
    }

    static func uses(_ fit: Fit, _ rule: Int) -> Bool {
      if case .breaks(let rules) = fit { return rules.contains(rule) }
      return false
    }

    /// Every order of distinct due breaks that fills the run exactly, each starting inside its window.
    static func sequences(filling run: (offset: Int, length: Int), due: [BreakPolicy], lengths: [Int]) -> [[Int]] {
      var result: [[Int]] = []
      func extend(_ sequence: [Int], at offset: Int) {
        let filled = offset - run.offset
        if filled == run.length {
          result.append(sequence)
          return
        }
        for rule in due.indices where !sequence.contains(rule) && filled + lengths[rule] <= run.length
          && fits(due[rule], startingAt: offset)
        {
          extend(sequence + [rule], at: offset + lengths[rule])
        }
      }
      extend([], at: run.offset)
      return result
    }

    /// True when `rule` may start `offset` seconds into the shift.
    static func fits(_ rule: BreakPolicy, startingAt offset: Int) -> Bool {
      switch rule.placement {
      case .after(let after):
        let earliest = RosterCheck.seconds(after)
        return offset >= earliest && offset <= earliest + 3600
      case .window(let from, let to):
        return offset >= RosterCheck.seconds(from) && offset + RosterCheck.seconds(rule.length) <= RosterCheck.seconds(to)
      }
    }
  }

  /// Rule `breaks`: every break due for the shift's length taken once, with its length, in its
  /// window, and breaks at least `min_work_between_breaks` of work apart.
  func breaks(_ shift: Shift) -> [RosterViolation] {
    guard let match = shift.breakMatch else { return [] }
    var result: [RosterViolation] = []
    let length = Self.text(seconds: shift.seconds)
    for (index, fit) in match.fits.enumerated() {
      let run = span(shift.breakRuns[index], on: shift.date)
      let (offset, runLength) = match.runs[index]
      switch fit {
      case .breaks: break
      case .misplaced(let rule):
        let due = match.due[rule]
        result.append(
          violation(
            shift, .breaks,
            "takes the \(Self.name(due)) \(run), \(Self.text(seconds: offset)) into the shift; it must \(Self.placement(due))"))
      case .unmatched:
        let policy = match.due.isEmpty ? "it has none" : match.due.map(Self.name).joined(separator: ", ")
        result.append(
          violation(
            shift, .breaks,
            "takes a \(Self.text(seconds: runLength)) break \(run) that matches no break of a \(length) shift (\(policy))"))
      }
    }
    // `min_work_between_breaks`: breaks written back to back, or too little work between two.
    let minWork = Self.seconds(plan.shifts?.minWorkBetweenBreaks ?? .zero)
    if minWork > 0 {
      let least = Self.text(seconds: minWork)
      for (index, fit) in match.fits.enumerated() {
        guard case .breaks(let rules) = fit, rules.count > 1 else { continue }
        let names = rules.map { Self.name(match.due[$0]) }.joined(separator: " and the ")
        result.append(
          violation(
            shift, .breaks,
            "takes the \(names) back to back (\(span(shift.breakRuns[index], on: shift.date))); breaks must be at least \(least) of work apart (shifts.min_work_between_breaks)"))
      }
      for (earlier, later) in zip(shift.breakRuns, shift.breakRuns.dropFirst()) {
        let work = Self.seconds(earlier.upperBound, later.lowerBound)
        guard work < minWork else { continue }
        result.append(
          violation(
            shift, .breaks,
            "works \(Self.text(seconds: work)) between the breaks \(span(earlier, on: shift.date)) and \(span(later, on: shift.date)); breaks must be at least \(least) of work apart (shifts.min_work_between_breaks)"))
      }
    }
    for rule in match.missing {
      let due = match.due[rule]
      result.append(
        violation(shift, .breaks, "misses the \(Self.name(due)) of its \(length) shift (it must \(Self.placement(due)))"))
    }
    return result
  }

  /// `15m break`, `unpaid 30m break`.
  static func name(_ rule: BreakPolicy) -> String { "\(rule.paid ? "" : "unpaid ")\(rule.length.unitText) break" }

  /// `start 2h to 3h into the shift`, `lie inside 3h-5h of the shift`.
  static func placement(_ rule: BreakPolicy) -> String {
    switch rule.placement {
    case .after(let after): "start \(after.unitText) to \((after + .seconds(3600)).unitText) into the shift"
    case .window(let from, let to): "lie inside \(from.unitText)-\(to.unitText) of the shift"
    }
  }
}
